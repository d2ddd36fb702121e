import CrosscheckCore
import LanguageServerProtocol

/// Maps between protocol positions and the core's `LineColumn`; the conversion itself lives in
/// `TextBuffer+PositionConversion.swift` in the core.
extension TextBuffer {
  func offset(of position: Position, in encoding: PositionEncoding) -> Int {
    offset(of: LineColumn(line: position.line, column: position.character), in: encoding)
  }

  func lspPosition(of offset: Int, in encoding: PositionEncoding) -> Position {
    let position = position(of: offset, in: encoding)
    return Position(line: position.line, character: position.column)
  }

  func lspRange(of range: Range<Int>, in encoding: PositionEncoding) -> LSPRange {
    LSPRange(
      start: lspPosition(of: range.lowerBound, in: encoding), end: lspPosition(of: range.upperBound, in: encoding))
  }

  /// A protocol range as bytes; a range whose end is before its start is read as empty at the start.
  func byteRange(of range: LSPRange, in encoding: PositionEncoding) -> Range<Int> {
    let lower = offset(of: range.start, in: encoding)
    let upper = offset(of: range.end, in: encoding)
    return lower..<max(lower, upper)
  }
}
