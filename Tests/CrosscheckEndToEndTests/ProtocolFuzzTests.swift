import Foundation
import JSONRPC
import Testing

@testable import crosscheck

/// Feeds the server batches of hostile input; after each batch it must still answer a valid request correctly.
/// CROSSCHECK_FUZZ_ROUNDS raises the number of random rounds for a longer opt-in run (the README records one).
@Suite(.serialized) struct ProtocolFuzzTests {
  static let rounds = Int(ProcessInfo.processInfo.environment["CROSSCHECK_FUZZ_ROUNDS"] ?? "") ?? 3
  static let uri = "file:///tmp/crosscheck-fuzz/draft.md"

  /// Valid params for every method the server handles, to be mutated field by field.
  static let templates: [(String, JSONValue)] = [
    ("textDocument/hover", ["textDocument": ["uri": .string(uri)], "position": ["line": 0, "character": 3]]),
    ("textDocument/definition", ["textDocument": ["uri": .string(uri)], "position": ["line": 0, "character": 3]]),
    (
      "textDocument/references",
      [
        "textDocument": ["uri": .string(uri)], "position": ["line": 0, "character": 3],
        "context": ["includeDeclaration": true],
      ]
    ),
    ("textDocument/documentSymbol", ["textDocument": ["uri": .string(uri)]]),
    (
      "textDocument/inlayHint",
      [
        "textDocument": ["uri": .string(uri)],
        "range": ["start": ["line": 0, "character": 0], "end": ["line": 9, "character": 0]],
      ]
    ),
    (
      "textDocument/codeAction",
      [
        "textDocument": ["uri": .string(uri)],
        "range": ["start": ["line": 0, "character": 0], "end": ["line": 0, "character": 5]],
        "context": ["diagnostics": []],
      ]
    ),
    ("codeAction/resolve", ["title": "x", "data": ["uri": .string(uri), "version": 1, "finding": 0, "fix": 0]]),
    (
      "textDocument/didChange",
      [
        "textDocument": ["uri": .string(uri), "version": 5],
        "contentChanges": [
          ["range": ["start": ["line": 0, "character": 0], "end": ["line": 0, "character": 1]], "text": "X"]
        ],
      ]
    ),
    ("textDocument/didSave", ["textDocument": ["uri": .string(uri)]]),
    ("workspace/didChangeConfiguration", ["settings": ["crosscheck": ["debounceMs": 0]]]),
    ("workspace/didChangeWatchedFiles", ["changes": [["uri": "file:///tmp/crosscheck-fuzz/sources/a.md", "type": 2]]]),
    ("$/setTrace", ["value": "verbose"]),
  ]

  /// Every way of breaking one field: wrong types, nulls, huge numbers, and positions far outside the text.
  static func mutations(of value: JSONValue) -> [JSONValue] {
    var results: [JSONValue] = []
    let replacements: [JSONValue] = [
      .null, "text", 12, -7, 1.5, true, [], [:], .int(Int.max), .string(String(repeating: "é", count: 3000)),
    ]
    switch value {
    case .object(let members):
      for (key, member) in members {
        for replacement in replacements { results.append(.object(members.merging([key: replacement]) { $1 })) }
        for nested in mutations(of: member).prefix(20) {
          results.append(.object(members.merging([key: nested]) { $1 }))
        }
        var without = members
        without[key] = nil
        results.append(.object(without))
      }
    case .array(let items) where !items.isEmpty:
      results.append(.array([]))
      for nested in mutations(of: items[0]).prefix(20) { results.append(.array([nested] + items.dropFirst())) }
    default: break
    }
    return results
  }

  static func start() throws -> ServerProcess {
    let server = try ServerProcess()
    server.send([
      "jsonrpc": "2.0", "id": "init", "method": "initialize",
      "params": ["capabilities": [:], "initializationOptions": ["crosscheck": ["debounceMs": 0]]],
    ])
    server.send(["jsonrpc": "2.0", "method": "initialized", "params": [:]])
    server.send([
      "jsonrpc": "2.0", "method": "textDocument/didOpen",
      "params": [
        "textDocument": ["uri": .string(uri), "languageId": "markdown", "version": 1, "text": .string(probeText)]
      ],
    ])
    return server
  }

  static let probeText = "“Unclosed 🌊 quote. नमस्ते दुनिया।\n\nSecond paragraph.\n"
  nonisolated(unsafe) static var probeVersion = 1_000_000

  /// A valid request after a batch: the text is set afresh (the batch may have changed it), and the outline must
  /// describe that text: two paragraphs.
  static func stillAnswers(_ server: ServerProcess, _ label: String) {
    probeVersion += 1
    server.send([
      "jsonrpc": "2.0", "method": "textDocument/didChange",
      "params": [
        "textDocument": ["uri": .string(uri), "version": .int(probeVersion)],
        "contentChanges": [["text": .string(probeText)]],
      ],
    ])
    let id = JSONValue.string("probe-\(label)")
    server.send([
      "jsonrpc": "2.0", "id": id, "method": "textDocument/documentSymbol",
      "params": ["textDocument": ["uri": .string(uri)]],
    ])
    let answered = server.wait(timeout: 20) { messages in
      messages.contains { message in
        guard message["id"] == id, case .array(let symbols)? = message["result"] else { return false }
        return symbols.count == 2
      }
    }
    #expect(answered, "no correct answer after \(label)\n\(server.standardError.suffix(3000))")
    #expect(server.isRunning, "server died after \(label)")
  }

  @Test func wrongTypesInEveryFieldOfEveryMethod() throws {
    let server = try Self.start()
    defer { server.terminate() }
    var sent = 0
    for (index, (method, params)) in Self.templates.enumerated() {
      for mutated in Self.mutations(of: params) {
        let isNotification =
          method.hasPrefix("$/") || method.hasPrefix("workspace/did") || method.hasPrefix("textDocument/did")
        var message: JSONValue = ["jsonrpc": "2.0", "method": .string(method), "params": mutated]
        if !isNotification, case .object(var members) = message {
          members["id"] = .int(10_000 + sent)
          message = .object(members)
        }
        server.send(message)
        sent += 1
      }
      Self.stillAnswers(server, "mutations of \(method) (\(index))")
    }
    #expect(sent > 500)
    print("fuzz: \(sent) mutated messages over \(Self.templates.count) methods, server still answering")
  }

  @Test func positionsRangesURIsAndDuplicateIDs() throws {
    let server = try Self.start()
    defer { server.terminate() }
    let far: JSONValue = ["line": 1_000_000, "character": 1_000_000]
    let negative: JSONValue = ["line": -5, "character": -5]
    for position in [far, negative] {
      server.send([
        "jsonrpc": "2.0", "id": 1, "method": "textDocument/hover",
        "params": ["textDocument": ["uri": .string(Self.uri)], "position": position],
      ])
    }
    // A range whose end is before its start, in an edit and a code-action request.
    let backwards: JSONValue = ["start": ["line": 2, "character": 5], "end": ["line": 0, "character": 1]]
    server.send([
      "jsonrpc": "2.0", "method": "textDocument/didChange",
      "params": [
        "textDocument": ["uri": .string(Self.uri), "version": 2],
        "contentChanges": [["range": backwards, "text": "!"]],
      ],
    ])
    server.send([
      "jsonrpc": "2.0", "id": 2, "method": "textDocument/codeAction",
      "params": ["textDocument": ["uri": .string(Self.uri)], "range": backwards, "context": ["diagnostics": []]],
    ])
    // Unknown documents, and a change to a closed one.
    server.send([
      "jsonrpc": "2.0", "id": 3, "method": "textDocument/hover",
      "params": ["textDocument": ["uri": "file:///nowhere.md"], "position": ["line": 0, "character": 0]],
    ])
    server.send([
      "jsonrpc": "2.0", "method": "textDocument/didChange",
      "params": ["textDocument": ["uri": "file:///closed.md", "version": 3], "contentChanges": [["text": "x"]]],
    ])
    // Two requests with one id while the first may still be running.
    server.send([
      "jsonrpc": "2.0", "id": 4, "method": "textDocument/inlayHint",
      "params": ["textDocument": ["uri": .string(Self.uri)], "range": backwards],
    ])
    server.send([
      "jsonrpc": "2.0", "id": 4, "method": "textDocument/inlayHint",
      "params": ["textDocument": ["uri": .string(Self.uri)], "range": backwards],
    ])
    Self.stillAnswers(server, "positions")
    let unknown = server.messages.first { $0["id"] == 3 }
    #expect(unknown?["error"]?["code"] == .int(ErrorCode.invalidParams.rawValue))
    #expect(server.messages.filter { $0["id"] == 4 }.count == 2, "each of the two requests gets exactly one reply")
  }

  @Test func deeplyNestedHugeAndBrokenFrames() throws {
    let server = try Self.start()
    defer { server.terminate() }
    let nested = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
    let body = #"{"jsonrpc":"2.0","id":"deep","method":"textDocument/hover","params":"# + nested + "}"
    server.sendRaw(Data("Content-Length: \(body.utf8.count)\r\n\r\n\(body)".utf8))
    Self.stillAnswers(server, "nesting")
    // A body far larger than any document, and a header that claims one even larger.
    let huge =
      #"{"jsonrpc":"2.0","method":"$/noise","params":{"x":""# + String(repeating: "a", count: 8_000_000) + #""}}"#
    server.sendRaw(Data("Content-Length: \(huge.utf8.count)\r\n\r\n\(huge)".utf8))
    server.sendRaw(Data("Content-Length: 99999999999\r\n\r\n".utf8))
    Self.stillAnswers(server, "huge frames")
    var random = SeededGenerator(state: 77)
    var inputs = 0
    for round in 0..<Self.rounds {
      for _ in 0..<300 {
        server.sendRaw(MalformedFrames.frame(&random))
        inputs += 1
      }
      server.sendRaw(Data(repeating: 10, count: 20_000) + Data("\r\n\r\n".utf8))
      Self.stillAnswers(server, "random round \(round)")
    }
    #expect(inputs == 300 * Self.rounds)
    print("fuzz: \(inputs) random malformed frames in \(Self.rounds) rounds, server still answering")
  }
}
