import CrosscheckCore
import Foundation

/// A file named on the command line, read with the errors a person can act on.
struct InputFile {
  let path: String
  let buffer: TextBuffer

  struct ReadError: Error {
    var message: String
  }

  init(path: String) throws(ReadError) {
    guard let data = FileManager.default.contents(atPath: path) else {
      var isDirectory: ObjCBool = false
      let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
      throw ReadError(
        message: "\(path): \(exists ? (isDirectory.boolValue ? "is a directory" : "cannot be read") : "no such file")")
    }
    if data.contains(0) { throw ReadError(message: "\(path): binary file (contains NUL bytes), not checked") }
    let text = String(decoding: data, as: UTF8.self)
    if text.utf8.count != data.count || text.contains("\u{FFFD}") && String(data: data, encoding: .utf8) == nil {
      CommandLineTool.printError("warning: \(path): invalid UTF-8, read with replacement characters")
    }
    self.path = path
    self.buffer = TextBuffer(text)
  }

  var format: ProseText.Format { ProseText.format(forPath: path) }
}

/// LSP-shaped ranges for JSON output: zero-based, UTF-16 columns, like an editor would receive.
struct JSONRange: Encodable {
  struct Point: Encodable {
    var line: Int
    var character: Int
  }
  var start: Point
  var end: Point

  init(_ range: Range<Int>, in buffer: TextBuffer) {
    let start = buffer.position(of: range.lowerBound, in: .utf16)
    let end = buffer.position(of: range.upperBound, in: .utf16)
    self.start = Point(line: start.line, character: start.column)
    self.end = Point(line: end.line, character: end.column)
  }
}

/// Prints any Encodable value as pretty, key-sorted JSON on stdout.
func printJSON<Value: Encodable>(_ value: Value) {
  let encoder = JSONEncoder()
  encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
  let data = (try? encoder.encode(value)) ?? Data("null".utf8)
  print(String(decoding: data, as: UTF8.self))
}
