import Foundation
import Testing

/// `crosscheck check` over the demo workspace folder, in each output format, and its exit statuses.
@Suite struct CheckFormatsTests {
  static let fixtures = ServerProcess.packageRoot.appendingPathComponent("protocol-fixtures")

  @Test func aFolderIsCheckedDraftByDraftWithoutItsSources() throws {
    let result = try runCrosscheck(["check", "workspace"], in: Self.fixtures)
    #expect(result.code == 1)
    let files = Set(result.out.split(separator: "\n").map { String($0.prefix { $0 != ":" }) })
    #expect(files == ["workspace/draft.md", "workspace/follow-up.md"])
    // With no path, the current folder.
    let here = try runCrosscheck(["check"], in: Self.fixtures.appendingPathComponent("workspace"))
    #expect(here.out.contains("\nfollow-up.md:7:26: warning: figure-mismatch: Draft says 6 per cent"))
  }

  @Test func failOnSetsTheLeastSevereFindingThatFails() throws {
    let workspace = Self.fixtures.appendingPathComponent("workspace")
    // wire-rewrite.txt has no findings; follow-up.md has a warning and an information.
    #expect(try runCrosscheck(["check", "wire-rewrite.txt"], in: workspace).code == 0)
    #expect(try runCrosscheck(["check", "follow-up.md"], in: workspace).code == 1)
    #expect(try runCrosscheck(["check", "--fail-on", "error", "follow-up.md"], in: workspace).code == 0)
    #expect(try runCrosscheck(["check", "--fail-on", "none", "draft.md"], in: workspace).code == 0)
    let bad = try runCrosscheck(["check", "--fail-on", "loud", "draft.md"], in: workspace)
    #expect(bad.code == 2)
    #expect(bad.err.contains("the value 'loud' is invalid for '--fail-on'"))
    // An unreadable path is an I/O error, whatever the findings.
    #expect(try runCrosscheck(["check", "follow-up.md", "missing.md"], in: workspace).code == 2)
  }

  @Test func githubAnnotationsEscapeTheirData() throws {
    let result = try runCrosscheck(["check", "--format", "github", "follow-up.md"], in: Self.workspace)
    let lines = result.out.split(separator: "\n").map(String.init)
    #expect(
      lines.contains(
        "::warning file=follow-up.md,line=7,col=26,endLine=7,endColumn=36,title=figure-mismatch::Draft says 6 per cent; Coastline Post: 3%25; Daily Meridian: 3 percent; Northern Ledger: 3 per cent; valley-courier: three per cent"
      ), "\(lines)")
    #expect(lines.contains { $0.hasPrefix("::notice file=follow-up.md,line=5,col=68,") })
  }

  static var workspace: URL { fixtures.appendingPathComponent("workspace") }

  @Test func sarifHasTheSchemasRequiredProperties() throws {
    let result = try runCrosscheck(["check", "--format", "sarif", "workspace"], in: Self.fixtures)
    #expect(result.code == 1)
    let log = try JSONSerialization.jsonObject(with: Data(result.out.utf8))
    let problems = SARIFCheck.problems(log)
    #expect(problems.isEmpty, "\(problems)")
    // The content, not only the shape: every finding of the text output is a result, with the source sentences
    // a misquote points to as related locations.
    let run = try #require(((log as? [String: Any])?["runs"] as? [[String: Any]])?.first)
    let results = try #require(run["results"] as? [[String: Any]])
    let text = try runCrosscheck(["check", "workspace"], in: Self.fixtures)
    #expect(results.count == text.out.split(separator: "\n").count)
    let misquote = try #require(results.first { $0["ruleId"] as? String == "misquote" })
    let related = try #require(misquote["relatedLocations"] as? [[String: Any]])
    #expect(related.count == 4)
    let uris = related.compactMap {
      (($0["physicalLocation"] as? [String: Any])?["artifactLocation"] as? [String: Any])?["uri"] as? String
    }
    #expect(uris.contains("workspace/sources/daily-meridian.md"), "\(uris)")
  }
}

/// The required properties and value constraints of the SARIF 2.1.0 schema for what `check --format sarif`
/// writes: the log, runs, the tool and its rules, results, locations and regions.
enum SARIFCheck {
  static func problems(_ value: Any) -> [String] {
    var problems: [String] = []
    func require(_ condition: Bool, _ message: String) { if !condition { problems.append(message) } }
    guard let log = value as? [String: Any] else { return ["the log is not an object"] }
    require(log["version"] as? String == "2.1.0", "version must be \"2.1.0\"")
    guard let runs = log["runs"] as? [[String: Any]] else { return problems + ["runs must be an array of objects"] }
    for (runIndex, run) in runs.enumerated() {
      let at = "runs[\(runIndex)]"
      let driver = (run["tool"] as? [String: Any])?["driver"] as? [String: Any]
      require(driver?["name"] is String, "\(at).tool.driver.name is required")
      if let kind = run["columnKind"] {
        require(["utf16CodeUnits", "unicodeCodePoints"].contains(kind as? String), "\(at).columnKind is invalid")
      }
      let rules = driver?["rules"] as? [[String: Any]] ?? []
      for (index, rule) in rules.enumerated() {
        require(rule["id"] is String, "\(at) rule \(index): id is required")
        for key in ["shortDescription", "fullDescription", "help"] where rule[key] != nil {
          require(message(rule[key]), "\(at) rule \(index): \(key) must have text")
        }
        if let level = (rule["defaultConfiguration"] as? [String: Any])?["level"] {
          require(levels.contains(level as? String ?? ""), "\(at) rule \(index): level is invalid")
        }
      }
      guard let results = run["results"] as? [[String: Any]] else {
        problems.append("\(at).results must be an array")
        continue
      }
      for (index, result) in results.enumerated() {
        let at = "\(at).results[\(index)]"
        require(message(result["message"]), "\(at).message must have text")
        if let level = result["level"] { require(levels.contains(level as? String ?? ""), "\(at).level is invalid") }
        if let ruleIndex = result["ruleIndex"] as? Int {
          require(ruleIndex >= 0 && ruleIndex < rules.count, "\(at).ruleIndex is out of range")
          require(
            rules[safe: ruleIndex]?["id"] as? String == result["ruleId"] as? String, "\(at): ruleIndex and ruleId")
        }
        for key in ["locations", "relatedLocations"] where result[key] != nil {
          guard let locations = result[key] as? [[String: Any]] else {
            problems.append("\(at).\(key) must be an array of objects")
            continue
          }
          for (number, location) in locations.enumerated() {
            problems += locationProblems(location, at: "\(at).\(key)[\(number)]")
          }
        }
      }
    }
    return problems
  }

  static let levels: Set<String> = ["none", "note", "warning", "error"]

  static func message(_ value: Any?) -> Bool {
    guard let object = value as? [String: Any] else { return false }
    return object["text"] is String || object["id"] is String
  }

  static func locationProblems(_ location: [String: Any], at: String) -> [String] {
    var problems: [String] = []
    if let id = location["id"] { if (id as? Int).map({ $0 < -1 }) ?? true { problems.append("\(at).id is invalid") } }
    if let text = location["message"], !message(text) { problems.append("\(at).message must have text") }
    guard let physical = location["physicalLocation"] as? [String: Any] else { return problems }
    let artifact = physical["artifactLocation"] as? [String: Any]
    if let uri = artifact?["uri"] {
      if (uri as? String).map({ URL(string: $0) == nil }) ?? true { problems.append("\(at): uri is not a URI") }
    } else {
      problems.append("\(at).physicalLocation.artifactLocation.uri is missing")
    }
    guard let region = physical["region"] as? [String: Any] else { return problems }
    for key in ["startLine", "startColumn", "endLine", "endColumn"] {
      if let number = region[key], (number as? Int).map({ $0 < 1 }) ?? true {
        problems.append("\(at).region.\(key) must be an integer of at least 1")
      }
    }
    if region["startLine"] == nil && region["charOffset"] == nil && region["byteOffset"] == nil {
      problems.append("\(at).region needs a start")
    }
    return problems
  }
}

extension Array {
  fileprivate subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}

/// `crosscheck inspect prose`: what the index reads from a source file.
@Suite struct InspectProseTests {
  @Test func anHTMLSourcesMetadataAndParagraphsWithRangesInTheFile() throws {
    let result = try runCrosscheck(
      ["inspect", "prose", "--format", "json", "sources/coastline-post.html"],
      in: ServerProcess.packageRoot.appendingPathComponent("protocol-fixtures/workspace"))
    #expect(result.code == 0, "\(result.err)")
    let prose = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
    #expect(Set(prose.keys) == ["outlet", "title", "url", "date", "author", "paragraphs"])
    #expect(prose["outlet"] as? String == "Coastline Post")
    let paragraphs = try #require(prose["paragraphs"] as? [[String: Any]])
    #expect(paragraphs.first?["text"] as? String == "Calderwick barrier gets green light")
    // The range is the file's own: the headline sits after "<h1>" on line 12.
    let range = try #require(paragraphs.first?["range"] as? [String: [String: Int]])
    #expect(range["start"] == ["line": 11, "character": 4])
    // The page's menu and footer are not prose.
    #expect(!paragraphs.contains { ($0["text"] as? String)?.contains("Sign up for our newsletter") == true })
  }
}
