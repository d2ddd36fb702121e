import CrosscheckCore
import CrosscheckServer
import Foundation
import JSONRPC
import Testing

@Suite struct SettingsTests {
  @Test func knownKeysApplyAndUnknownOnesAreReturned() {
    var settings = Settings()
    let (unknown, problems) = settings.apply(
      [
        "sources": ["wires", "agency"], "debounceMs": 5, "inlayHints": false, "colour": "blue",
        "severity": ["misquote": "error"],
      ],
      baseDirectory: "/work/story")
    #expect(unknown == ["colour"])
    #expect(problems.isEmpty)
    #expect(settings.sources == ["wires", "agency"])
    #expect(settings.baseDirectory == "/work/story")
    #expect(settings.debounceMilliseconds == 5)
    #expect(!settings.inlayHints)
  }

  @Test func wrongTypesKeepTheOldValue() {
    var settings = Settings()
    let (_, problems) = settings.apply(
      ["debounceMs": "fast", "alignmentThreshold": 3, "sources": [1]], baseDirectory: nil)
    #expect(problems.count == 3)
    #expect(settings.debounceMilliseconds == Settings().debounceMilliseconds)
    #expect(settings.alignmentThreshold == Settings().alignmentThreshold)
    #expect(settings.sources.isEmpty)
  }

  /// Neovim's Lua sends an empty table as `[]`.
  @Test func anEmptyArrayIsEmptySettings() {
    var settings = Settings()
    let (unknown, problems) = settings.apply([], baseDirectory: nil)
    #expect(unknown.isEmpty && problems.isEmpty)
    #expect(settings == Settings())
  }

  @Test func severityOverridesAndOff() {
    var settings = Settings()
    _ = settings.apply(["severity": ["unclosed-quote": "off", "misquote": "error"]], baseDirectory: nil)
    let unclosed = Finding(code: "unclosed-quote", severity: .warning, message: "", range: 0..<1)
    let misquote = Finding(code: "misquote", severity: .warning, message: "", range: 0..<1)
    let other = Finding(code: "other", severity: .information, message: "", range: 0..<1)
    #expect(settings.severity(for: unclosed) == nil)
    #expect(settings.severity(for: misquote) == .error)
    #expect(settings.severity(for: other) == .information)
  }

  @Test func configurationFileErrorsNameTheLine() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("crosscheck-config-\(UUID())")
    let nested = directory.appendingPathComponent("drafts/today")
    try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent(".crosscheck.json")
    try "{\n  \"sources\": [\"wires\"],\n  \"debounceMs\": 10,,\n}\n".write(
      to: file, atomically: false, encoding: .utf8)
    #expect(ConfigurationFile.find(from: nested.path) == file.path)
    guard case .failure(let error) = ConfigurationFile.load(file.path) else {
      Issue.record("malformed JSON must fail")
      return
    }
    #expect(error.description == "\(file.path):3: malformed JSON in Crosscheck configuration")
  }
}
