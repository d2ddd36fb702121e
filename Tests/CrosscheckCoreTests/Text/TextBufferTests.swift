import CrosscheckCore
import Testing

@Suite struct TextBufferTests {
  // "नमस्ते" is six scalars of three bytes; 🌊 is one scalar of four bytes and two UTF-16 units.
  static let marked = MarkedText("नमस्ते 🌊 1️⃣hello\r\né2️⃣\n3️⃣")

  @Test(arguments: [
    (PositionEncoding.utf8, LineColumn(line: 0, column: 24), LineColumn(line: 1, column: 2)),
    (.utf16, LineColumn(line: 0, column: 10), LineColumn(line: 1, column: 1)),
    (.utf32, LineColumn(line: 0, column: 9), LineColumn(line: 1, column: 1)),
  ])
  func convertsBothWaysInEveryEncoding(encoding: PositionEncoding, hello: LineColumn, afterE: LineColumn) {
    let buffer = TextBuffer(Self.marked.text)
    #expect(buffer.position(of: Self.marked["1️⃣"], in: encoding) == hello)
    #expect(buffer.offset(of: hello, in: encoding) == Self.marked["1️⃣"])
    #expect(buffer.position(of: Self.marked["2️⃣"], in: encoding) == afterE)
    #expect(buffer.offset(of: afterE, in: encoding) == Self.marked["2️⃣"])
    #expect(buffer.offset(of: LineColumn(line: 2, column: 0), in: encoding) == Self.marked["3️⃣"])
  }

  @Test func positionsOutOfRangeAreClamped() {
    let buffer = TextBuffer(Self.marked.text)
    // Past the end of line 0: stays before the CR LF.
    #expect(buffer.offset(of: LineColumn(line: 0, column: 500), in: .utf16) == buffer.contentEnd(ofLine: 0))
    #expect(buffer.offset(of: LineColumn(line: 99, column: 0), in: .utf16) == buffer.byteCount)
    #expect(buffer.offset(of: LineColumn(line: -3, column: -1), in: .utf8) == 0)
    #expect(buffer.position(of: 10_000, in: .utf16) == LineColumn(line: 2, column: 0))
  }

  @Test func aColumnInsideASurrogatePairStaysAtTheScalarStart() {
    let buffer = TextBuffer("a🌊b")
    #expect(buffer.offset(of: LineColumn(line: 0, column: 2), in: .utf16) == 1)
    #expect(buffer.offset(of: LineColumn(line: 0, column: 3), in: .utf16) == 5)
    #expect(buffer.offset(of: LineColumn(line: 0, column: 3), in: .utf8) == 1)  // inside the emoji's bytes
  }

  @Test func replaceKeepsTheLineIndexRight() {
    var buffer = TextBuffer("one\ntwo\nthree")
    buffer.replace(4..<7, with: "2\n2b")
    #expect(buffer.text == "one\n2\n2b\nthree")
    #expect(buffer.lineStarts == [0, 4, 6, 9])
    buffer.replace(0..<100, with: "")
    #expect(buffer.text.isEmpty)
    #expect(buffer.lineCount == 1)
  }

  /// ASCII lines take a shortcut (a column is the byte distance); a line that is not, even one begun by a lone
  /// CR, must still be walked.
  @Test(arguments: [(PositionEncoding.utf8, 7), (.utf16, 4), (.utf32, 3)])
  func asciiLinesAndTheLinesBesideThemConvertAlike(encoding: PositionEncoding, columnOfF: Int) {
    let marked = MarkedText("ab1️⃣c\rdé🌊2️⃣f\r\ng3️⃣hi")
    let buffer = TextBuffer(marked.text)
    let expected = [
      ("1️⃣", LineColumn(line: 0, column: 2)), ("2️⃣", LineColumn(line: 1, column: columnOfF)),
      ("3️⃣", LineColumn(line: 2, column: 1)),
    ]
    for (marker, position) in expected {
      #expect(buffer.position(of: marked[marker], in: encoding) == position)
      #expect(buffer.offset(of: position, in: encoding) == marked[marker])
    }
  }

  @Test func lineEndingsCRLFAndLoneCR() {
    let buffer = TextBuffer("a\r\nb\rc\n")
    #expect(buffer.lineStarts == [0, 3, 5, 7])
    #expect(buffer.contentEnd(ofLine: 0) == 1)
  }
}
