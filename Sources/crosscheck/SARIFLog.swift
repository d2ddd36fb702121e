import CrosscheckCore
import Foundation

/// `crosscheck check --format sarif`: a SARIF 2.1.0 log with one run, the rules Crosscheck knows, and a result per
/// finding with its place in the draft and, as related locations, the source sentences behind it. Columns are
/// UTF-16 code units, as the run declares.
struct SARIFLog: Encodable {
  var version = "2.1.0"
  var schema = "https://json.schemastore.org/sarif-2.1.0.json"
  var runs: [Run]

  enum CodingKeys: String, CodingKey {
    case version, runs
    case schema = "$schema"
  }

  struct Run: Encodable {
    var tool: Tool
    var results: [Result]
    var columnKind = "utf16CodeUnits"
  }

  struct Tool: Encodable {
    var driver: Driver
  }

  struct Driver: Encodable {
    var name = "crosscheck"
    var rules: [Rule]
  }

  struct Rule: Encodable {
    var id: String
    var shortDescription: Message
    var help: Message
    var defaultConfiguration: Configuration
  }

  struct Configuration: Encodable {
    var level: String
  }

  struct Message: Encodable {
    var text: String
  }

  struct Result: Encodable {
    var ruleId: String
    var ruleIndex: Int?
    var level: String
    var message: Message
    var locations: [Location]
    var relatedLocations: [Location]?
  }

  struct Location: Encodable {
    var id: Int?
    var physicalLocation: PhysicalLocation
    var message: Message?
  }

  struct PhysicalLocation: Encodable {
    var artifactLocation: ArtifactLocation
    var region: Region
  }

  struct ArtifactLocation: Encodable {
    var uri: String
  }

  /// One-based lines and columns.
  struct Region: Encodable {
    var startLine: Int
    var startColumn: Int
    var endLine: Int
    var endColumn: Int

    /// The LSP-shaped range of `inspect` and `check --format json`, counted from one.
    init(_ range: Range<Int>, in buffer: TextBuffer) {
      let zeroBased = JSONRange(range, in: buffer)
      (startLine, startColumn) = (zeroBased.start.line + 1, zeroBased.start.character + 1)
      (endLine, endColumn) = (zeroBased.end.line + 1, zeroBased.end.character + 1)
    }
  }

  init(_ drafts: [CheckedDraft]) {
    let rules = FindingRules.all
    var results: [Result] = []
    for draft in drafts {
      for (finding, severity) in draft.findings {
        let related = finding.related.enumerated().compactMap { index, place -> Location? in
          guard let (path, buffer) = draft.file(of: place) else { return nil }
          return Location(
            id: index + 1,
            physicalLocation: PhysicalLocation(
              artifactLocation: ArtifactLocation(uri: Self.uri(path)), region: Region(place.range, in: buffer)),
            message: Message(text: place.message))
        }
        results.append(
          Result(
            ruleId: finding.code, ruleIndex: rules.firstIndex { $0.code == finding.code },
            level: Self.level(severity), message: Message(text: finding.message),
            locations: [
              Location(
                physicalLocation: PhysicalLocation(
                  artifactLocation: ArtifactLocation(uri: Self.uri(draft.file.path)),
                  region: Region(finding.range, in: draft.file.buffer)))
            ],
            relatedLocations: related.isEmpty ? nil : related))
      }
    }
    let driverRules = rules.map {
      Rule(
        id: $0.code, shortDescription: Message(text: $0.help), help: Message(text: $0.help),
        defaultConfiguration: Configuration(level: Self.level($0.severity)))
    }
    runs = [Run(tool: Tool(driver: Driver(rules: driverRules)), results: results)]
  }

  static func level(_ severity: Finding.Severity) -> String {
    switch severity {
    case .error: "error"
    case .warning: "warning"
    case .information, .hint: "note"
    }
  }

  /// Paths under the current folder are relative (CI tools resolve them against the checkout); others are file
  /// URIs.
  static func uri(_ path: String) -> String {
    let relative = CheckedDraft.pathFromCurrentFolder(path)
    if relative.hasPrefix("/") { return URL(fileURLWithPath: relative).absoluteString }
    return relative.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? relative
  }
}
