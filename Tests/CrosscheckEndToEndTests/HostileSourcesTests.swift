import Foundation
import JSONRPC
import Testing

/// A sources folder with everything that goes wrong in real folders. Nothing may crash; each problem is said
/// once, on stderr by the CLI and in window/logMessage by the server.
@Suite struct HostileSourcesTests {
  /// Builds a workspace: a draft, one good source, and the hostile files.
  static func workspace() throws -> URL {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("crosscheck-hostile-\(UUID().uuidString)")
    let sources = root.appendingPathComponent("sources")
    try FileManager.default.createDirectory(
      at: sources.appendingPathComponent("many"), withIntermediateDirectories: true)
    func write(_ name: String, _ data: Data) throws { try data.write(to: sources.appendingPathComponent(name)) }
    try "“The ferry will run all winter,” Captain Ada Brann said.\n".write(
      to: root.appendingPathComponent("draft.md"), atomically: false, encoding: .utf8)
    try write(
      "good.md", Data("---\noutlet: Isle Courier\n---\n“The ferry will run all winter,” Captain Ada Brann said.\n".utf8)
    )
    try write("binary.txt", Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0xFF]))
    try write("latin1.txt", Data("Caf".utf8) + Data([0xE9]) + Data(" owners said the pier reopens.".utf8))
    try write("photo.jpg", Data([0xFF, 0xD8, 0xFF]))
    try write("big.txt", Data(repeating: UInt8(ascii: "a"), count: 2_000_000))
    // A 50 MB file, sparse so the test costs no disk: refused by its size before a byte is read.
    #expect(FileManager.default.createFile(atPath: sources.appendingPathComponent("huge.txt").path, contents: nil))
    let huge = try FileHandle(forWritingTo: sources.appendingPathComponent("huge.txt"))
    try huge.truncate(atOffset: 50_000_000)
    try huge.close()
    try FileManager.default.createSymbolicLink(
      atPath: sources.appendingPathComponent("loop").path, withDestinationPath: sources.path)
    try FileManager.default.createSymbolicLink(
      atPath: sources.appendingPathComponent("passwd.txt").path, withDestinationPath: "/etc/hostname")
    for index in 0..<2000 { try write("many/tiny-\(index).txt", Data("Tiny note \(index).".utf8)) }
    try "{\"maxSourceFileBytes\": 1000000}".write(
      to: root.appendingPathComponent(".crosscheck.json"), atomically: false, encoding: .utf8)
    return root
  }

  @Test func commandLineReportsEachProblemOnceAndStillChecks() throws {
    let root = try Self.workspace()
    defer { try? FileManager.default.removeItem(at: root) }
    let result = try runCrosscheck(["check", "draft.md"], in: root)
    #expect(result.code == 0, "\(result.out)\n\(result.err)")
    for expected in [
      "binary.txt: binary file (contains NUL bytes); skipped",
      "latin1.txt: invalid UTF-8; read with replacement characters",
      "photo.jpg: not a .txt, .md or .html article; skipped", "big.txt: 2000000 bytes, over the 1000000-byte limit",
      "passwd.txt: symbolic link to /etc/hostname, outside the source folders; skipped",
      "huge.txt: 50000000 bytes, over the 1000000-byte limit",
    ] {
      #expect(result.err.components(separatedBy: expected).count == 2, "expected once: \(expected)\n\(result.err)")
    }
  }

  @Test func serverLogsEachProblemOnceAndKeepsWorking() throws {
    let root = try Self.workspace()
    defer { try? FileManager.default.removeItem(at: root) }
    let server = try ServerProcess(currentDirectory: root)
    defer { server.terminate() }
    let draft = root.appendingPathComponent("draft.md")
    server.initializeAndOpen(
      root: root, uri: draft.absoluteString, text: try String(contentsOf: draft, encoding: .utf8))
    let published = server.wait(timeout: 60) { messages in
      messages.contains { $0["method"] == "textDocument/publishDiagnostics" }
    }
    #expect(published)
    // Change the document twice more: problems are not said again.
    for version in 2...3 {
      server.send([
        "jsonrpc": "2.0", "method": "textDocument/didChange",
        "params": [
          "textDocument": ["uri": .string(draft.absoluteString), "version": .int(version)],
          "contentChanges": [["text": .string("Changed \(version).")]],
        ],
      ])
    }
    server.wait(timeout: 20) { messages in messages.contains { $0["params"]?["version"] == 3 } }
    let logs = server.messages.filter { $0["method"] == "window/logMessage" }.compactMap {
      $0["params"]?["message"]?.stringValue
    }
    for expected in [
      "binary.txt: binary file", "latin1.txt: invalid UTF-8", "big.txt: 2000000 bytes", "passwd.txt: symbolic link",
    ] {
      #expect(logs.filter { $0.contains(expected) }.count == 1, "expected once in logMessage: \(expected)\n\(logs)")
    }
    // The good source still aligns: the quote is verified, so no quote diagnostic at version 1.
    let first = server.messages.first {
      $0["method"] == "textDocument/publishDiagnostics" && $0["params"]?["version"] == 1
    }
    #expect(first?["params"]?["diagnostics"] == .array([]))
  }

  @Test func documentOverTheSizeLimitIsRefusedWithAMessage() throws {
    let server = try ServerProcess()
    defer { server.terminate() }
    server.send([
      "jsonrpc": "2.0", "id": 1, "method": "initialize",
      "params": ["capabilities": [:], "initializationOptions": ["crosscheck": ["maxDocumentBytes": 1000]]],
    ])
    let big = String(repeating: "A long sentence about the ferry. ", count: 100)
    server.send([
      "jsonrpc": "2.0", "method": "textDocument/didOpen",
      "params": [
        "textDocument": ["uri": "file:///tmp/huge.md", "languageId": "markdown", "version": 1, "text": .string(big)]
      ],
    ])
    let told = server.wait { messages in
      messages.contains {
        $0["method"] == "window/showMessage"
          && ($0["params"]?["message"]?.stringValue ?? "").contains("over the 1000-byte limit")
      }
    }
    #expect(told)
    #expect(
      server.wait {
        $0.contains { $0["method"] == "textDocument/publishDiagnostics" && $0["params"]?["diagnostics"] == .array([]) }
      })
    // The text is kept, not lost: shrinking the document below the limit analyses it again.
    server.send([
      "jsonrpc": "2.0", "method": "textDocument/didChange",
      "params": [
        "textDocument": ["uri": "file:///tmp/huge.md", "version": 2],
        "contentChanges": [
          [
            "range": ["start": ["line": 0, "character": 40], "end": ["line": 0, "character": 3300]],
            "text": " “Unclosed.",
          ]
        ],
      ],
    ])
    #expect(
      server.wait { $0.contains { $0["params"]?["version"] == 2 && $0["params"]?["diagnostics"]?.arrayCount == 1 } })
  }

  /// The server never writes the user's files: every file of the workspace is byte-identical after a session that
  /// edited, saved and fixed.
  @Test func aSessionLeavesEveryFileUntouched() throws {
    let root = try Self.workspace()
    defer { try? FileManager.default.removeItem(at: root) }
    func snapshot() -> [String: Data] {
      var files: [String: Data] = [:]
      let enumerator = FileManager.default.enumerator(atPath: root.path)
      while let path = enumerator?.nextObject() as? String {
        files[path] = FileManager.default.contents(atPath: root.appendingPathComponent(path).path)
      }
      return files
    }
    let before = snapshot()
    let server = try ServerProcess(currentDirectory: root)
    let draft = root.appendingPathComponent("draft.md").absoluteString
    server.initializeAndOpen(root: root, uri: draft, text: "“Unattributed words here.”")
    server.send([
      "jsonrpc": "2.0", "id": 2, "method": "textDocument/codeAction",
      "params": [
        "textDocument": ["uri": .string(draft)],
        "range": ["start": ["line": 0, "character": 1], "end": ["line": 0, "character": 1]],
        "context": ["diagnostics": []],
      ],
    ])
    server.send([
      "jsonrpc": "2.0", "method": "textDocument/didSave", "params": ["textDocument": ["uri": .string(draft)]],
    ])
    server.send(["jsonrpc": "2.0", "id": 3, "method": "shutdown"])
    server.send(["jsonrpc": "2.0", "method": "exit"])
    #expect(server.waitForExit(timeout: 60) == 0)
    #expect(snapshot() == before)
  }
}

extension JSONValue {
  var arrayCount: Int? {
    if case .array(let items) = self { return items.count }
    return nil
  }
}
