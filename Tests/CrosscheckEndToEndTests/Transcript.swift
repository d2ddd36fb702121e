import Foundation
import JSONRPC

/// A recorded exchange, in the style of clangd's lit tests. Steps are separated by `---`. In a step,
/// `-->` lines are JSON the client sends (framed by the runner), `==>` lines are raw bytes sent as written
/// (`\r`, `\n`, `\\` and `\xHH` escapes), `<--` lines are JSON the server must send during the step, and
/// `<== exit N` says the process must exit with N, and `<-! method` that the server must never send that method
/// in the whole exchange. A JSON value may continue on following lines until the next
/// marker. `#` starts a comment. `${WORKSPACE}` is the demo workspace's file URI, `${WORKSPACE_PATH}` its path,
/// and `${TEXT:path}` the contents of a workspace file as a JSON string literal, for `didOpen`.
struct Transcript {
  enum Action {
    case send(JSONValue)
    case sendRaw(Data)
  }

  struct Step {
    var actions: [Action] = []
    var expectations: [JSONValue] = []
    var exitCode: Int32?
    var line: Int
  }

  var name: String
  var steps: [Step]
  /// Methods the server must not send at any point.
  var forbiddenMethods: Set<String> = []

  struct ParseError: Error, CustomStringConvertible {
    var description: String
  }

  init(name: String, text: String, substitutions: [String: String], workspace: URL) throws {
    self.name = name
    var text = text
    for (key, value) in substitutions { text = text.replacingOccurrences(of: "${\(key)}", with: value) }
    while let start = text.range(of: "${TEXT:"), let end = text[start.upperBound...].firstIndex(of: "}") {
      let path = String(text[start.upperBound..<end])
      let contents = try String(contentsOf: workspace.appendingPathComponent(path), encoding: .utf8)
      let literal = String(decoding: try JSONEncoder().encode(contents), as: UTF8.self)
      text.replaceSubrange(start.lowerBound...end, with: literal)
    }
    var steps: [Step] = []
    var current = Step(line: 1)
    var pending: (marker: String, text: String, line: Int)?

    func flush() throws {
      guard let (marker, body, line) = pending else { return }
      pending = nil
      switch marker {
      case "==>":
        current.actions.append(.sendRaw(Self.unescape(body.trimmingCharacters(in: .whitespaces))))
      case "<==":
        let words = body.split(whereSeparator: { $0 == " " || $0 == "\n" })
        guard words.count == 2, words[0] == "exit", let code = Int32(words[1]) else {
          throw ParseError(description: "\(name):\(line): expected '<== exit N'")
        }
        current.exitCode = code
      default:
        guard let value = try? JSONDecoder().decode(JSONValue.self, from: Data(body.utf8)) else {
          throw ParseError(description: "\(name):\(line): invalid JSON after \(marker)")
        }
        if marker == "-->" { current.actions.append(.send(value)) } else { current.expectations.append(value) }
      }
    }

    for (index, rawLine) in text.components(separatedBy: "\n").enumerated() {
      let line = rawLine.trimmingCharacters(in: .whitespaces)
      if line.hasPrefix("#") || (line.isEmpty && pending == nil) { continue }
      if line.hasPrefix("<-!") {
        forbiddenMethods.insert(line.dropFirst(3).trimmingCharacters(in: .whitespaces))
        continue
      }
      if line == "---" {
        try flush()
        steps.append(current)
        current = Step(line: index + 2)
        continue
      }
      if let marker = ["-->", "<--", "==>", "<=="].first(where: { line.hasPrefix($0) }) {
        try flush()
        pending = (marker, String(line.dropFirst(3)), index + 1)
      } else if pending != nil {
        pending!.text += "\n" + rawLine
      } else {
        throw ParseError(description: "\(name):\(index + 1): line outside any message: \(line)")
      }
    }
    try flush()
    steps.append(current)
    self.steps = steps.filter { !$0.actions.isEmpty || !$0.expectations.isEmpty || $0.exitCode != nil }
  }

  static func unescape(_ text: String) -> Data {
    var bytes: [UInt8] = []
    var scalars = Array(text.utf8)[...]
    while let byte = scalars.popFirst() {
      guard byte == UInt8(ascii: "\\"), let next = scalars.popFirst() else {
        bytes.append(byte)
        continue
      }
      switch next {
      case UInt8(ascii: "r"): bytes.append(13)
      case UInt8(ascii: "n"): bytes.append(10)
      case UInt8(ascii: "x"):
        let hex = String(decoding: scalars.prefix(2), as: UTF8.self)
        scalars = scalars.dropFirst(2)
        bytes.append(UInt8(hex, radix: 16) ?? 0)
      default: bytes.append(next)
      }
    }
    return Data(bytes)
  }
}
