/// A person as news names them: "Gov. Ana Ruiz", "Governor Ana Ruiz", "Ana M. Ruiz", "Ruiz", "Col. Tom Reyes Jr.".
/// Titles, initials and suffixes are set aside; two mentions are one person when their surnames agree and their
/// given names, where both have one, do not conflict (an initial agrees with any name it starts).
struct PersonName {
  var given: String?
  var surname: String
  /// A nickname written in quotation marks inside the name: Sean “Diddy” Combs (`PeopleIndex.nicknames`).
  var nickname: String?

  init?(_ mention: String) {
    var words = mention.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }).map {
      String($0.filter { $0 != "." && $0 != "," })
    }
    .filter { !$0.isEmpty }
    if let quoted = words.firstIndex(where: { Self.nickname(in: $0) != nil }) {
      nickname = Self.nickname(in: words.remove(at: quoted))?.lowercased()
    }
    // Step: a name starts after the last title before the surname, and what comes before the title is whose title
    // it is ("NASA Administrator Bill Nelson" is Bill Nelson, not a given name "NASA").
    if let title = words.dropLast().lastIndex(where: { Self.titles.contains($0.lowercased()) }) {
      words.removeFirst(title + 1)
    }
    while let last = words.last, Self.suffixes.contains(last.lowercased()) { words.removeLast() }
    guard let surname = words.last else { return nil }
    self.surname = surname.lowercased()
    // The given name is the first word that is not an initial ("Ana M. Ruiz" → Ana; "A. Ruiz" → A).
    let rest = words.dropLast()
    given = (rest.first { $0.count > 1 } ?? rest.first)?.lowercased()
  }

  /// How a full name carries a nickname (`PeopleIndex.nicknames`): as one word in curly marks, “Diddy”.
  static func written(nickname: String) -> String { "“\(nickname)”" }

  /// The nickname a word of a full name carries, when it is one: "Diddy" of “Diddy”.
  static func nickname<Text: StringProtocol>(in word: Text) -> Text.SubSequence? {
    word.count > 2 && word.first == "“" && word.last == "”" ? word.dropFirst().dropLast() : nil
  }

  func isSamePerson(as other: PersonName) -> Bool {
    // A nickname alone names the person as the surname alone does: "Diddy" is Sean “Diddy” Combs.
    if given == nil && surname == other.nickname || other.given == nil && other.surname == nickname { return true }
    guard surname == other.surname || Self.spelledAlike(surname, other.surname) else { return false }
    guard let given, let otherGiven = other.given else { return true }
    if given.count == 1 || otherGiven.count == 1 { return given.first == otherGiven.first }
    return given == otherGiven
  }

  /// Step: two surnames of six letters or more one letter apart are one name misspelled ("Saccoccia" and, in the
  /// same outlet's next paragraph, "Saccocia"): outlets misspell names, and a quote they give to the misspelling is
  /// no misattribution. Shorter names one letter apart are more often two people ("Vela" and "Vera", "Patel" and
  /// "Pavel").
  static func spelledAlike(_ first: String, _ second: String) -> Bool {
    min(first.count, second.count) >= misspellableLength && EditDistance.between(Array(first), Array(second)) <= 1
  }

  static let misspellableLength = 6

  /// Titles written before a name, abbreviated or not: the speech cues' titles and a few abbreviations of rank.
  static let titles: Set<String> = SpeechCues.titles.union([
    "mx", "miss", "maj", "major", "sgt", "adm", "admiral", "reverend", "supt", "superintendent", "det", "cllr",
    "prince", "princess", "rabbi", "imam", "sheikh", "the", "administrator",
  ])

  static let suffixes: Set<String> = ["jr", "sr", "ii", "iii", "iv", "v", "phd", "md", "qc", "kc", "mp", "obe", "mbe"]
}
