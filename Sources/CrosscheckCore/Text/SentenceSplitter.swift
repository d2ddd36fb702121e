/// Splits prose into sentences, tuned for news: abbreviations and initials, decimals and money, ellipses,
/// quotations that end sentences, citations like "[1]", and scripts without letter case.
public enum SentenceSplitter {
  public static func split(_ prose: ProseText) -> [Sentence] {
    var sentences: [Sentence] = []
    for (blockIndex, block) in prose.blocks.enumerated() {
      let scalars = ScalarRun(prose.text, block)
      for range in boundaries(in: scalars) {
        let bytes = scalars.offsets[range.lowerBound]..<scalars.offsets[range.upperBound]
        sentences.append(Sentence(range: bytes, block: blockIndex))
      }
    }
    return sentences
  }

  /// The sentences of a whole document with their texts.
  public static func sentenceTexts(_ source: String, format: ProseText.Format) -> [(sentence: Sentence, text: String)] {
    let prose = ProseText(parsing: source, format: format)
    return split(prose).map { ($0, prose.text(of: $0)) }
  }

  /// Sentence ranges as indices into the scalar run, trimmed of white space.
  static func boundaries(in run: ScalarRun) -> [Range<Int>] {
    let scalars = run.scalars
    let list = InlineList(scalars)
    var result: [Range<Int>] = []
    var start = skipSpaces(scalars, from: 0)
    var index = start
    while index < scalars.count {
      if list.itemStarts.contains(index) && index > start {
        // An inline list ("1. The first item 2. The second item"): each item is a sentence of its own.
        var end = index
        while end > start && scalars[end - 1].isSpace { end -= 1 }
        result.append(start..<end)
        start = index
      }
      if list.markerTerminators.contains(index) {
        index += 1
        continue
      }
      let scalar = scalars[index]
      if Characters.isUnconditionalTerminator(scalar) {
        let end = skipClosers(scalars, from: index + 1)
        result.append(start..<end)
        start = skipSpaces(scalars, from: end)
        index = start
        continue
      }
      guard Characters.isTerminator(scalar) else {
        index += 1
        continue
      }
      if periodBeforeSpacedEllipsis(scalars, at: index) {
        // "…compounds. . . . The practice": the first dot ends the sentence, the spaced ellipsis opens the next.
        result.append(start..<index + 1)
        start = index + 2
        index = start + 5
        continue
      }
      let (runEnd, dots, exclaims) = terminatorRun(scalars, from: index)
      let end = skipClosers(scalars, from: runEnd)
      guard end < scalars.count, scalars[end].isSpace else {
        index = max(runEnd, index + 1)
        continue
      }
      let next = skipSpaces(scalars, from: end)
      if next < scalars.count
        && isBoundary(scalars, terminator: index, dots: dots, exclaims: exclaims, next: next)
        && !(exclaims && end == runEnd && isShortExclamationInQuote(scalars, start: start, closing: next))
        && !(exclaims && end > runEnd && isCreditAfterQuote(scalars, from: next))
      {
        result.append(start..<end)
        start = next
      }
      index = next
    }
    if start < scalars.count {
      var end = scalars.count
      while end > start && scalars[end - 1].isSpace { end -= 1 }
      if end > start { result.append(start..<end) }
    }
    return result
  }

  // MARK: - Deciding a boundary

  private static func isBoundary(
    _ scalars: [Unicode.Scalar], terminator: Int, dots: Int, exclaims: Bool, next: Int
  ) -> Bool {
    let nextWord = word(scalars, from: next)
    guard let first = nextWord.first else { return true }  // a dash, an emoji: keep them apart
    if first.isLower { return false }
    if exclaims { return true }
    if dots >= 3 {
      // "…" and ". . ." stand for omitted words inside a sentence; a fourth dot is the sentence's own period.
      return dots >= 4 && !first.isLower
    }
    guard first.isUpper || first.isDigit else { return true }  // uncased scripts
    let previous = wordBefore(scalars, terminator)
    let lowered = previous.lowercased()
    let startsWithDigit = first.isDigit
    if startsWithDigit {
      return !(Abbreviations.beforeNumbers.contains(lowered) || isSingleLetter(previous))
    }
    if Abbreviations.titles.contains(lowered) { return false }
    if isDottedAbbreviation(lowered) || Abbreviations.beforeNumbers.contains(lowered) {
      return Abbreviations.sentenceStarters.contains(String(nextWord).lowercased())
    }
    if isSingleLetter(previous), let letter = previous.unicodeScalars.first, letter.isUpper {
      // An initial ("Jonas E. Smith") unless it is the pronoun "I" ending a sentence ("you and I. Did").
      guard previous == "I" else { return false }
      let before = wordBefore(scalars, terminator - 1 - previous.unicodeScalars.count)
      return !(before.unicodeScalars.first?.isUpper ?? false)
    }
    return true
  }

  /// "His relatives chanted “Dream team! Dream team!” as he left": a cry inside an open quotation that closes a few
  /// words on, with the sentence going on in lower case after it, is one sentence. Longer quotations of several
  /// sentences still split, so that each quoted sentence can be aligned on its own.
  private static func isShortExclamationInQuote(_ scalars: [Unicode.Scalar], start: Int, closing from: Int) -> Bool {
    var curlyOpen = 0
    var straight = 0
    for scalar in scalars[start..<from] {
      switch scalar {
      case "“": curlyOpen += 1
      case "”": curlyOpen -= 1
      case "\"": straight += 1
      default: break
      }
    }
    guard curlyOpen > 0 || straight % 2 == 1 else { return false }
    var index = from
    while index < scalars.count && index - from < 40 {
      let scalar = scalars[index]
      if scalar == "." || scalar == "…" { return false }
      if scalar == "”" || scalar == "\"" {
        let after = skipSpaces(scalars, from: skipClosers(scalars, from: index + 1))
        return after < scalars.count && (scalars[after].isLower || scalars[after] == ",")
      }
      index += 1
    }
    return false
  }

  /// "“Why now?” Ines Vela asked." is one sentence: a quotation that ends in a question or a cry, then a name and
  /// the verb that credits it (`SpeechVerbs`); the name may follow a title ("“Why now?” Mrs. Vela asked."). A
  /// period inside the quote is not this ("“We are done.” Vela said" is two sentences, as news writes it).
  private static func isCreditAfterQuote(_ scalars: [Unicode.Scalar], from index: Int) -> Bool {
    var at = index
    var names = 0
    while names <= 3 {
      let next = word(scalars, from: at)
      guard let first = next.first else { return false }
      let text = String(next)
      if names > 0 && first.isLower { return SpeechVerbs.contains(text) }
      guard first.isUpper, !SpeechVerbs.contains(text) else { return false }
      names += 1
      at += next.count
      if at < scalars.count, scalars[at] == ".", Abbreviations.titles.contains(text.lowercased()) { at += 1 }
      at = skipSpaces(scalars, from: at)
    }
    return false
  }

  /// "U.S", "a.m", "e.g", "Ph.D": inner periods between parts of one or two letters. "content.html" is not.
  private static func isDottedAbbreviation(_ word: String) -> Bool {
    let parts = word.split(separator: ".")
    return parts.count > 1 && parts.allSatisfy { $0.count <= 2 }
  }

  private static func isSingleLetter(_ word: String) -> Bool {
    word.unicodeScalars.count == 1 && word.unicodeScalars.first!.isLetter
  }

  // MARK: - Scanning helpers

  /// A period attached to its word, then a spaced ellipsis (" . . .") and a capitalised word. A spaced period
  /// after a spaced ellipsis ("period . . . . Next") and an unspaced "that.... She" are not this.
  private static func periodBeforeSpacedEllipsis(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
    let pattern: [Unicode.Scalar] = [".", " ", ".", " ", ".", " ", "."]
    guard index > 0, !scalars[index - 1].isSpace, scalars[index - 1] != ".", index + pattern.count < scalars.count,
      Array(scalars[index..<index + pattern.count]) == pattern, scalars[index + pattern.count].isSpace
    else { return false }
    let next = skipSpaces(scalars, from: index + pattern.count)
    return next < scalars.count && scalars[next].isUpper
  }

  /// The run of terminators starting at `index`, counting dots ("…" as three) and whether "!" or "?" occurs.
  /// Spaced ellipses (". . .") are one run.
  private static func terminatorRun(_ scalars: [Unicode.Scalar], from index: Int) -> (
    end: Int, dots: Int, exclaims: Bool
  ) {
    var end = index
    var dots = 0
    var exclaims = false
    while end < scalars.count {
      let scalar = scalars[end]
      if scalar == "." {
        dots += 1
      } else if scalar == "…" {
        dots += 3
      } else if Characters.isTerminator(scalar) {
        exclaims = true
      } else if scalar == " " && dots > 0 && end + 1 < scalars.count && scalars[end + 1] == "." && !exclaims {
        end += 1
        continue
      } else {
        break
      }
      end += 1
    }
    return (end, dots, exclaims)
  }

  /// Skips closing quotes and brackets, and citation marks such as "[12]", that belong to the ending sentence.
  private static func skipClosers(_ scalars: [Unicode.Scalar], from index: Int) -> Int {
    var end = index
    while end < scalars.count {
      if Characters.isCloser(scalars[end]) {
        end += 1
      } else if scalars[end] == "[", let close = citationEnd(scalars, from: end) {
        end = close
      } else {
        break
      }
    }
    return end
  }

  private static func citationEnd(_ scalars: [Unicode.Scalar], from open: Int) -> Int? {
    var index = open + 1
    while index < scalars.count && scalars[index].isDigit { index += 1 }
    guard index > open + 1, index < scalars.count, scalars[index] == "]" else { return nil }
    return index + 1
  }

  private static func skipSpaces(_ scalars: [Unicode.Scalar], from index: Int) -> Int {
    var index = index
    while index < scalars.count && scalars[index].isSpace { index += 1 }
    return index
  }

  /// The word that starts at `index`, past any opening quotes or brackets.
  private static func word(_ scalars: [Unicode.Scalar], from index: Int) -> String.UnicodeScalarView.SubSequence {
    var start = index
    while start < scalars.count && Characters.isOpener(scalars[start]) { start += 1 }
    var end = start
    while end < scalars.count && (scalars[end].isLetter || scalars[end].isDigit) {
      end += 1
    }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[start..<end])
    return view[...]
  }

  /// The token ending just before `index`: letters, digits, inner periods and apostrophes ("U.S", "a.m", "gov't").
  private static func wordBefore(_ scalars: [Unicode.Scalar], _ index: Int) -> String {
    var start = index
    while start > 0 {
      let scalar = scalars[start - 1]
      guard
        scalar.isLetter || scalar.isDigit || scalar == "." || scalar == "'"
          || scalar == "’" || scalar == "°"
      else { break }
      start -= 1
    }
    var text = String.UnicodeScalarView()
    text.append(contentsOf: scalars[start..<max(start, index)])
    return String(text).trimmingCharacters(in: ".")
  }
}

extension String {
  fileprivate func trimmingCharacters(in character: Character) -> String {
    String(drop(while: { $0 == character }))
  }
}

/// The items of a block that starts as a list ("1.) …", "a. …", "• 9. …"): where each item starts, and the
/// periods that belong to item markers rather than ending sentences. Only blocks that begin with a marker are read
/// this way, so "He was No. 2. The team…" in running prose is untouched.
struct InlineList {
  private(set) var itemStarts: Set<Int> = []
  private(set) var markerTerminators: Set<Int> = []

  init(_ scalars: [Unicode.Scalar]) {
    var first = 0
    while first < scalars.count && scalars[first].isSpace { first += 1 }
    guard Self.marker(scalars, at: first) != nil else { return }
    var markerEnd = 0
    for index in first..<scalars.count where index >= markerEnd && (index == first || scalars[index - 1].isSpace) {
      guard let terminators = Self.marker(scalars, at: index) else { continue }
      itemStarts.insert(index)
      markerTerminators.formUnion(terminators)
      markerEnd = terminators.last! + 1  // "• 9." is one marker, not a bullet and then "9."
    }
  }

  /// A list marker at `index` followed by a space and a capital: optional bullet, then one to three digits or one
  /// letter, then ".", ".)" or ")". Returns the indices of its punctuation.
  private static func marker(_ scalars: [Unicode.Scalar], at start: Int) -> [Int]? {
    var index = start
    if index < scalars.count, "•⁃‣◦".unicodeScalars.contains(scalars[index]) {
      index += 1
      while index < scalars.count && scalars[index].isSpace { index += 1 }
    }
    let body = index
    while index < scalars.count && scalars[index].isDigit && index - body < 3 { index += 1 }
    if index == body {
      guard index < scalars.count, scalars[index].isLetter, index + 1 < scalars.count,
        !scalars[index + 1].isLetter
      else { return nil }
      index += 1
    }
    var punctuation: [Int] = []
    while index < scalars.count && (scalars[index] == "." || scalars[index] == ")") && punctuation.count < 2 {
      punctuation.append(index)
      index += 1
    }
    guard !punctuation.isEmpty, index + 1 < scalars.count, scalars[index].isSpace, scalars[index + 1].isUpper else {
      return nil
    }
    return punctuation
  }
}

/// The scalars of one block with the byte offset of each, and one past the end. Padding bytes are left out.
struct ScalarRun {
  let scalars: [Unicode.Scalar]
  let offsets: [Int]

  init(_ text: String, _ range: Range<Int>) {
    var scalars: [Unicode.Scalar] = []
    var offsets: [Int] = []
    // A block has at most one scalar per byte: one allocation each instead of a doubling series.
    scalars.reserveCapacity(range.count)
    offsets.reserveCapacity(range.count + 1)
    var text = text
    let end = text.withUTF8 { bytes in
      var offset = range.lowerBound
      let end = min(range.upperBound, bytes.count)
      while offset < end {
        let (scalar, width) = Unicode.Scalar.decoded(bytes, at: offset)
        if scalar != ProseText.paddingScalar {  // padding is invisible: the scalar before it just gets wider
          scalars.append(scalar)
          offsets.append(offset)
        }
        offset += width
      }
      return offset
    }
    offsets.append(end)
    self.scalars = scalars
    self.offsets = offsets
  }
}

/// Punctuation classes shared by the splitter and the quote scanner, as switches: these run once per character.
enum Characters {
  static func isTerminator(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case ".", "!", "?", "…", "‽", "।", "؟", "۔": return true
    default: return false
    }
  }

  /// Full stops of scripts written without spaces; a sentence ends at them whatever follows.
  static func isUnconditionalTerminator(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "。", "！", "？": return true
    default: return false
    }
  }

  static func isCloser(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "\"", "'", "”", "’", "»", "›", ")", "]", "」", "』", "*", "_": return true
    default: return false
    }
  }

  static func isOpener(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "\"", "'", "“", "‘", "«", "‹", "„", "(", "[", "¿", "¡", "「", "『", "*", "_": return true
    default: return false
    }
  }
}
