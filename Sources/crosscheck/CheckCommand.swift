import CrosscheckCore
import CrosscheckServer
import Foundation

/// `crosscheck check`: findings for drafts and folders of drafts, as gcc-style lines, JSON, SARIF or GitHub
/// workflow annotations.
enum CheckCommand {
  static let help = """
    OVERVIEW: Check drafts against their sources and print the findings.

    USAGE: crosscheck check [--sources <dir> ...] [--format <format>] [--fail-on <severity>] [<path> ...]

    ARGUMENTS:
      <path>                  Drafts (.md, .markdown, .txt) or folders: a folder is checked draft by draft, leaving
                              out source folders and hidden and build folders. Default: the current folder.

    OPTIONS:
      --sources <dir>         A folder or file of source articles (repeatable). Default: the "sources" key of the
                              nearest .crosscheck.json, else a "sources" folder beside the draft.
      --format <format>       text (FILE:LINE:COL: severity: code: message; 1-based, columns in UTF-8 bytes),
                              json (LSP-shaped ranges, UTF-16), sarif (SARIF 2.1.0, for code-scanning tools) or
                              github (GitHub Actions annotations). (default: text)
      --fail-on <severity>    error, warning, information, hint or none: the least severe finding that makes the
                              exit status 1. (default: warning)
      -h, --help              Show help information.

    EXIT STATUS: 0 no finding at or above --fail-on, 1 at least one, 2 usage or I/O error.
    """

  static let severities = ["error", "warning", "information", "hint", "none"]

  static func run(_ arguments: [String]) -> Int32 {
    let parsed: ParsedArguments
    let format: String
    switch ParsedArguments.parse(
      arguments, options: ["--sources", "--fail-on"], formats: ["text", "json", "sarif", "github"], help: help)
    {
    case .exit(let code): return code
    case .run(let arguments, let chosen): (parsed, format) = (arguments, chosen)
    }
    let failOnName = parsed.value("--fail-on") ?? "warning"
    guard severities.contains(failOnName) else {
      return CommandLineTool.usageError(
        "the value '\(failOnName)' is invalid for '--fail-on' (choose from \(severities.joined(separator: ", ")))",
        help: help)
    }
    let failOn = Finding.Severity(rawValue: failOnName)
    let sourceOptions = parsed.values["--sources"] ?? []

    var failed = false
    var drafts: [CheckedDraft] = []
    // Drafts that share sources share one corpus.
    var corpora: [[String]: Corpus] = [:]
    for path in draftPaths(parsed.positionals.isEmpty ? ["."] : parsed.positionals, sourceOptions: sourceOptions) {
      let file: InputFile
      do { file = try InputFile(path: path) } catch {
        CommandLineTool.printError("error: \(error.message)")
        failed = true
        continue
      }
      let settings = CommandLineSettings.settings(forDraft: path)
      let roots = CommandLineCorpus.roots(sourceOptions: sourceOptions, draft: path, settings: settings)
      let corpus = corpora[roots] ?? CommandLineCorpus.load(roots: roots, settings: settings)
      corpora[roots] = corpus
      let analysis = DraftAnalysis(
        text: file.buffer.text, format: file.format, corpus: corpus, threshold: settings.alignmentThreshold,
        reportScareQuotes: settings.reportScareQuotes)
      let findings = analysis.findings.compactMap { finding in
        settings.severity(for: finding).map { (finding, $0) }
      }
      drafts.append(CheckedDraft(file: file, findings: findings, corpus: corpus))
    }
    switch format {
    case "json":
      printJSON(drafts.flatMap { draft in draft.findings.map { JSONFinding($0, severity: $1, in: draft) } })
    case "sarif": printJSON(SARIFLog(drafts))
    case "github": for line in GitHubAnnotations.lines(drafts) { print(line) }
    default:
      for draft in drafts {
        for (finding, severity) in draft.findings {
          let position = draft.file.buffer.position(of: finding.range.lowerBound, in: .utf8)
          print(
            "\(draft.file.path):\(position.line + 1):\(position.column + 1): \(severity.rawValue): \(finding.code): \(finding.message)"
          )
        }
      }
    }
    let found = failOn.map { threshold in
      drafts.contains { $0.findings.contains { $0.severity.isAtLeast(threshold) } }
    }
    return failed ? 2 : (found == true ? 1 : 0)
  }

  /// Files as given; folders expanded to the drafts under them, named relative to the folder as given.
  static func draftPaths(_ targets: [String], sourceOptions: [String]) -> [String] {
    let current = FileManager.default.currentDirectoryPath
    let sourceFolders = Set(
      sourceOptions.map { URL(fileURLWithPath: $0, relativeTo: URL(fileURLWithPath: current)).standardizedFileURL.path }
    )
    return targets.flatMap { target -> [String] in
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory), isDirectory.boolValue else {
        return [target]
      }
      let base = URL(fileURLWithPath: target, relativeTo: URL(fileURLWithPath: current)).standardizedFileURL.path
      let settings = CommandLineSettings.settings(forDraft: base + "/draft")
      let configured = Set(CommandLineCorpus.roots(sourceOptions: [], draft: base + "/draft", settings: settings))
      let drafts = DraftDiscovery.drafts(under: base) { folder in
        sourceFolders.contains(folder) || configured.contains(folder)
      }
      return drafts.map { path in
        let relative = String(path.dropFirst(base.count)).drop { $0 == "/" }
        return target == "." ? String(relative) : (target as NSString).appendingPathComponent(String(relative))
      }
    }
  }

  struct JSONFinding: Encodable {
    var file: String
    var range: JSONRange
    var severity: String
    var code: String
    var message: String
    /// The places behind the finding: the source sentences a figure or quote was compared with, or where the
    /// draft said it before. Left out when there are none.
    var related: [JSONPlace]?

    struct JSONPlace: Encodable {
      var file: String
      var range: JSONRange
      var message: String
    }

    init(_ finding: Finding, severity: Finding.Severity, in draft: CheckedDraft) {
      file = draft.file.path
      range = JSONRange(finding.range, in: draft.file.buffer)
      self.severity = severity.rawValue
      code = finding.code
      message = finding.message
      let places = finding.related.compactMap { place in
        draft.file(of: place).map {
          JSONPlace(file: $0.path, range: JSONRange(place.range, in: $0.buffer), message: place.message)
        }
      }
      related = places.isEmpty ? nil : places
    }
  }
}

/// Settings for the command line: the nearest `.crosscheck.json`, with problems reported on stderr once.
enum CommandLineSettings {
  static func settings(forDraft path: String) -> Settings {
    var settings = Settings()
    let directory = (URL(fileURLWithPath: path).deletingLastPathComponent().path)
    guard let file = ConfigurationFile.find(from: directory) else { return settings }
    switch ConfigurationFile.load(file) {
    case .success(let json):
      let (unknown, problems) = settings.apply(json, baseDirectory: (file as NSString).deletingLastPathComponent)
      if !unknown.isEmpty {
        CommandLineTool.printError("warning: \(file): unknown keys: \(unknown.joined(separator: ", "))")
      }
      for problem in problems { CommandLineTool.printError("warning: \(file): \(problem)") }
    case .failure(let error):
      CommandLineTool.printError("warning: \(error)")
    }
    return settings
  }
}
