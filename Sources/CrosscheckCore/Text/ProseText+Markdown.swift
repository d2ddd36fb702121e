/// Reads prose out of Markdown and plain text. Front matter, fenced and indented code, inline code, heading and
/// list markers, block-quote markers and link targets are blanked; headings, list items and paragraphs become blocks.
extension ProseText {
  public init(parsing source: String, format: Format) {
    var bytes = Array(source.utf8)
    var blocks: [Range<Int>] = []
    let lines = Self.lines(of: bytes)
    var index = 0
    var paragraphStart: Int?
    var paragraphEnd = 0
    var fence: [UInt8]?

    func closeParagraph() {
      if let start = paragraphStart { blocks.append(start..<paragraphEnd) }
      paragraphStart = nil
    }

    if format != .paragraphs, let end = Self.frontMatterEnd(bytes, lines: lines) {
      Self.blank(&bytes, 0..<lines[end].upperBound)
      index = end + 1
    }

    while index < lines.count {
      let line = lines[index]
      index += 1
      let content = Self.trimmed(bytes, line)
      if let open = fence {
        if Self.startsWith(bytes, content, open) { fence = nil }
        Self.blank(&bytes, line)
        continue
      }
      if content.isEmpty {
        closeParagraph()
        continue
      }
      if format == .paragraphs {
        if paragraphStart == nil { paragraphStart = content.lowerBound }
        paragraphEnd = content.upperBound
        continue
      }
      guard format == .markdown else {
        // Plain text: a line continues the paragraph only when the break looks like wrapping mid-sentence.
        if paragraphStart != nil && !Self.looksWrapped(bytes, previousEnd: paragraphEnd, next: content) {
          closeParagraph()
        }
        if paragraphStart == nil { paragraphStart = content.lowerBound }
        paragraphEnd = content.upperBound
        continue
      }
      if let marker = Self.fenceMarker(bytes, content) {
        closeParagraph()
        fence = marker
        Self.blank(&bytes, line)
        continue
      }
      if content.lowerBound - line.lowerBound >= 4 && paragraphStart == nil {
        Self.blank(&bytes, line)  // indented code block
        continue
      }
      var body = content
      if Self.blankBlockQuoteMarkers(&bytes, &body) && body.isEmpty {
        closeParagraph()
        continue
      }
      if let heading = Self.headingBody(bytes, body) {
        closeParagraph()
        Self.blank(&bytes, body.lowerBound..<heading.lowerBound)
        Self.blank(&bytes, heading.upperBound..<body.upperBound)
        if !heading.isEmpty { blocks.append(heading) }
        continue
      }
      if Self.isThematicBreak(bytes, body) {
        closeParagraph()
        Self.blank(&bytes, line)
        continue
      }
      if let item = Self.listItemBody(bytes, body) {
        closeParagraph()
        Self.blank(&bytes, body.lowerBound..<item.lowerBound)
        body = item
      }
      if paragraphStart == nil { paragraphStart = body.lowerBound }
      paragraphEnd = body.upperBound
    }
    closeParagraph()
    if format == .markdown { Self.blankInlineMarkup(&bytes, blocks) }
    self.init(text: String(decoding: bytes, as: UTF8.self), blocks: blocks.filter { !$0.isEmpty })
  }

  // MARK: - Lines

  static func lines(of bytes: [UInt8]) -> [Range<Int>] {
    var lines: [Range<Int>] = []
    var start = 0
    for (offset, byte) in bytes.enumerated() where byte == 10 {
      lines.append(start..<offset)
      start = offset + 1
    }
    if start <= bytes.count { lines.append(start..<bytes.count) }
    return lines
  }

  /// The line without leading and trailing white space (ASCII, NBSP and CR).
  static func trimmed(_ bytes: [UInt8], _ line: Range<Int>) -> Range<Int> {
    var lower = line.lowerBound
    var upper = line.upperBound
    while lower < upper, let width = spaceWidth(bytes, at: lower) { lower += width }
    while upper > lower, isTrailingSpace(bytes, before: upper) { upper -= bytes[upper - 1] == 0xA0 ? 2 : 1 }
    return lower..<upper
  }

  /// The byte length of a space-like character at `offset` (ASCII space, tab, CR, NBSP, ideographic space, or the
  /// padding that stands for an inline HTML tag), or nil.
  static func spaceWidth(_ bytes: [UInt8], at offset: Int) -> Int? {
    switch bytes[offset] {
    case 32, 9, 13, paddingByte: return 1
    case 0xC2 where offset + 1 < bytes.count && bytes[offset + 1] == 0xA0: return 2
    case 0xE3 where offset + 2 < bytes.count && bytes[offset + 1] == 0x80 && bytes[offset + 2] == 0x80: return 3
    default: return nil
    }
  }

  private static func isTrailingSpace(_ bytes: [UInt8], before offset: Int) -> Bool {
    let byte = bytes[offset - 1]
    if byte == 32 || byte == 9 || byte == 13 || byte == paddingByte { return true }
    return byte == 0xA0 && offset >= 2 && bytes[offset - 2] == 0xC2
  }

  static func blank(_ bytes: inout [UInt8], _ range: Range<Int>) {
    for offset in range where bytes[offset] != 10 { bytes[offset] = 32 }
  }

  static func startsWith(_ bytes: [UInt8], _ range: Range<Int>, _ prefix: [UInt8]) -> Bool {
    range.count >= prefix.count && Array(bytes[range.lowerBound..<range.lowerBound + prefix.count]) == prefix
  }

  // MARK: - Block structure

  private static func frontMatterEnd(_ bytes: [UInt8], lines: [Range<Int>]) -> Int? {
    guard let first = lines.first, Array(bytes[trimmed(bytes, first)]) == Array("---".utf8) else { return nil }
    for index in 1..<lines.count {
      let content = Array(bytes[trimmed(bytes, lines[index])])
      if content == Array("---".utf8) || content == Array("...".utf8) { return index }
    }
    return nil
  }

  /// A plain-text line break is wrapping when the line before ends in a lower-case letter or a comma and the
  /// next line starts in lower case: a headline or a finished sentence never does both.
  private static func looksWrapped(_ bytes: [UInt8], previousEnd: Int, next: Range<Int>) -> Bool {
    let last = bytes[previousEnd - 1]
    let first = bytes[next.lowerBound]
    let endsMidSentence = (97...122).contains(last) || last == 44
    return endsMidSentence && (97...122).contains(first)
  }

  private static func fenceMarker(_ bytes: [UInt8], _ content: Range<Int>) -> [UInt8]? {
    for marker in [Array("```".utf8), Array("~~~".utf8)] where startsWith(bytes, content, marker) {
      return marker
    }
    return nil
  }

  private static func headingBody(_ bytes: [UInt8], _ content: Range<Int>) -> Range<Int>? {
    var offset = content.lowerBound
    while offset < content.upperBound && bytes[offset] == 35 { offset += 1 }  // '#'
    let level = offset - content.lowerBound
    guard (1...6).contains(level), offset == content.upperBound || bytes[offset] == 32 else { return nil }
    var body = trimmed(bytes, offset..<content.upperBound)
    var end = body.upperBound
    while end > body.lowerBound && bytes[end - 1] == 35 { end -= 1 }
    if end < body.upperBound { body = trimmed(bytes, body.lowerBound..<end) }
    return body
  }

  /// "---", "* * *", "___": three or more of one mark, spaces allowed between. Asked of every line, so most lines
  /// are answered by their first mark, with nothing copied.
  private static func isThematicBreak(_ bytes: [UInt8], _ content: Range<Int>) -> Bool {
    guard let start = bytes[content].firstIndex(where: { $0 != 32 }), [42, 45, 95].contains(bytes[start]) else {
      return false
    }
    var marks = 0
    for byte in bytes[start..<content.upperBound] where byte != 32 {
      guard byte == bytes[start] else { return false }
      marks += 1
    }
    return marks >= 3
  }

  private static func listItemBody(_ bytes: [UInt8], _ content: Range<Int>) -> Range<Int>? {
    var offset = content.lowerBound
    if [42, 43, 45].contains(bytes[offset]) {  // * + -
      offset += 1
    } else {
      while offset < content.upperBound && (48...57).contains(bytes[offset]) && offset - content.lowerBound < 9 {
        offset += 1
      }
      guard offset > content.lowerBound, offset < content.upperBound, bytes[offset] == 46 || bytes[offset] == 41 else {
        return nil
      }
      offset += 1
    }
    guard offset < content.upperBound, bytes[offset] == 32 else { return nil }
    return trimmed(bytes, offset..<content.upperBound)
  }

  /// Blanks leading `>` markers; returns whether there were any.
  private static func blankBlockQuoteMarkers(_ bytes: inout [UInt8], _ content: inout Range<Int>) -> Bool {
    var found = false
    while !content.isEmpty && bytes[content.lowerBound] == 62 {
      bytes[content.lowerBound] = 32
      content = trimmed(bytes, content.lowerBound..<content.upperBound)
      found = true
    }
    return found
  }

  // MARK: - Inline markup

  /// Blanks inline code spans and link targets `](…)`, and the `[` that opens a link, inside prose blocks.
  private static func blankInlineMarkup(_ bytes: inout [UInt8], _ blocks: [Range<Int>]) {
    for block in blocks {
      var offset = block.lowerBound
      var linkOpen: Int?
      while offset < block.upperBound {
        switch bytes[offset] {
        case 96:  // `
          if let close = bytes[(offset + 1)..<block.upperBound].firstIndex(of: 96) {
            blank(&bytes, offset..<(close + 1))
            offset = close
          }
        case 91: linkOpen = offset  // [
        case 93 where offset + 1 < block.upperBound && bytes[offset + 1] == 40:  // ](
          if let open = linkOpen, let close = bytes[(offset + 1)..<block.upperBound].firstIndex(of: 41) {
            bytes[open] = 32
            blank(&bytes, offset..<(close + 1))
            offset = close
            linkOpen = nil
          }
        default: break
        }
        offset += 1
      }
    }
  }
}
