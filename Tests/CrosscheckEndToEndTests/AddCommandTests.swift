import Foundation
import JSONRPC
import Testing

/// `crosscheck add` against a local HTTP server started by the test: the happy path and everything hostile.
@Suite(.serialized) struct AddCommandTests {
  static let article = """
    <html><head><title>Quay reopens | Tide Post</title><meta property="og:site_name" content="Tide Post">
    <meta property="article:published_time" content="2025-10-16T08:00:00Z"></head><body>
    <nav><a href="/">Home</a></nav><article><h1>Quay reopens</h1>
    <p>The north quay at Calderwick reopened on Thursday after four months of repairs, the harbour office said.</p>
    <p>Ferries will return to their usual berths from Monday, according to the operator's timetable.</p>
    </article><div class="comments"><p>About time, frankly, after all those months of delays and excuses.</p></div>
    </body></html>
    """

  func withServer(_ routes: [String: LocalHTTPServer.Response], _ body: (LocalHTTPServer, URL) throws -> Void) throws {
    let server = try LocalHTTPServer(routes: routes)
    defer { server.stop() }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("crosscheck-add-\(UUID())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try body(server, folder)
  }

  func files(_ folder: URL) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
  }

  @Test func addsTheArticleWithFrontMatterAndNeverOverwrites() throws {
    try withServer(["/quay": .init(body: Data(Self.article.utf8))]) { server, folder in
      let first = try runCrosscheck(["add", "--sources", folder.path, server.base + "/quay"])
      #expect(first.code == 0, "\(first.err)")
      #expect(
        first.out.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix("/tide-post-quay-reopens.md"))
      let text = try String(
        contentsOf: folder.appendingPathComponent("tide-post-quay-reopens.md"), encoding: .utf8)
      #expect(
        text.hasPrefix(
          "---\noutlet: \"Tide Post\"\ntitle: \"Quay reopens\"\nurl: \"\(server.base)/quay\"\ndate: \"2025-10-16T08:00:00Z\"\n---\n"
        ))
      #expect(text.contains("The north quay at Calderwick reopened on Thursday"))
      #expect(!text.contains("About time") && !text.contains("Home"))
      // The same page again: a numbered name, the first file untouched.
      let second = try runCrosscheck(["add", "--sources", folder.path, "--keep-html", server.base + "/quay"])
      #expect(second.code == 0)
      #expect(files(folder) == ["tide-post-quay-reopens-2.md", "tide-post-quay-reopens.md"])
      #expect(
        FileManager.default.fileExists(
          atPath: folder.appendingPathComponent(".pages/tide-post-quay-reopens-2.html").path))
    }
  }

  @Test func followsARedirectButNeverToAnotherScheme() throws {
    try withServer([
      "/moved": .init(status: 301, headers: ["Location": "/quay"]), "/quay": .init(body: Data(Self.article.utf8)),
      "/sneaky": .init(status: 302, headers: ["Location": "file:///etc/passwd"]),
    ]) { server, folder in
      #expect(try runCrosscheck(["add", "--sources", folder.path, server.base + "/moved"]).code == 0)
      let sneaky = try runCrosscheck(["add", "--sources", folder.path, server.base + "/sneaky"])
      #expect(sneaky.code == 1)
      #expect(sneaky.err.contains("error: \(server.base)/sneaky:"), "\(sneaky.err)")
      #expect(files(folder).count == 1)
    }
  }

  @Test func eachFailureIsOneLineAndTheOthersAreStillAdded() throws {
    try withServer([
      "/quay": .init(body: Data(Self.article.utf8)),
      "/pdf": .init(headers: ["Content-Type": "application/pdf"], body: Data("%PDF-1.4".utf8)),
      "/huge": .init(body: Data(repeating: UInt8(ascii: "a"), count: 6 << 20)),
      "/slow": .init(body: Data(Self.article.utf8), delay: 4),
    ]) { server, folder in
      let result = try runCrosscheck([
        "add", "--sources", folder.path, "--timeout", "1", server.base + "/missing", server.base + "/pdf",
        server.base + "/huge", server.base + "/slow", "ftp://example.com/x", server.base + "/quay",
      ])
      #expect(result.code == 1)
      let errors = result.err.split(separator: "\n").filter { $0.hasPrefix("error: ") }
      #expect(errors.count == 5, "\(result.err)")
      #expect(result.err.contains("/missing: HTTP 404"))
      #expect(result.err.contains("/pdf: not an HTML page"))
      #expect(result.err.contains("/huge: larger than 5 MB"))
      #expect(result.err.contains("/slow: timed out"))
      #expect(result.err.contains("ftp://example.com/x: not an http or https address"))
      #expect(files(folder).count == 1)
    }
  }

  @Test func hostileNamesAndCharsetsStayInsideTheFolder() throws {
    let controls = String(repeating: "\u{07}\u{1B}", count: 5_000)
    let hostile = """
      <html><head><meta property="og:site_name" content="../../x"><title>\(controls)</title></head><body><article>
      <p>The harbour office confirmed the quay would reopen on Thursday after four months of repairs and checks.</p>
      </article></body></html>
      """
    let latin1 =
      "<html><head><title>Caf\u{E9} reopens</title></head><body><article><p>The quay caf\u{E9} reopened on Thursday after four months, its owner said, to a queue of regulars.</p></article></body></html>"
    try withServer([
      "/hostile": .init(body: Data(hostile.utf8)),
      "/latin1": .init(
        headers: ["Content-Type": "text/html; charset=iso-8859-1"], body: latin1.data(using: .isoLatin1)!),
      "/badcharset": .init(headers: ["Content-Type": "text/html; charset=x-nonsense"], body: Data(Self.article.utf8)),
    ]) { server, folder in
      let result = try runCrosscheck([
        "add", "--sources", folder.path, server.base + "/hostile", server.base + "/latin1", server.base + "/badcharset",
      ])
      #expect(result.code == 0, "\(result.err)")
      let names = files(folder)
      #expect(names.count == 3)
      #expect(names.contains("x.md"), "\(names)")
      #expect(names.allSatisfy { !$0.contains("/") && !$0.hasPrefix(".") && $0.count < 130 })
      let cafe = try #require(names.first { $0.hasPrefix("127-0-0-1-cafe") || $0.contains("cafe") })
      #expect(
        try String(contentsOf: folder.appendingPathComponent(cafe), encoding: .utf8).contains("quay café reopened"))
      // Nothing was written beside the folder.
      let parent = try FileManager.default.contentsOfDirectory(atPath: folder.deletingLastPathComponent().path)
      #expect(!parent.contains("x.md"))
    }
  }
}

/// The "Add as source" code action resolved against a local page: a workspace edit that creates the source file,
/// and no file written by the server.
@Suite struct AddSourceActionTests {
  @Test func resolvingTheActionReturnsAnEditThatCreatesTheSourceFile() throws {
    let server = try LocalHTTPServer(routes: ["/quay": .init(body: Data(AddCommandTests.article.utf8))])
    defer { server.stop() }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("crosscheck-action-\(UUID())")
    let sources = folder.appendingPathComponent("sources")
    try FileManager.default.createDirectory(at: sources, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let lsp = try ServerProcess(currentDirectory: folder)
    defer { lsp.terminate() }
    let uri = JSONValue.string(folder.appendingPathComponent("notes.md").absoluteString)
    lsp.send([
      "jsonrpc": "2.0", "id": 1, "method": "initialize",
      "params": [
        "rootUri": .string(folder.absoluteString),
        "capabilities": [
          "textDocument": ["codeAction": ["resolveSupport": ["properties": ["edit"]]]],
          "workspace": ["workspaceEdit": ["documentChanges": true, "resourceOperations": ["create"]]],
        ],
      ],
    ])
    lsp.send([
      "jsonrpc": "2.0", "method": "textDocument/didOpen",
      "params": [
        "textDocument": [
          "uri": uri, "languageId": "markdown", "version": 1, "text": .string("Read \(server.base)/quay first.\n"),
        ]
      ],
    ])
    lsp.send([
      "jsonrpc": "2.0", "id": 2, "method": "textDocument/codeAction",
      "params": [
        "textDocument": ["uri": uri],
        "range": ["start": ["line": 0, "character": 0], "end": ["line": 0, "character": 0]],
        "context": ["diagnostics": []],
      ],
    ])
    func reply(_ id: Int) -> JSONValue? {
      lsp.wait { $0.contains { $0["id"] == .int(id) } }
      return lsp.messages.first { $0["id"] == .int(id) }?["result"]
    }
    guard case .array(let actions)? = reply(2), let action = actions.first(where: { $0["kind"] == "source" }) else {
      Issue.record("no Add as source action: \(lsp.messages)")
      return
    }
    lsp.send(["jsonrpc": "2.0", "id": 3, "method": "codeAction/resolve", "params": action])
    guard case .array(let changes)? = reply(3)?["edit"]?["documentChanges"], changes.count == 2 else {
      Issue.record("no document changes: \(lsp.messages)")
      return
    }
    let target = sources.appendingPathComponent("tide-post-quay-reopens.md").absoluteString
    #expect(changes[0]["kind"] == "create" && changes[0]["uri"] == .string(target))
    #expect(changes[1]["textDocument"]?["uri"] == .string(target))
    guard case .array(let edits)? = changes[1]["edits"], let text = edits.first?["newText"]?.stringValue else {
      Issue.record("no edit text")
      return
    }
    #expect(text.hasPrefix("---\noutlet: \"Tide Post\"") && text.contains("The north quay at Calderwick reopened"))
    // The server wrote nothing: the editor applies the edit.
    #expect(try FileManager.default.contentsOfDirectory(atPath: sources.path).isEmpty)
  }
}
