/// The unit a client counts columns in.
public enum PositionEncoding: String, Sendable, CaseIterable {
  case utf8 = "utf-8"
  case utf16 = "utf-16"
  case utf32 = "utf-32"
}

/// A zero-based line and column in some `PositionEncoding`, with no protocol attached.
public struct LineColumn: Sendable, Hashable, Comparable, CustomStringConvertible {
  public var line: Int
  public var column: Int

  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  public static func < (lhs: LineColumn, rhs: LineColumn) -> Bool { (lhs.line, lhs.column) < (rhs.line, rhs.column) }
  public var description: String { "\(line):\(column)" }
}

/// A document's text with a line index. Everything else in Crosscheck speaks UTF-8 byte offsets into `text`;
/// conversion to and from line/column lives in `TextBuffer+PositionConversion.swift`.
public struct TextBuffer: Sendable {
  public private(set) var text: String
  /// Byte offset at which each line starts; the first is always 0.
  public private(set) var lineStarts: [Int]
  /// Per line, whether it is all ASCII: there a column is the byte distance from the line's start in every
  /// encoding, and a position needs no walk along the line.
  private(set) var lineIsASCII: [Bool]

  public init(_ text: String) {
    var text = text
    text.makeContiguousUTF8()
    self.text = text
    (lineStarts, lineIsASCII) = Self.indexLines(text.utf8)
  }

  public var byteCount: Int { text.utf8.count }
  public var lineCount: Int { lineStarts.count }

  /// Replaces the bytes in `range` (clamped, and widened to whole scalars) with `replacement`.
  public mutating func replace(_ range: Range<Int>, with replacement: String) {
    let lower = scalarBoundary(atOrBefore: min(max(0, range.lowerBound), byteCount))
    let upper = max(lower, scalarBoundary(atOrBefore: min(max(0, range.upperBound), byteCount)))
    let utf8 = text.utf8
    var bytes: [UInt8] = []
    bytes.reserveCapacity(byteCount - (upper - lower) + replacement.utf8.count)
    bytes.append(contentsOf: utf8.prefix(lower))
    bytes.append(contentsOf: replacement.utf8)
    bytes.append(contentsOf: utf8.dropFirst(upper))
    self = TextBuffer(String(decoding: bytes, as: UTF8.self))
  }

  /// The text of a byte range, clamped to the document.
  public func slice(_ range: Range<Int>) -> Substring { Self.substring(text, range) }

  /// The nearest offset at or before `offset` that does not split a UTF-8 sequence.
  public func scalarBoundary(atOrBefore offset: Int) -> Int {
    var offset = min(max(0, offset), byteCount)
    let utf8 = text.utf8
    while offset > 0 && offset < byteCount
      && utf8[utf8.index(utf8.startIndex, offsetBy: offset)] & 0b1100_0000 == 0b1000_0000
    {
      offset -= 1
    }
    return offset
  }

  private static func indexLines(_ utf8: String.UTF8View) -> (starts: [Int], isASCII: [Bool]) {
    var starts = [0]
    var isASCII: [Bool] = []
    var lineIsASCII = true
    /// Ends the current line; the next starts at `next`.
    func newLine(at next: Int) {
      starts.append(next)
      isASCII.append(lineIsASCII)
      lineIsASCII = true
    }
    var offset = 0
    var previousWasCR = false
    for byte in utf8 {
      offset += 1
      if byte == 10 {
        newLine(at: offset)
      } else if previousWasCR {
        newLine(at: offset - 1)  // a lone CR ended the line before this byte
      }
      if byte >= 0x80 { lineIsASCII = false }
      previousWasCR = byte == 13
    }
    if previousWasCR { newLine(at: offset) }
    isASCII.append(lineIsASCII)
    return (starts, isASCII)
  }
}
