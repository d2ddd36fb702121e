/// The one place where byte offsets and line/column positions meet. A conversion on an ASCII line, or in UTF-8,
/// is arithmetic; otherwise it walks that one line, so it costs O(length of the line). Positions past a line's
/// end or the document's end are clamped.
extension TextBuffer {
  /// The byte offset of `position`, clamped to the line (never past its line break) and the document.
  public func offset(of position: LineColumn, in encoding: PositionEncoding) -> Int {
    guard position.line >= 0 else { return 0 }
    guard position.line < lineCount else { return byteCount }
    let start = lineStarts[position.line]
    let end = contentEnd(ofLine: position.line)
    if lineIsASCII[position.line] || encoding == .utf8 {
      // UTF-8 columns are bytes; one inside a scalar stays at its start.
      return scalarBoundary(atOrBefore: min(start + max(0, position.column), end))
    }
    var remaining = max(0, position.column)
    var offset = start
    let utf8 = text.utf8
    var index = utf8.index(utf8.startIndex, offsetBy: start)
    while offset < end && remaining > 0 {
      let width = Self.sequenceLength(utf8[index])
      let units = Self.units(ofScalarWithUTF8Length: width, in: encoding)
      if units > remaining { break }  // the position points inside a scalar: stay at its start
      remaining -= units
      offset += width
      index = utf8.index(index, offsetBy: width)
    }
    return min(offset, end)
  }

  /// The line/column of a byte offset, clamped to the document.
  public func position(of offset: Int, in encoding: PositionEncoding) -> LineColumn {
    let offset = scalarBoundary(atOrBefore: offset)
    let line = lineIndex(containing: offset)
    let start = lineStarts[line]
    if lineIsASCII[line] || encoding == .utf8 { return LineColumn(line: line, column: offset - start) }
    let utf8 = text.utf8
    var index = utf8.index(utf8.startIndex, offsetBy: start)
    var cursor = start
    var column = 0
    while cursor < offset {
      let width = Self.sequenceLength(utf8[index])
      column += Self.units(ofScalarWithUTF8Length: width, in: encoding)
      cursor += width
      index = utf8.index(index, offsetBy: width)
    }
    return LineColumn(line: line, column: column)
  }

  /// The line that contains `offset` (binary search over line starts).
  public func lineIndex(containing offset: Int) -> Int {
    max(0, lineStarts.partitionPoint { $0 > offset } - 1)
  }

  /// Where a line's text ends, before its CR, LF or CR LF.
  public func contentEnd(ofLine line: Int) -> Int {
    var end = line + 1 < lineCount ? lineStarts[line + 1] : byteCount
    let utf8 = text.utf8
    while end > lineStarts[line] {
      let byte = utf8[utf8.index(utf8.startIndex, offsetBy: end - 1)]
      guard byte == 10 || byte == 13 else { break }
      end -= 1
    }
    return end
  }

  private static func sequenceLength(_ lead: UInt8) -> Int {
    switch lead {
    case 0..<0x80: return 1
    case 0xC0..<0xE0: return 2
    case 0xE0..<0xF0: return 3
    case 0xF0...: return 4
    default: return 1  // a stray continuation byte cannot occur in a Swift String, but never loop on it
    }
  }

  private static func units(ofScalarWithUTF8Length width: Int, in encoding: PositionEncoding) -> Int {
    switch encoding {
    case .utf8: return width
    case .utf16: return width == 4 ? 2 : 1
    case .utf32: return 1
    }
  }
}
