import CrosscheckCore
import CrosscheckServer
import Foundation

/// `crosscheck check`: findings for each draft, as gcc-style lines or JSON.
enum CheckCommand {
  static let help = """
    OVERVIEW: Check drafts against their sources and print the findings.

    USAGE: crosscheck check [--sources <dir> ...] [--format <format>] <file> ...

    ARGUMENTS:
      <file>                  Drafts to check (.md, .txt).

    OPTIONS:
      --sources <dir>         A folder or file of source articles (repeatable). Default: the "sources" key of the
                              nearest .crosscheck.json, else a "sources" folder beside the draft.
      --format <format>       text (FILE:LINE:COL: severity: code: message; 1-based, columns in UTF-8 bytes)
                              or json (LSP-shaped ranges, UTF-16). (default: text)
      -h, --help              Show help information.

    EXIT STATUS: 0 no warnings or errors, 1 at least one warning or error, 2 usage or I/O error.
    """

  static func run(_ arguments: [String]) -> Int32 {
    let parsed: ParsedArguments
    let format: String
    switch ParsedArguments.parse(arguments, options: ["--sources"], help: help) {
    case .exit(let code): return code
    case .run(let arguments, let chosen): (parsed, format) = (arguments, chosen)
    }
    guard !parsed.positionals.isEmpty else {
      return CommandLineTool.usageError("missing expected argument '<file>'", help: help)
    }

    var failed = false
    var found = false
    var report: [JSONFinding] = []
    for path in parsed.positionals {
      let file: InputFile
      do { file = try InputFile(path: path) } catch {
        CommandLineTool.printError("error: \(error.message)")
        failed = true
        continue
      }
      let settings = CommandLineSettings.settings(forDraft: path)
      let corpus = CommandLineCorpus.load(
        sourceOptions: parsed.values["--sources"] ?? [], draft: path, settings: settings)
      let analysis = DraftAnalysis(
        text: file.buffer.text, format: file.format, corpus: corpus, threshold: settings.alignmentThreshold,
        reportScareQuotes: settings.reportScareQuotes)
      for finding in analysis.findings {
        guard let severity = settings.severity(for: finding) else { continue }
        if severity == .warning || severity == .error { found = true }
        if format == "json" {
          report.append(JSONFinding(finding, severity: severity, file: file))
        } else {
          let position = file.buffer.position(of: finding.range.lowerBound, in: .utf8)
          print(
            "\(path):\(position.line + 1):\(position.column + 1): \(severity.rawValue): \(finding.code): \(finding.message)"
          )
        }
      }
    }
    if format == "json" { printJSON(report) }
    return failed ? 2 : (found ? 1 : 0)
  }

  struct JSONFinding: Encodable {
    var file: String
    var range: JSONRange
    var severity: String
    var code: String
    var message: String

    init(_ finding: Finding, severity: Finding.Severity, file: InputFile) {
      self.file = file.path
      range = JSONRange(finding.range, in: file.buffer)
      self.severity = severity.rawValue
      code = finding.code
      message = finding.message
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
