import CrosscheckCore
import Foundation
import JSONRPC

/// `crosscheck bench --soak`: a long session against the real server. Edits at typing speed, then as fast as
/// the pipe takes them, with hovers between; memory must stay flat and no diagnostics may be published for a
/// version older than one already published.
enum SoakCommand {
  static func run(articles: Int, draftWords: Int, edits: Int) throws -> Bool {
    let synthetic = try SyntheticCorpus.makeWorkspace(articles: articles, draftWords: draftWords, name: "soak")
    defer { try? FileManager.default.removeItem(at: synthetic.root) }
    let (workspace, draft, text, corpusBytes) =
      (synthetic.root, synthetic.draft, synthetic.draftText, synthetic.corpusBytes)
    print(
      "soak: \(articles) articles (\(Measurement.megabytes(corpusBytes))), \(draftWords)-word draft, \(edits) edits")

    let client = try BenchClient(
      executable: URL(fileURLWithPath: CommandLine.arguments[0]).absoluteURL, workspace: workspace)
    let uri = JSONValue.string(draft.absoluteString)
    client.request("initialize", ["rootUri": .string(workspace.absoluteString), "capabilities": [:]])
    client.notify(
      "textDocument/didOpen",
      ["textDocument": ["uri": uri, "languageId": "markdown", "version": 1, "text": .string(text)]])
    _ = client.waitFor { $0["method"] == "textDocument/publishDiagnostics" }
    let start = Measurement.memory(pid: String(client.pid))
    print("server memory after indexing: \(Measurement.megabytes(start.current))")

    var buffer = TextBuffer(text)
    let typingSpeed = min(edits, 300)
    for index in 0..<edits {
      let version = index + 2
      // Type at one point, deleting now and then, as a writer does.
      let offset = buffer.byteCount / 2
      let position = buffer.position(of: offset, in: .utf16)
      let deleting = index % 7 == 6
      let end = deleting ? buffer.position(of: offset + 1, in: .utf16) : position
      let insert = deleting ? "" : (index % 5 == 0 ? " " : "e")
      buffer.replace(offset..<(deleting ? offset + 1 : offset), with: insert)
      let range: JSONValue = [
        "start": ["line": .int(position.line), "character": .int(position.column)],
        "end": ["line": .int(end.line), "character": .int(end.column)],
      ]
      client.notify(
        "textDocument/didChange",
        [
          "textDocument": ["uri": uri, "version": .int(version)],
          "contentChanges": [["range": range, "text": .string(insert)]],
        ])
      if index < typingSpeed { Thread.sleep(forTimeInterval: 0.03) }
      if index % 50 == 0 {
        client.request(
          "textDocument/hover",
          ["textDocument": ["uri": uri], "position": ["line": .int(position.line), "character": 3]])
      }
    }
    let last = edits + 1
    _ = client.waitFor { $0["method"] == "textDocument/publishDiagnostics" && $0["params"]?["version"] == .int(last) }
    let end = Measurement.memory(pid: String(client.pid))
    let versions = client.received.filter { $0["method"] == "textDocument/publishDiagnostics" }.compactMap {
      $0["params"]?["version"]?.intValue
    }
    let ordered = zip(versions, versions.dropFirst()).allSatisfy { $0 <= $1 }
    // The final text must be what the server analysed: its outline has as many sentences as ours.
    let symbols = client.request("textDocument/documentSymbol", ["textDocument": ["uri": uri]])
    let serverSentences = symbols["result"].flatMap { result -> Int? in
      guard case .array(let paragraphs) = result else { return nil }
      return paragraphs.reduce(0) { count, paragraph in
        if case .array(let children)? = paragraph["children"] { return count + children.count }
        return count
      }
    }
    let expectedSentences = SentenceSplitter.split(ProseText(parsing: buffer.text, format: .markdown)).count
    client.stop()
    print(
      "diagnostics published: \(versions.count); last version \(versions.last ?? 0) of \(last); never out of order: \(ordered)"
    )
    print(
      "server memory: \(Measurement.megabytes(start.current)) after indexing, \(Measurement.megabytes(end.current)) at the end; peak \(Measurement.megabytes(end.peak))"
    )
    print("final text: server sees \(serverSentences ?? -1) sentences, expected \(expectedSentences)")
    return ordered && versions.last == last && serverSentences == expectedSentences
  }
}
