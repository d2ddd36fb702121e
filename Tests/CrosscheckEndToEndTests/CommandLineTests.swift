import Foundation
import Synchronization
import Testing

/// Runs a program to the end and returns its exit code, stdout and stderr.
func runProgram(
  _ executable: URL, _ arguments: [String], in directory: URL? = nil, environment: [String: String]? = nil
) throws -> (code: Int32, out: String, err: String) {
  let process = Process()
  process.executableURL = executable
  process.arguments = arguments
  if let directory { process.currentDirectoryURL = directory }
  if let environment { process.environment = environment }
  let out = Pipe()
  let err = Pipe()
  process.standardOutput = out
  process.standardError = err
  try process.run()
  // stderr is read on another thread so that neither pipe can fill up and stall the program.
  let errors = Mutex(Data())
  let reader = Thread { errors.withLock { $0 = err.fileHandleForReading.readDataToEndOfFile() } }
  reader.start()
  let outData = out.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  while reader.isExecuting || !reader.isFinished { Thread.sleep(forTimeInterval: 0.01) }
  return (
    process.terminationStatus, String(decoding: outData, as: UTF8.self),
    String(decoding: errors.withLock { $0 }, as: UTF8.self)
  )
}

/// Runs the built `crosscheck` with arguments.
func runCrosscheck(_ arguments: [String], in directory: URL? = nil) throws -> (code: Int32, out: String, err: String) {
  try runProgram(ServerProcess.executable, arguments, in: directory)
}

@Suite struct CommandLineTests {
  static let workspace = ServerProcess.packageRoot.appendingPathComponent("protocol-fixtures/workspace")

  @Test func checkOnDemoDraftPrintsGccStyleFindingsAndExitsOne() throws {
    let result = try runCrosscheck(["check", "draft.md"], in: Self.workspace)
    #expect(result.code == 1)
    #expect(
      result.out.contains("draft.md:15:1: warning: unclosed-quote: Quotation mark “ is never closed in this paragraph"))
  }

  @Test func checkJSONHasLSPShapedRanges() throws {
    let result = try runCrosscheck(["check", "--format", "json", "draft.md"], in: Self.workspace)
    #expect(result.code == 1)
    let findings = try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [[String: Any]]
    let unclosed = try #require(findings?.first { $0["code"] as? String == "unclosed-quote" })
    let range = try #require(unclosed["range"] as? [String: [String: Int]])
    #expect(range["start"] == ["line": 14, "character": 0])
    #expect(range["end"] == ["line": 14, "character": 1])
    // What a finding was compared with comes with it: where the draft said the figure before, and each outlet's
    // sentence, named from the current folder as the draft is.
    let restated = try #require(findings?.first { $0["code"] as? String == "inconsistent-figure" })
    let earlier = try #require((restated["related"] as? [[String: Any]])?.first)
    #expect(earlier["file"] as? String == "draft.md")
    #expect((earlier["range"] as? [String: [String: Int]])?["start"] == ["line": 6, "character": 60])
    #expect(earlier["message"] as? String == "the draft says about 40,000 homes here")
    let misquote = try #require(findings?.first { $0["code"] as? String == "misquote" })
    let outlets = try #require(misquote["related"] as? [[String: Any]])
    #expect(outlets.compactMap { $0["file"] as? String }.contains("sources/daily-meridian.md"))
    #expect(findings?.first { $0["code"] as? String == "unclosed-quote" }?["related"] == nil)
  }

  @Test func cleanFileExitsZero() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("crosscheck-cli-\(UUID())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    try "A clean sentence. Another one.\n".write(
      to: directory.appendingPathComponent("clean.md"), atomically: false, encoding: .utf8)
    let result = try runCrosscheck(["check", "clean.md"], in: directory)
    #expect(result.code == 0)
    #expect(result.out.isEmpty)
  }

  /// Two outlets quote the harbour master one word apart from the draft, each its own way: the misquote names the
  /// outlet first by name, in every process. The choice once followed a dictionary's order, which changes with
  /// each process's hash seed, so a linter in CI printed either outlet.
  @Test func aTieBetweenTwoWordingsIsSettledTheSameWayInEveryRun() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("crosscheck-tie-\(UUID())")
    let sources = directory.appendingPathComponent("sources")
    try FileManager.default.createDirectory(at: sources, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    for (file, outlet, season) in [("birch.md", "Birch Times", "autumn"), ("alder.md", "Alder Gazette", "spring")] {
      try
        "---\noutlet: \(outlet)\n---\n“We will dredge the channel before the \(season) storms,” Ines Vela said on Monday.\n"
        .write(to: sources.appendingPathComponent(file), atomically: false, encoding: .utf8)
    }
    try "“We will dredge the channel before the winter storms,” Ines Vela said on Monday.\n".write(
      to: directory.appendingPathComponent("draft.md"), atomically: false, encoding: .utf8)
    let outputs = try (0..<6).map { _ in try runCrosscheck(["check", "draft.md"], in: directory).out }
    #expect(Set(outputs).count == 1, "\(Set(outputs))")
    #expect(
      outputs[0].contains("the sources have “spring” where the draft has “winter” (Alder Gazette)"), "\(outputs[0])")
  }

  @Test func usageErrorsExitTwoWithAMessageOnStderr() throws {
    let unknown = try runCrosscheck(["check", "--colour", "x.md"])
    #expect(unknown.code == 2)
    #expect(unknown.err.contains("Error: unknown option '--colour'"))
    #expect(unknown.out.isEmpty)
    let badFormat = try runCrosscheck(["check", "--format", "xml", "x.md"])
    #expect(badFormat.code == 2)
    #expect(badFormat.err.contains("the value 'xml' is invalid for '--format'"))
    let noSubcommand = try runCrosscheck(["frobnicate"])
    #expect(noSubcommand.code == 2)
  }

  @Test func missingFileIsAnIOErrorExitTwo() throws {
    let result = try runCrosscheck(["check", "/nonexistent/draft.md"])
    #expect(result.code == 2)
    #expect(result.err.contains("/nonexistent/draft.md: no such file"))
  }

  @Test func helpAndVersion() throws {
    let version = try runCrosscheck(["--version"])
    #expect(version.code == 0)
    #expect(version.out.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
    for subcommand in ["lsp", "check", "inspect"] {
      let help = try runCrosscheck(["help", subcommand])
      #expect(help.code == 0)
      #expect(help.out.contains("USAGE: crosscheck \(subcommand)"))
      let flag = try runCrosscheck([subcommand, "--help"])
      #expect(flag.out == help.out)
    }
  }

  @Test func inspectSentencesJSON() throws {
    let result = try runCrosscheck(["inspect", "sentences", "--format", "json", "draft.md"], in: Self.workspace)
    #expect(result.code == 0)
    let sentences = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [[String: Any]])
    #expect(sentences.first?["text"] as? String == "Calderwick backs tidal barrier")
    let texts = sentences.compactMap { $0["text"] as? String }
    #expect(texts.contains("The barrier is due to be completed by 2035 and will protect about 40,000 homes."))
    #expect(texts.contains("🌊 Council tax will rise by 4 per cent next year."))
  }

  /// Each link says which rule made it and how much each side carries of the other: a headline, judged the
  /// other way round, is carried whole by the draft sentence that says more.
  @Test func inspectAlignmentJSONGivesEachLinksRuleAndShares() throws {
    let result = try runCrosscheck(["inspect", "alignment", "--format", "json", "draft.md"], in: Self.workspace)
    #expect(result.code == 0)
    let sentences = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [[String: Any]])
    let vote = try #require(
      sentences.first {
        ($0["draft"] as? [String: Any])?["text"] as? String
          == "Calderwick councillors approved a €1.2 billion tidal barrier on Tuesday by 27 votes to 9."
      })
    let matches = try #require(vote["matches"] as? [[String: Any]])
    let headline = try #require(matches.first { $0["text"] as? String == "Calderwick votes for tidal barrier" })
    #expect(headline["rule"] as? String == "headline")
    #expect(headline["carriedBack"] as? Double == 1)
    #expect((headline["carried"] as? Double ?? 1) < 0.5)
  }

  @Test func inspectQuotesJSONNamesSpeakersAndNullForNone() throws {
    let result = try runCrosscheck(["inspect", "quotes", "--format", "json", "draft.md"], in: Self.workspace)
    #expect(result.code == 0)
    let quotes = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [[String: Any]])
    #expect(quotes.count == 4)
    #expect(quotes[0]["speaker"] as? String == "Elena Marsh")
    #expect(quotes[0]["cue"] as? String == "said")
    #expect(quotes[0]["kind"] as? String == "full")
    #expect(quotes[1]["speaker"] is NSNull)
    #expect(Set(quotes[0].keys) == ["range", "text", "kind", "speaker", "speakerRange", "cue", "carriedOver"])
  }

  @Test func inspectFiguresJSON() throws {
    let result = try runCrosscheck(["inspect", "figures", "--format", "json", "draft.md"], in: Self.workspace)
    #expect(result.code == 0)
    let figures = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [[String: Any]])
    let money = try #require(figures.first { $0["kind"] as? String == "money" })
    #expect(money["value"] as? Double == 1.2e9)
    #expect(money["unit"] as? String == "EUR")
    let percent = try #require(figures.first { $0["kind"] as? String == "percent" })
    #expect(percent["text"] as? String == "4 per cent")
    #expect(percent["low"] as? Double == 3.5)
    // "will rise by 4 per cent": the size of a change, not a level.
    #expect(percent["change"] as? Bool == true)
    #expect(money["change"] as? Bool == false)
    #expect(money["age"] as? Bool == false)
    #expect(
      Set(money.keys) == [
        "range", "text", "kind", "value", "unit", "qualifier", "low", "high", "counts", "owner", "phase",
        "change", "margin", "errorMargin", "sizeOf", "totalOverParts", "age", "needed", "perItem", "beyondOthers",
        "indefiniteOne", "context", "names",
      ])
    #expect(money["margin"] as? Bool == false)
    #expect(money["errorMargin"] as? Bool == false)
    #expect(money["sizeOf"] is NSNull)
    #expect(money["perItem"] as? Bool == false)
    #expect(money["totalOverParts"] as? Bool == false)
    #expect(money["phase"] is NSNull)
    #expect(money["beyondOthers"] as? Bool == false)
    #expect(money["indefiniteOne"] as? Bool == false)
    // What the figure measures: "about 40,000 homes" counts homes, near "protect".
    let homes = try #require(figures.first { $0["text"] as? String == "about 40,000" })
    #expect(homes["counts"] as? String == "hom")
    #expect((homes["context"] as? [String])?.contains("protect") == true)
  }
}
