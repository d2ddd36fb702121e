/// Months and weekdays. They are capitalised but are not names: a span without "September" is not missing a
/// person. Outlets abbreviate them ("Sept. 26", "Thurs."), so the abbreviations join the full word in
/// `ParaphraseLexicon`. Abbreviations that are also common words ("mar", "sat", "wed", "sun") or given names
/// ("jan") are left out of it, and the two months among them are read in their place instead
/// (`readMonthsBeforeDays`).
enum CalendarWords {
  static let abbreviations: [(String, [String])] = [
    ("february", ["feb"]), ("april", ["apr"]), ("june", ["jun"]), ("july", ["jul"]), ("august", ["aug"]),
    ("september", ["sept", "sep"]), ("october", ["oct"]), ("november", ["nov"]), ("december", ["dec"]),
    ("tuesday", ["tues"]), ("thursday", ["thurs"]),
  ]

  /// Step: reads "Jan" and "Mar" as the month where a day of it follows ("Jan. 12", "Mar 3rd"), so that the day is
  /// the date "January 12" is rather than a count of twelve. Elsewhere they stay what they are: a given name, a
  /// verb.
  static func readMonthsBeforeDays(_ tokens: inout [Token]) {
    for index in tokens.indices.dropLast() where tokens[index].isCapitalized {
      let next = tokens[index + 1]
      guard let month = ambiguousMonths[tokens[index].normalized], next.isFigure,
        day(next.normalized, besideMonth: true) != nil
      else { continue }
      tokens[index].normalized = month
      tokens[index].isStopWord = false
    }
  }

  private static let ambiguousMonths: [String: String] = [
    "jan": Normalizer.normalize("january"), "mar": Normalizer.normalize("march"),
  ]

  /// Whether a normalised word is a month or a weekday.
  static func contains(_ normalized: String) -> Bool { stems.contains(normalized) }

  /// Whether a normalised word is a month.
  static func isMonth(_ normalized: String) -> Bool { months.contains(normalized) }

  /// Whether a word's term is a weekday's: asked of every word of every span alignment weighs, so by its term.
  static func isWeekday(_ term: Term) -> Bool { byTerm[term] != nil }

  /// The weekdays among an article's content terms, as the normaliser writes them: the days an article gives
  /// besides its figures.
  static func named<Terms: Sequence<Term>>(among terms: Terms) -> Set<String> {
    Set(terms.compactMap { byTerm[$0] })
  }

  private static let byTerm: [Term: String] = Dictionary(uniqueKeysWithValues: weekdays.map { (Token.hash($0), $0) })

  /// The figure a day of the month is compared as: "July 2" is no match for "two counts", and "Sept. 26", "26
  /// September" and "the 26th of September" are one day. Nil unless `figure` is a whole number from 1 to 31, its
  /// ordinal ending allowed, written next to a month.
  static func day(_ figure: String, besideMonth: Bool) -> String? {
    let number = ordinalEndings.contains(where: figure.hasSuffix) ? String(figure.dropLast(2)) : figure
    guard besideMonth, let value = Int(number), (1...31).contains(value) else { return nil }
    return "day \(value)"
  }

  private static let ordinalEndings = ["st", "nd", "rd", "th"]

  /// Whether a normalised word is one a dateline or a timestamp holds besides its figures: a month, a weekday, a
  /// time zone, "updated" or "published" ("Updated 9:52 a.m. ET, Tuesday, December 8, 2015").
  static func isDatelineWord(_ normalized: String) -> Bool {
    stems.contains(normalized) || timestampWords.contains(normalized) || stampWords.contains(normalized)
  }

  /// Whether a normalised word says that a time stamp follows ("updated", "published", "posted").
  static func isStampWord(_ normalized: String) -> Bool { stampWords.contains(normalized) }

  private static let stampWords: Set<String> = Set(
    ["updated", "published", "posted", "modified"].map(Normalizer.normalize))

  /// Whether a span says nothing but when: its every content word is a dateline's ("Saturday, December 19, 2015.",
  /// "8:38 p.m.", "Updated 4:12 p.m. ET").
  static func saysOnlyWhen<Tokens: Collection<Token>>(_ tokens: Tokens) -> Bool {
    tokens.allSatisfy { !$0.isContent || isDatelineWord($0.normalized) }
  }

  /// A timestamp's words besides its date and time: when and where the time is told ("p.m." is read as "p", "m").
  private static let timestampWords: Set<String> = Set(
    [
      "last", "am", "pm", "p", "m", "et", "edt", "est", "ct", "cdt",
      "cst", "mt", "pt", "pdt", "pst", "gmt", "bst", "utc", "cet", "cest",
    ].map(Normalizer.normalize))

  private static let months: Set<String> = Set(
    [
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december",
    ].map(Normalizer.normalize))

  private static let weekdays: Set<String> = Set(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"].map(Normalizer.normalize))

  private static let stems: Set<String> = months.union(weekdays)
}
