import Foundation
import JSONRPC
import Testing

/// The server watches the sources through the client: a new or changed source file is re-read alone.
@Suite struct WatchedSourcesTests {
  @Test func registersTheWatcherAndRereadsAChangedSource() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("crosscheck-watch-\(UUID().uuidString)")
    let sources = root.appendingPathComponent("sources")
    try FileManager.default.createDirectory(at: sources, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: root) }
    try "---\noutlet: Isle Courier\n---\nThe Brann ferry will run all winter, the harbour board said.\n"
      .write(to: sources.appendingPathComponent("courier.md"), atomically: false, encoding: .utf8)
    let draft = root.appendingPathComponent("draft.md").absoluteString
    let server = try ServerProcess(currentDirectory: root)
    defer { server.terminate() }
    server.send([
      "jsonrpc": "2.0", "id": 1, "method": "initialize",
      "params": [
        "rootUri": .string(root.absoluteString),
        "capabilities": ["workspace": ["didChangeWatchedFiles": ["dynamicRegistration": true]]],
        "initializationOptions": ["crosscheck": ["debounceMs": 0]],
      ],
    ])
    server.send(["jsonrpc": "2.0", "method": "initialized", "params": [:]])
    let registered = server.wait { messages in
      messages.contains { $0["method"] == "client/registerCapability" }
    }
    #expect(registered)
    let registration = try #require(server.messages.first { $0["method"] == "client/registerCapability" })
    #expect(registration["params"]?["registrations"] != nil)
    server.send(["jsonrpc": "2.0", "id": registration["id"]!, "result": .null])

    server.send([
      "jsonrpc": "2.0", "method": "textDocument/didOpen",
      "params": [
        "textDocument": [
          "uri": .string(draft), "languageId": "markdown", "version": 1,
          "text": "The Brann ferry will run all winter, the harbour board said.",
        ]
      ],
    ])
    func hintLabel(_ id: Int) -> String? {
      server.send([
        "jsonrpc": "2.0", "id": .int(id), "method": "textDocument/inlayHint",
        "params": [
          "textDocument": ["uri": .string(draft)],
          "range": ["start": ["line": 0, "character": 0], "end": ["line": 1, "character": 0]],
        ],
      ])
      server.wait { $0.contains { $0["id"] == .int(id) } }
      guard case .array(let hints)? = server.messages.first(where: { $0["id"] == .int(id) })?["result"] else {
        return nil
      }
      return hints.first?["label"]?.stringValue
    }
    #expect(hintLabel(2) == "1 outlet")

    // A second outlet appears on disk; the client tells the server, which re-reads just that file.
    let added = sources.appendingPathComponent("gazette.md")
    try "---\noutlet: Brann Gazette\n---\nThe Brann ferry will run all winter, the harbour board has said.\n"
      .write(to: added, atomically: false, encoding: .utf8)
    server.send([
      "jsonrpc": "2.0", "method": "workspace/didChangeWatchedFiles",
      "params": ["changes": [["uri": .string(added.absoluteString), "type": 1]]],
    ])
    #expect(hintLabel(3) == "2 outlets")

    // And when it is deleted, it is gone again.
    try FileManager.default.removeItem(at: added)
    server.send([
      "jsonrpc": "2.0", "method": "workspace/didChangeWatchedFiles",
      "params": ["changes": [["uri": .string(added.absoluteString), "type": 3]]],
    ])
    #expect(hintLabel(4) == "1 outlet")
  }
}
