/// Finds quotation marks and pairs them into quotations, paragraph by paragraph.
///
/// Straight marks get a direction from their neighbours: after a space or an opening bracket a mark opens,
/// before a space or punctuation it closes. Single marks between letters ("it's", "Nato's") or before a digit
/// ("'90s") are apostrophes, never quotes. Unbalanced marks never swallow more than their own paragraph.
public enum QuoteScanner {
  /// A pairing of an opening and a closing mark, or an opening mark that was never closed.
  public struct Quotation: Sendable, Hashable {
    public var open: QuoteMark
    public var close: QuoteMark?
    /// The paragraph (block) index the quotation opens in, and the one it closes in.
    public var firstBlock: Int
    public var lastBlock: Int
    /// The quoted words, between the marks.
    public var content: Range<Int>
  }

  /// Pairs the marks of every block into top-level quotations, with a nesting stack: a quotation inside another
  /// (of the other mark family) is part of the outer one. A double quotation left open at the end of a paragraph
  /// continues into the next one when that paragraph opens with a quotation mark (the newspaper convention).
  /// Single marks left open are dropped rather than reported: they are too often apostrophes.
  public static func quotations(in prose: ProseText) -> [Quotation] {
    var result: [Quotation] = []
    var carried: (open: QuoteMark, block: Int)?
    let blockMarks = prose.blocks.map { marks(in: prose.text, $0) }
    for (blockIndex, block) in prose.blocks.enumerated() {
      var stack: [(mark: QuoteMark, block: Int)] = []
      var remaining = blockMarks[blockIndex][...]
      if let pending = carried {
        if continuesQuotation(remaining, block) {
          stack = [(pending.open, pending.block)]
          remaining = remaining.dropFirst()
        } else {
          result.append(unclosed(pending.open, block: pending.block, end: prose.blocks[pending.block].upperBound))
        }
        carried = nil
      }
      for (position, mark) in zip(remaining.indices, remaining) {
        if mark.direction == .opening {
          if let top = stack.last, top.mark.family == mark.family,
            !opensInnerQuote(
              mark, inside: top.mark, before: remaining[(position + 1)...],
              laterParagraphs: zip(blockMarks, prose.blocks).dropFirst(blockIndex + 1))
          {
            // The same kind of mark opening again before any close: the first was never closed.
            if stack.count == 1 && reportsUnclosed(top.mark) {
              result.append(unclosed(top.mark, block: top.block, end: mark.range.lowerBound))
            }
            stack.removeLast()
          }
          stack.append((mark, blockIndex))
          continue
        }
        guard let depth = stack.lastIndex(where: { pairs($0.mark, mark) }) else { continue }  // a stray closing mark
        if depth == 0 {
          let open = stack[0]
          result.append(
            Quotation(
              open: open.mark, close: mark, firstBlock: open.block, lastBlock: blockIndex,
              content: open.mark.range.upperBound..<mark.range.lowerBound))
        }
        stack.removeSubrange(depth...)
      }
      if let bottom = stack.first, reportsUnclosed(bottom.mark) { carried = (bottom.mark, bottom.block) }
    }
    if let pending = carried {
      result.append(unclosed(pending.open, block: pending.block, end: prose.blocks[pending.block].upperBound))
    }
    return result
  }

  /// A paragraph that opens with a quotation mark continues a quotation left open (the newspaper convention).
  private static func continuesQuotation(_ marks: ArraySlice<QuoteMark>, _ block: Range<Int>) -> Bool {
    guard let first = marks.first else { return false }
    return first.direction == .opening && first.range.lowerBound == block.lowerBound
  }

  /// How many paragraphs a quotation is followed through when deciding whether it closes: a bound, so that a
  /// document of thousands of paragraphs that each open with a quotation mark stays linear.
  static let continuationSearch = 30

  /// Whether an opening mark of the same family as the open quotation, but typed in the other glyph style, starts
  /// a quotation inside it rather than abandoning it: `"It is not about “Equal Justice” anymore."`, a straight
  /// quote around pasted curly ones. It does when the next mark of the family closes in the inner glyph style and
  /// the outer quotation closes in its own style, in this paragraph or one continuing it; not when the two marks
  /// touch (`"“You don’t win,” Rubio said` is one opening typed twice), nor when the outer never closes (nesting
  /// would hide every quotation inside a runaway one).
  private static func opensInnerQuote(
    _ mark: QuoteMark, inside open: QuoteMark, before following: ArraySlice<QuoteMark>,
    laterParagraphs: some Sequence<([QuoteMark], Range<Int>)>
  ) -> Bool {
    guard isStraight(mark) != isStraight(open), mark.range.lowerBound > open.range.upperBound,
      let next = following.first(where: { $0.family == mark.family }),
      next.direction == .closing, isStraight(next) == isStraight(mark)
    else { return false }
    func closesOuter(_ marks: some Sequence<QuoteMark>) -> Bool {
      marks.contains { $0.family == open.family && $0.direction == .closing && isStraight($0) == isStraight(open) }
    }
    if closesOuter(following) { return true }
    for (marks, block) in laterParagraphs.prefix(continuationSearch) {
      guard continuesQuotation(marks[...], block) else { return false }
      if closesOuter(marks) { return true }
    }
    return false
  }

  private static func isStraight(_ mark: QuoteMark) -> Bool {
    mark.scalar == "\"" || mark.scalar == "'"
  }

  /// Whether a closing mark ends a quotation opened by `open`: same family, or „ closed by “ (German style).
  private static func pairs(_ open: QuoteMark, _ close: QuoteMark) -> Bool {
    open.family == close.family
  }

  /// Only double marks and guillemets are reported when left open.
  private static func reportsUnclosed(_ mark: QuoteMark) -> Bool {
    mark.family == .double || mark.family == .guillemet
  }

  private static func unclosed(_ mark: QuoteMark, block: Int, end: Int) -> Quotation {
    Quotation(
      open: mark, close: nil, firstBlock: block, lastBlock: block,
      content: mark.range.upperBound..<max(mark.range.upperBound, end))
  }

  /// Every quotation mark in a block, apostrophes excluded.
  public static func marks(in text: String, _ block: Range<Int>) -> [QuoteMark] {
    let run = ScalarRun(text, block)
    let scalars = run.scalars
    var marks: [QuoteMark] = []
    for index in scalars.indices {
      let scalar = scalars[index]
      guard let (family, fixed) = Self.kind(of: scalar) else { continue }
      let before = index > 0 ? scalars[index - 1] : nil
      let after = index + 1 < scalars.count ? scalars[index + 1] : nil
      if family == .single && isApostrophe(before: before, after: after) { continue }
      var direction = fixed ?? straightDirection(before: before, after: after)
      if direction == nil && fixed == nil && family == .double {
        // A lone straight mark between spaces (`a 'repair,' " he told`) closes a double quote left open.
        let lastDouble = marks.last { $0.family == .double }
        if lastDouble?.direction == .opening { direction = .closing }
      }
      // German and Central European style opens with „ and closes with “.
      if scalar == "“", let last = marks.last(where: { $0.family == .double }), last.scalar == "„",
        last.direction == .opening
      {
        direction = .closing
      }
      // An opening glyph typed as a closer, glued to the words it ends: `unusual,“ said Noble`.
      if scalar == "“" || scalar == "‘", let before, !before.isSpace, !Characters.isOpener(before),
        after.map({ $0.isSpace }) ?? true,
        marks.last(where: { $0.family == family }).map({ $0.direction == .opening }) == true
      {
        direction = .closing
      }
      guard let direction else { continue }
      marks.append(
        QuoteMark(
          range: run.offsets[index]..<run.offsets[index + 1], scalar: scalar, direction: direction, family: family))
    }
    return marks
  }

  /// Whether a character is a quotation mark that can close a quotation: one the glyph fixes as closing, or a
  /// straight mark, which may go either way.
  static func canClose(_ character: Character) -> Bool {
    guard character.unicodeScalars.count == 1, let (_, direction) = kind(of: character.unicodeScalars.first!) else {
      return false
    }
    return direction != .opening
  }

  /// The family of a quotation mark, and its direction when the glyph itself fixes it.
  private static func kind(of scalar: Unicode.Scalar) -> (QuoteMark.Family, QuoteMark.Direction?)? {
    switch scalar {
    case "\"": return (.double, nil)
    case "“", "„": return (.double, .opening)
    case "”": return (.double, .closing)
    case "'": return (.single, nil)
    case "‘", "‚": return (.single, .opening)
    case "’": return (.single, .closing)
    case "«": return (.guillemet, .opening)
    case "»": return (.guillemet, .closing)
    case "‹": return (.singleGuillemet, .opening)
    case "›": return (.singleGuillemet, .closing)
    default: return nil
    }
  }

  /// A single mark is an apostrophe inside a word (it’s), after a plural (Jones’ book) or before a digit (’90s).
  static func isApostrophe(before: Unicode.Scalar?, after: Unicode.Scalar?) -> Bool {
    let letterBefore = before.map(isWordCharacter) ?? false
    let letterAfter = after.map(isWordCharacter) ?? false
    if letterBefore && letterAfter { return true }
    if let after, after.isDigit, !letterBefore { return true }
    if let before, before == "s" || before == "S", after.map({ $0.isSpace }) ?? false {
      return true  // "the Joneses’ house": ambiguous with a closing quote; plural possessives are far more common
    }
    return false
  }

  private static func straightDirection(before: Unicode.Scalar?, after: Unicode.Scalar?) -> QuoteMark.Direction? {
    // Right after another quotation mark (`bit,'" he said`), what follows decides.
    if let before, "'\"‘’“”".unicodeScalars.contains(before) {
      return after.map { $0.isSpace || isClosingPunctuation($0) } ?? true ? .closing : .opening
    }
    let spaceBefore = before.map { $0.isSpace || Characters.isOpener($0) || isDash($0) } ?? true
    let spaceAfter = after.map { $0.isSpace || isClosingPunctuation($0) } ?? true
    switch (spaceBefore, spaceAfter) {
    case (true, false): return .opening
    case (false, true): return .closing
    case (false, false): return .closing  // "word"word: treat as closing so a quote never runs on
    case (true, true): return nil  // a mark standing alone is not a quotation mark
    }
  }

  private static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
    scalar.isLetter || scalar.isDigit
  }

  private static func isDash(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "—" || scalar == "–" || scalar == "-"
  }

  private static func isClosingPunctuation(_ scalar: Unicode.Scalar) -> Bool {
    ".,;:!?)]}…—–-".unicodeScalars.contains(scalar) || Characters.isCloser(scalar)
  }
}
