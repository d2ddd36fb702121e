/// Whose age an age is, read from the words around it: news style sets a person's age beside their name ("Ines
/// Vela, 58, said", "Vela, who is 58 years old", "the 58-year-old skipper Ines Vela"). An age is a fact about a
/// person, not a claim: the figure checks compare it with the ages the sources give that person, in whatever
/// sentence (`FigureChecks.agesGiven`).
enum AgeHolder {
  /// The oldest age read from a bare number set off by commas after a name.
  static let oldest = 119

  /// Step: a whole number from 1 to `oldest`, in digits, set off by commas right after a capitalised word that is
  /// no month or weekday ("Vela, 58, said", "Leenders, 30, a member"), is that person's age. PolNeAR's training
  /// articles write 110 such ages, and the pattern meets no count.
  static func isAppositiveAge(_ figure: Figure, in text: String) -> Bool {
    guard figure.kind == .count, figure.unit == nil, figure.qualifier == nil,
      let value = Int(exactly: figure.value), (1...oldest).contains(value),
      figure.text.utf8.allSatisfy({ (48...57).contains($0) })
    else { return false }
    let utf8 = text.utf8
    let start = utf8.index(utf8.startIndex, offsetBy: figure.range.lowerBound)
    let end = utf8.index(start, offsetBy: figure.range.count)
    guard end < utf8.endIndex, utf8[end] == UInt8(ascii: ","), let name = word(endingBefore: start, in: text, gap: ", ")
    else { return false }
    return name.first!.isUppercase && !CalendarWords.contains(Normalizer.normalize(String(name)))
  }

  /// An appositive number read as an age in years.
  static func asAge(_ figure: Figure) -> Figure {
    var age = figure
    age.kind = .age
    age.unit = "year"
    return age
  }

  /// The surname an age is given for, normalised, or nil when the words around it name no one: "Vela" in "Ines
  /// Vela, 58,", "Vela, who is 58 years old" and "the 58-year-old skipper Ines Vela"; none in "a 31-year-old
  /// analyst from Manhattan".
  static func surname(of figure: Figure, in text: String) -> String? {
    guard figure.kind == .age else { return nil }
    let utf8 = text.utf8
    let start = utf8.index(utf8.startIndex, offsetBy: figure.range.lowerBound)
    for gap in [", ", ", who is ", ", who was ", ", aged "] {
      if let name = word(endingBefore: start, in: text, gap: gap), name.first!.isUppercase,
        !CalendarWords.contains(Normalizer.normalize(String(name)))
      {
        return Normalizer.normalize(String(name))
      }
    }
    // "the 58-year-old skipper Ines Vela": the first run of capitalised words within a few words after, before
    // any function word ("a 31-year-old analyst from Manhattan" names a place).
    let end = utf8.index(start, offsetBy: figure.range.count)
    var run: [Substring] = []
    for word in text[end...].split(separator: " ", maxSplits: namedWithin, omittingEmptySubsequences: true)
      .prefix(namedWithin)
    {
      let bare = word.trimmingTrailingPunctuation
      if bare.first?.isUppercase == true {
        run.append(bare)
        if bare.count < word.count { break }
      } else if !run.isEmpty || functionWords.contains(bare.lowercased()) {
        break
      }
    }
    return run.last.map { Normalizer.normalize(String($0)) }
  }

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
