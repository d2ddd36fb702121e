/// Whose age an age is, read from the words around it: news style sets a person's age beside their name ("Ines
/// Vela, 58, said", "Vela, who is 58 years old", "the 58-year-old skipper Ines Vela"). An age is a fact about a
/// person, not a claim: the figure checks compare it with the ages the sources give that person, in whatever
/// sentence (`FigureChecks.agesGiven`).
enum AgeHolder {
  /// The oldest age read from a bare number set off by commas after a name.
  static let oldest = 119

  /// Step: a whole number from 1 to `oldest`, in digits, set off by commas right after a capitalised word that is
  /// no month or weekday ("Vela, 58, said", "Leenders, 30, a member"), is that person's age. PolNeAR's training
  /// articles write 110 such ages, and the pattern meets no count. So is one that ends a relative clause on the
  /// name ("Vela, who is 58, said", "Combs, who turns 56 in November" is left alone: the clause goes on).
  static func isAppositiveAge(_ figure: Figure, in text: String) -> Bool {
    guard figure.kind == .count, figure.unit == nil, figure.qualifier == nil,
      let value = Int(exactly: figure.value), (1...oldest).contains(value),
      figure.text.utf8.allSatisfy({ (48...57).contains($0) })
    else { return false }
    let utf8 = text.utf8
    let start = utf8.index(utf8.startIndex, offsetBy: figure.range.lowerBound)
    let end = utf8.index(start, offsetBy: figure.range.count)
    guard end < utf8.endIndex else { return false }
    if utf8[end] == UInt8(ascii: ","), let name = word(endingBefore: start, in: text, gap: ", "), isNameWord(name) {
      return true
    }
    return [UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: ";")].contains(utf8[end])
      && relativeGaps.contains { gap in word(endingBefore: start, in: text, gap: gap).map(isNameWord) ?? false }
  }

  /// The relative clauses an age ends after a name: "Vela, who is 58,".
  static let relativeGaps = [", who is ", ", who was ", ", who turns ", ", who turned "]

  /// A capitalised word that is no month or weekday: a name an age may be set beside.
  private static func isNameWord(_ word: Substring) -> Bool {
    word.first!.isUppercase && !CalendarWords.contains(Normalizer.normalize(String(word)))
  }

  /// An appositive number read as an age in years.
  static func asAge(_ figure: Figure) -> Figure {
    var age = figure
    age.kind = .age
    age.unit = "year"
    return age
  }

  /// Whom an age is given for, as the words around it name them.
  struct Person: Hashable, Sendable {
    /// Normalised, as are the others.
    var surname: String
    /// The capitalised word before the surname, or nil: "ines" in "Ines Vela".
    var given: String?
    /// "mr", "mrs", "ms" or "miss" before the surname, or nil.
    var title: String?

    /// Whether two people named so may be one: the same surname, and neither their given names nor their titles
    /// say otherwise ("Bill Clinton, 69" and "Hillary Clinton, 68", "Mr. Clinton" and "Mrs. Clinton" are two).
    func mayBe(_ other: Person) -> Bool {
      guard surname == other.surname else { return false }
      if let given, let otherGiven = other.given, given != otherGiven { return false }
      if let title, let otherTitle = other.title, (title == "mr") != (otherTitle == "mr") { return false }
      return true
    }
  }

  /// The person an age is given for, or nil when the words around it name no one: Ines Vela in "Ines Vela, 58,",
  /// Vela in "Vela, who is 58 years old", Ines Vela in "the 58-year-old skipper Ines Vela"; no one in "a
  /// 31-year-old analyst from Manhattan".
  static func person(of figure: Figure, in text: String) -> Person? {
    guard figure.kind == .age else { return nil }
    let utf8 = text.utf8
    let start = utf8.index(utf8.startIndex, offsetBy: figure.range.lowerBound)
    for gap in [", ", ", aged "] + relativeGaps {
      if let name = word(endingBefore: start, in: text, gap: gap), isNameWord(name) {
        let title = word(endingBefore: name.startIndex, in: text, gap: ". ").flatMap {
          titles.contains($0.lowercased()) ? $0 : nil
        }
        return person(
          named: [word(endingBefore: name.startIndex, in: text, gap: " ") ?? title, name].compactMap { $0 })
      }
    }
    // "the 58-year-old skipper Ines Vela said": the first run of capitalised words within a few words after,
    // before any function word ("a 31-year-old analyst from Manhattan" names a place), that ends its phrase: a
    // run followed by a noun qualifies it ("a 29-year-old Berlin woman").
    let end = utf8.index(start, offsetBy: figure.range.count)
    var run: [Substring] = []
    for word in text[end...].split(separator: " ", maxSplits: namedWithin, omittingEmptySubsequences: true)
      .prefix(namedWithin)
    {
      let bare = word.trimmingTrailingPunctuation
      if bare.first?.isUppercase == true {
        run.append(bare)
        if bare.count < word.count && !titles.contains(bare.lowercased()) { return person(named: run.suffix(2)) }
      } else if !run.isEmpty {
        return phraseEnders.contains(bare.lowercased()) ? person(named: run.suffix(2)) : nil
      } else if functionWords.contains(bare.lowercased()) {
        return nil
      }
    }
    return nil
  }

  /// Words after a name that end the phrase it closes: a verb of speech or being, a relative pronoun, a
  /// conjunction.
  private static let phraseEnders: Set<String> = [
    "said", "says", "told", "was", "is", "has", "had", "who", "and", "added", "wrote",
  ]

  /// The surnames the document writes for two people or more, so that a bare "Clinton" may be either: two given
  /// names before one ("Bill Clinton", "Hillary Clinton"), or "Mr." and "Mrs." or "Ms.". Read in one pass over the
  /// document's sentences (`tokens`).
  static func sharedSurnames(in tokens: [[Token]]) -> Set<String> {
    var given: [String: Set<String>] = [:]
    var titled: [String: Set<Bool>] = [:]
    for sentence in tokens {
      for index in sentence.indices.dropFirst() where sentence[index].isCapitalized && sentence[index - 1].isCapitalized
      {
        let (before, surname) = (sentence[index - 1], sentence[index].normalized)
        if titles.contains(before.normalized) {
          titled[surname, default: []].insert(before.normalized == "mr")
        } else if !before.isStopWord && !before.isFigure {
          given[surname, default: []].insert(before.normalized)
        }
      }
    }
    return Set(given.filter { $0.value.count > 1 }.keys).union(titled.filter { $0.value.count > 1 }.keys)
  }

  /// A person from the last two words of their name as written: a surname, and a given name or a title before it.
  private static func person<Words: BidirectionalCollection<Substring>>(named words: Words) -> Person? {
    guard let last = words.last else { return nil }
    var person = Person(surname: Normalizer.normalize(String(last)))
    if words.count > 1, let first = words.first, first.first?.isUppercase == true {
      let lower = first.lowercased()
      if titles.contains(lower) { person.title = lower } else { person.given = Normalizer.normalize(String(first)) }
    }
    return person
  }

  private static let titles: Set<String> = ["mr", "mrs", "ms", "miss"]

  /// How many words after an age its holder's name may come: "the 58-year-old harbour skipper Ines Vela".
  static let namedWithin = 5

  private static let functionWords: Set<String> = [
    "from", "of", "in", "at", "who", "with", "and", "or", "for", "on", "to", "was", "is", "has", "had", "said",
  ]

  /// The word right before `gap`, which must end at `start`.
  private static func word(endingBefore start: String.Index, in text: String, gap: String) -> Substring? {
    let head = text[..<start]
    guard head.hasSuffix(gap) else { return nil }
    let before = head.dropLast(gap.count)
    let word = before.reversed().prefix { $0.isLetter || $0 == "-" || $0 == "'" || $0 == "’" }
    guard !word.isEmpty else { return nil }
    return before.suffix(word.count)
  }
}

extension Substring {
  /// The word without the commas, full stops and quotation marks written after it.
  fileprivate var trimmingTrailingPunctuation: Substring {
    var word = self
    while let last = word.last, !last.isLetter && !last.isNumber { word.removeLast() }
    return word
  }
}
