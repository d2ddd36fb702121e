/// A part of a source sentence that can carry a claim on its own: a bullet, a clause after a semicolon, dash or
/// colon, one of two coordinated main clauses, a non-restrictive relative clause, or the sentence with an
/// appositive or relative clause left out. A draft sentence that says only one of a source sentence's claims
/// matches its unit, and go to definition lands on the unit's range.
public struct ClauseUnit: Sendable, Hashable {
  /// The rule that made the unit; `inspect alignment` shows it.
  public enum Kind: String, Sendable, Hashable {
    case bullet, semicolon, dash, colon, coordination, relative
    /// The sentence without an inserted phrase: its range is the whole sentence, its words are not.
    case withoutInsertion = "without-insertion"
  }

  public var kind: Kind
  /// Where the unit is written; for `withoutInsertion`, the whole span it was cut from.
  public var range: Range<Int>
  /// Indices into the sentence's tokens of the words the unit says.
  var tokens: [Int]
}

enum ClauseUnits {
  /// The units of a sentence, given its range, its tokens and the text they index into.
  static func units(of sentence: Range<Int>, tokens: [Token], in text: String) -> [ClauseUnit] {
    guard tokens.count >= 4 else { return [] }
    let gaps = (1..<tokens.count).map { gap(before: $0, tokens: tokens, text: text) }
    // Strong boundaries split the sentence into segments; each segment of several words is a unit.
    var segments: [(kind: ClauseUnit.Kind, start: Int, end: Int)] = []
    var start = 0
    var kind: ClauseUnit.Kind?
    for index in 1..<tokens.count {
      let after = index + 1 < tokens.count ? tokens[index + 1] : nil
      let afterThat = index + 2 < tokens.count ? tokens[index + 2] : nil
      guard
        let boundary = strongBoundary(
          gaps[index - 1], next: tokens[index], then: after, afterThat: afterThat, in: text)
      else { continue }
      segments.append((kind ?? boundary, start, index))
      (start, kind) = (boundary == .coordination ? index + 1 : index, boundary)
    }
    var units: [ClauseUnit] = []
    if let kind {
      segments.append((kind, start, tokens.count))
      for segment in segments where segment.end - segment.start >= 3 {
        units.append(
          ClauseUnit(
            kind: segment.kind,
            range: tokens[segment.start].range.lowerBound..<tokens[segment.end - 1].range.upperBound,
            tokens: Array(segment.start..<segment.end)))
      }
    }
    // Insertions between commas: a relative clause is a unit, and the sentence without it (or without an
    // appositive) is another.
    for insertion in insertions(gaps: gaps, tokens: tokens) {
      if insertion.isRelative && insertion.end - insertion.start >= 3 {
        // The clause speaks of its antecedent, so the unit starts with it: "Priya Nandakumar, who leads ...".
        let start = antecedentStart(before: insertion.start, tokens: tokens)
        units.append(
          ClauseUnit(
            kind: .relative, range: tokens[start].range.lowerBound..<tokens[insertion.end - 1].range.upperBound,
            tokens: Array(start..<insertion.end)))
      }
      units.append(
        ClauseUnit(
          kind: .withoutInsertion, range: sentence,
          tokens: Array(0..<insertion.start) + Array(insertion.end..<tokens.count)))
    }
    return units
  }

  /// The punctuation between two tokens, read once: the rules below ask about it several times per gap, and
  /// this runs for every sentence read in full.
  struct Gap {
    var comma = false
    var semicolon = false
    var colon = false
    var bullet = false
    var dash = false

    init(_ text: Substring) {
      var hyphens = 0
      var space = false
      for scalar in text.unicodeScalars {
        switch scalar {
        case ",": comma = true
        case ";": semicolon = true
        case ":": colon = true
        case "•", "·": bullet = true
        case "—", "–": dash = true
        case "-": hyphens += 1
        case " ": space = true
        default: break
        }
      }
      // "US-mediated" is one word's hyphen; " - " and "--" stand for a dash.
      if hyphens >= 2 || (hyphens == 1 && space) { dash = true }
      // "9:52 a.m." and "a 3:1 vote" are figures; a colon that leads in a clause is followed by a space.
      if !space { colon = false }
    }
  }

  /// The punctuation between token `index - 1` and token `index`.
  private static func gap(before index: Int, tokens: [Token], text: String) -> Gap {
    Gap(TextBuffer.substring(text, tokens[index - 1].range.upperBound..<tokens[index].range.lowerBound))
  }

  /// `then`: the token after `next`, which tells a clause that "and" opens without a comma (`opensSubject`).
  private static func strongBoundary(_ gap: Gap, next: Token, then after: Token?, afterThat: Token?, in text: String)
    -> ClauseUnit.Kind?
  {
    if gap.semicolon { return .semicolon }
    if gap.bullet { return .bullet }
    if gap.dash { return .dash }
    if gap.colon { return .colon }
    if gap.comma, coordinators.contains(next.normalized) { return .coordination }
    if let after, opensSubject(next, then: after) || opensPredicate(next, then: after, afterThat, in: text) {
      return .coordination
    }
    return nil
  }

  /// Step: "but" before a verb in the past and what it acts on joins a second predicate to the subject without a
  /// comma ("acquitted Combs of racketeering but convicted him on two counts"): two claims, as two main clauses
  /// are, which a draft states one of. A word in "-ed" before a noun is an adjective ("a brief but measured
  /// reply"), and stays inside its clause.
  private static func opensPredicate(_ coordinator: Token, then verb: Token, _ object: Token?, in text: String)
    -> Bool
  {
    guard coordinator.normalized == "but", let object, objectOpeners.contains(object.normalized) else { return false }
    let word = TextBuffer.substring(text, verb.range).lowercased()
    return word.count >= 5 && word.hasSuffix("ed")
  }

  private static let objectOpeners: Set<String> = Set(
    ["him", "her", "them", "it", "the", "a", "an", "his", "their", "its", "on", "to", "that"].map(Normalizer.normalize))

  private static let coordinators: Set<String> = ["and", "but", "while", "whereas", "yet"]

  /// Step: "and" or "but" before a pronoun that opens a subject joins two main clauses without a comma, as
  /// headlines write them ("Diddy shouted he'll be home soon and his family chanted 'dream team'").
  private static func opensSubject(_ coordinator: Token, then next: Token) -> Bool {
    ["and", "but"].contains(coordinator.normalized)
      && (subjectOpeners.contains(next.normalized)
        || (coordinator.normalized == "but" && auxiliaries.contains(next.normalized)))
  }

  /// Step: "but" before an auxiliary joins a second predicate to the subject without a comma ("was acquitted of
  /// racketeering but was convicted on two lesser counts"): two claims, as two main clauses are.
  private static let auxiliaries: Set<String> = Set(
    ["was", "were", "is", "are", "has", "have", "had", "will", "would"].map(Normalizer.normalize))

  private static let subjectOpeners: Set<String> = Set(
    ["his", "her", "their", "its", "he", "she", "they", "we"].map(Normalizer.normalize))

  private static let relativePronouns: Set<String> = ["who", "which", "whose", "where", "whom"]

  /// Where the noun phrase before a relative clause starts: a run of capitalised words (a name), or else the
  /// last content word with the stop words before it ("the council").
  private static func antecedentStart(before clause: Int, tokens: [Token]) -> Int {
    var start = clause - 1
    while start > 0 && tokens[start].isCapitalized && tokens[start - 1].isCapitalized { start -= 1 }
    if !tokens[start].isCapitalized {
      while start > 0 && tokens[start - 1].isStopWord { start -= 1 }
    }
    return start
  }

  /// Phrases set off by a comma on each side (or running to the sentence's end, for a relative clause): a
  /// relative clause, or an appositive of at most six words.
  private static func insertions(gaps: [Gap], tokens: [Token]) -> [(start: Int, end: Int, isRelative: Bool)] {
    var found: [(start: Int, end: Int, isRelative: Bool)] = []
    var index = 1
    while index < tokens.count {
      guard gaps[index - 1].comma else {
        index += 1
        continue
      }
      let isRelative = relativePronouns.contains(tokens[index].normalized)
      var end = index + 1
      while end < tokens.count && !gaps[end - 1].comma && !gaps[end - 1].semicolon { end += 1 }
      let closed = end < tokens.count
      if isRelative || (closed && end - index <= 6) {
        found.append((index, end, isRelative))
        index = end
      } else {
        index += 1
      }
    }
    return found
  }
}
