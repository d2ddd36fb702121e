import CrosscheckCore
import Foundation
import JSONRPC

/// `crosscheck bench`: generates a synthetic corpus and measures the speed targets of the alignment issue.
enum BenchCommand {
  static let help = """
    OVERVIEW: Measure indexing, alignment, keystroke re-analysis and LSP latency on a synthetic corpus.

    USAGE: crosscheck bench [--articles <n>] [--draft-words <n>] [--samples <n>] [--workspace-drafts <n>]
           crosscheck bench --soak [--articles <n>] [--draft-words <n>] [--edits <n>]

    OPTIONS:
      --soak                  A long session instead: edits at typing speed and faster, hovers between; checks
                              that memory stays flat and diagnostics are never published out of order.
      --edits <n>             Edits in the soak session. (default: 10000)
      --articles <n>          Synthetic source articles of about 3.5 KB each. (default: 10000)
      --draft-words <n>       Length of the synthetic draft. (default: 1500)
      --samples <n>           Edits and requests measured through the LSP. (default: 200)
      --workspace-drafts <n>  Also pull the diagnostics of a workspace holding this many more drafts of 400
                              words (workspace/diagnostic with partial results): time to the first and the last
                              report. (default: 0, not measured)
      -h, --help              Show help information.
    """

  static func run(_ arguments: [String]) async -> Int32 {
    let parsed: ParsedArguments
    do {
      parsed = try ParsedArguments(
        arguments, options: ["--articles", "--draft-words", "--samples", "--edits", "--workspace-drafts"],
        flags: ["-h", "--help", "--soak"])
    } catch {
      return CommandLineTool.usageError(error.message, help: help)
    }
    if parsed.flags.contains("-h") || parsed.flags.contains("--help") {
      print(help)
      return 0
    }
    func number(_ name: String, _ fallback: Int) -> Int? {
      guard let text = parsed.value(name) else { return fallback }
      return Int(text).flatMap { $0 > 0 ? $0 : nil }
    }
    guard let articles = number("--articles", 10_000), let draftWords = number("--draft-words", 1_500),
      let samples = number("--samples", 200), let edits = number("--edits", 10_000),
      let deskDrafts = parsed.value("--workspace-drafts").map({ Int($0).flatMap { $0 >= 0 ? $0 : nil } }) ?? 0
    else { return CommandLineTool.usageError("counts must be positive whole numbers", help: help) }
    do {
      if parsed.flags.contains("--soak") {
        return try SoakCommand.run(
          articles: articles, draftWords: number("--draft-words", 5_000) ?? 5_000, edits: edits) ? 0 : 1
      }
      try measure(articles: articles, draftWords: draftWords, samples: samples, deskDrafts: deskDrafts)
      return 0
    } catch {
      CommandLineTool.printError("error: \(error)")
      return 2
    }
  }

  static func measure(articles: Int, draftWords: Int, samples: Int, deskDrafts: Int) throws {
    let synthetic = try SyntheticCorpus.makeWorkspace(
      articles: articles, draftWords: draftWords, name: "bench", deskDrafts: deskDrafts)
    defer { try? FileManager.default.removeItem(at: synthetic.root) }
    let (workspace, draftURL, draftText, corpusBytes) =
      (synthetic.root, synthetic.draft, synthetic.draftText, synthetic.corpusBytes)
    print(
      "machine: \(ProcessInfo.processInfo.activeProcessorCount) cores, \(Measurement.megabytes(Int(ProcessInfo.processInfo.physicalMemory))) RAM"
    )
    print("corpus: \(articles) articles, \(Measurement.megabytes(corpusBytes)); draft: \(draftWords) words")

    // In-process: index build, alignment per sentence, keystroke re-analysis.
    let before = Measurement.memory()
    var corpus = Corpus.empty
    let buildTime = Measurement.time {
      corpus = Corpus.build(
        roots: [workspace.appendingPathComponent("sources").path], followSymlinks: false, maximumFileBytes: 1 << 24)
    }
    let after = Measurement.memory()
    print("index build: \(Measurement.milliseconds(buildTime)) (\(corpus.sentenceCount) sentences)")
    print(
      "resident memory after indexing: \(Measurement.megabytes(after.current)) (\(String(format: "%.1f", Double(after.current) / Double(corpusBytes)))× corpus; before \(Measurement.megabytes(before.current)), peak \(Measurement.megabytes(after.peak)))"
    )

    measureHTMLExtraction()

    let analysis = DraftAnalysis(text: draftText, format: .markdown, corpus: corpus)
    var alignTimes: [Double] = []
    for tokens in analysis.tokens {
      alignTimes.append(
        Measurement.time { _ = Aligner.align(tokens: tokens, text: analysis.prose.text, in: corpus, threshold: 0.5) })
    }
    print(
      "alignment per sentence: p50 \(Measurement.milliseconds(Measurement.percentile(alignTimes, 0.5))), p95 \(Measurement.milliseconds(Measurement.percentile(alignTimes, 0.95))) (\(alignTimes.count) sentences)"
    )
    let sourced = analysis.alignments.filter { !$0.isEmpty }.count
    print("draft sentences aligned: \(sourced) of \(analysis.sentences.count)")

    var cache = analysis.cache
    var text = draftText
    var keystrokeTimes: [Double] = []
    for index in 0..<samples {
      let offset = text.utf8.count / 2 + index % 40
      var buffer = TextBuffer(text)
      buffer.replace(offset..<offset, with: "x")
      text = buffer.text
      keystrokeTimes.append(
        Measurement.time {
          let next = DraftAnalysis(text: text, format: .markdown, corpus: corpus, cache: cache)
          cache = next.cache
        })
    }
    print(
      "keystroke re-analysis (in process): p50 \(Measurement.milliseconds(Measurement.percentile(keystrokeTimes, 0.5))), p95 \(Measurement.milliseconds(Measurement.percentile(keystrokeTimes, 0.95)))"
    )

    try measureLSP(
      workspace: workspace, draftURL: draftURL, draftText: draftText, samples: samples, corpusBytes: corpusBytes)
    if deskDrafts > 0 { try measureWorkspacePull(workspace: workspace, drafts: deskDrafts + 1) }
  }

  /// A pulling client asks for the whole workspace's diagnostics with a partial-result token; the first report
  /// includes indexing the sources.
  static func measureWorkspacePull(workspace: URL, drafts: Int) throws {
    let client = try BenchClient(
      executable: URL(fileURLWithPath: CommandLine.arguments[0]).absoluteURL, workspace: workspace)
    client.request(
      "initialize",
      ["rootUri": .string(workspace.absoluteString), "capabilities": ["textDocument": ["diagnostic": [:]]]])
    client.notify("initialized", [:])
    let start = DispatchTime.now().uptimeNanoseconds
    let id = client.send("workspace/diagnostic", ["previousResultIds": [], "partialResultToken": "bench"])
    let isReport: (JSONValue) -> Bool = { $0["method"] == "$/progress" && $0["params"]?["token"] == "bench" }
    _ = client.waitFor(isReport)
    let first = Double(client.lastArrival - start) / 1_000_000
    _ = client.waitFor { $0["id"] == .int(id) && $0["method"] == nil }
    let last = Double(client.lastArrival - start) / 1_000_000
    let reports = client.received.filter(isReport).count
    print(
      "LSP: workspace/diagnostic over \(drafts) drafts: first report \(Measurement.milliseconds(first)) (includes indexing), last \(Measurement.milliseconds(last)); \(reports) reports streamed"
    )
    client.stop()
  }

  /// Reading the article out of a saved page of about 500 KB (menus, teasers and a comment thread around it), with
  /// what the page says about itself, as the corpus reads a page.
  static func measureHTMLExtraction() {
    var generator = SyntheticCorpus()
    var page = "<html><head><title>Bench</title><script>var x = 1;</script></head><body>"
    page += "<nav><ul>" + (0..<200).map { "<li><a href=\"/s/\($0)\">Section \($0)</a></li>" }.joined() + "</ul></nav>"
    page += "<article class=\"story-body\"><h1>Headline</h1>"
    while page.utf8.count < 350_000 {
      page += "<p>\(generator.sentence(words: 24)) \(generator.sentence(words: 18))</p>\n"
    }
    page += "</article><div class=\"comments\">"
    while page.utf8.count < 500_000 { page += "<div class=\"comment\"><p>\(generator.sentence(words: 20))</p></div>\n" }
    page += "</div></body></html>"
    var times: [Double] = []
    for _ in 0..<20 { times.append(Measurement.time { _ = HTMLProse.page(from: page) }) }
    print(
      "HTML article extraction, \(Measurement.megabytes(page.utf8.count)) page: p50 \(Measurement.milliseconds(Measurement.percentile(times, 0.5))), p95 \(Measurement.milliseconds(Measurement.percentile(times, 0.95)))"
    )
  }

  /// The real path: a `crosscheck lsp` child process, edits and requests over pipes.
  static func measureLSP(workspace: URL, draftURL: URL, draftText: String, samples: Int, corpusBytes: Int) throws {
    let client = try BenchClient(
      executable: URL(fileURLWithPath: CommandLine.arguments[0]).absoluteURL, workspace: workspace)
    let uri = JSONValue.string(draftURL.absoluteString)
    client.request(
      "initialize",
      [
        "rootUri": .string(workspace.absoluteString), "capabilities": [:],
        "initializationOptions": ["crosscheck": ["debounceMs": 0]],
      ])
    client.notify("initialized", [:])
    var openTime = 0.0
    openTime = Measurement.time {
      client.notify(
        "textDocument/didOpen",
        ["textDocument": ["uri": uri, "languageId": "markdown", "version": 1, "text": .string(draftText)]])
      _ = client.waitFor { $0["method"] == "textDocument/publishDiagnostics" }
    }
    print("LSP: first diagnostics after didOpen (includes indexing): \(Measurement.milliseconds(openTime))")
    let buffer = TextBuffer(draftText)
    let middle = buffer.position(of: buffer.byteCount / 2, in: .utf16)
    var editTimes: [Double] = []
    for index in 0..<samples {
      let version = index + 2
      let position: JSONValue = ["line": .int(middle.line), "character": .int(middle.column)]
      let sent = DispatchTime.now().uptimeNanoseconds
      client.notify(
        "textDocument/didChange",
        [
          "textDocument": ["uri": uri, "version": .int(version)],
          "contentChanges": [["range": ["start": position, "end": position], "text": "x"]],
        ])
      _ = client.waitFor {
        $0["method"] == "textDocument/publishDiagnostics" && $0["params"]?["version"] == .int(version)
      }
      editTimes.append(Double(client.lastArrival - sent) / 1_000_000)
    }
    print(
      "LSP: keystroke → publishDiagnostics: p50 \(Measurement.milliseconds(Measurement.percentile(editTimes, 0.5))), p95 \(Measurement.milliseconds(Measurement.percentile(editTimes, 0.95)))"
    )
    for method in ["textDocument/hover", "textDocument/definition"] {
      var times: [Double] = []
      for index in 0..<samples {
        let line = (index * 2) % max(1, buffer.lineCount - 1)
        times.append(
          Measurement.time {
            client.request(method, ["textDocument": ["uri": uri], "position": ["line": .int(line), "character": 5]])
          })
      }
      print(
        "LSP: \(method.dropFirst(13)): p50 \(Measurement.milliseconds(Measurement.percentile(times, 0.5))), p95 \(Measurement.milliseconds(Measurement.percentile(times, 0.95)))"
      )
    }
    let memory = Measurement.memory(pid: String(client.pid))
    print(
      "LSP server resident memory: \(Measurement.megabytes(memory.current)) (\(String(format: "%.1f", Double(memory.current) / Double(corpusBytes)))× corpus), peak \(Measurement.megabytes(memory.peak))"
    )
    client.stop()
  }
}
