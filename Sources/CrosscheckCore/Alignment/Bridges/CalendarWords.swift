/// Months and weekdays. They are capitalised but are not names: a span without "September" is not missing a
/// person. Outlets abbreviate them ("Sept. 26", "Thurs."), so the abbreviations join the full word in
/// `ParaphraseLexicon`. Abbreviations that are also common words ("mar", "sat", "wed", "sun") or given names
/// ("jan") are left out.
enum CalendarWords {
  static let abbreviations: [(String, [String])] = [
    ("february", ["feb"]), ("april", ["apr"]), ("june", ["jun"]), ("july", ["jul"]), ("august", ["aug"]),
    ("september", ["sept", "sep"]), ("october", ["oct"]), ("november", ["nov"]), ("december", ["dec"]),
    ("tuesday", ["tues"]), ("thursday", ["thurs"]),
  ]

  /// Whether a normalised word is a month or a weekday.
  static func contains(_ normalized: String) -> Bool { stems.contains(normalized) }

  private static let stems: Set<String> = Set(
    [
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ].map(Normalizer.normalize))
}
