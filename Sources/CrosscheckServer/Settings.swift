import CrosscheckCore
import JSONRPC

/// Crosscheck's settings, from `.crosscheck.json`, `initializationOptions` or `workspace/didChangeConfiguration`
/// (under a `crosscheck` key there). Every key is optional; `README.md` lists them with their defaults.
public struct Settings: Sendable, Equatable {
  /// Source folders or files; relative paths are resolved against `baseDirectory`.
  public var sources: [String] = []
  /// The directory `sources` are relative to: the config file's folder, or the workspace root.
  public var baseDirectory: String?
  /// How long to wait after a keystroke before analysing, in milliseconds.
  public var debounceMilliseconds = 25
  public var inlayHints = true
  /// Severity per diagnostic code, or `off`.
  public var severities: [String: String] = [:]
  public var maxDocumentBytes = 5 * 1024 * 1024
  public var maxSourceFileBytes = 10 * 1024 * 1024
  /// Alignment score (0…1) from which a source sentence counts as carrying a draft sentence.
  public var alignmentThreshold = 0.5
  /// Whether sources may be symbolic links to places outside the configured folders.
  public var followSymlinks = false
  /// Whether scare quotes and titles with no speaker are reported (as information) or ignored.
  public var reportScareQuotes = false

  public init() {}

  static let knownKeys: Set<String> = [
    "sources", "debounceMs", "inlayHints", "severity", "maxDocumentBytes", "maxSourceFileBytes",
    "alignmentThreshold", "followSymlinks", "scareQuotes",
  ]

  /// Applies the keys present in `json` over these settings and returns the keys it did not know.
  /// A value of the wrong type is reported as a problem and the old value kept.
  public mutating func apply(_ json: JSONValue, baseDirectory: String?) -> (unknown: [String], problems: [String]) {
    // Lua encodes an empty table as an empty array, so Neovim sends `[]` for "no settings".
    if json == .array([]) || json == .null { return ([], []) }
    guard case .object(let members) = json else {
      return ([], ["settings must be a JSON object"])
    }
    var problems: [String] = []
    func read<T>(_ key: String, _ convert: (JSONValue) -> T?, into target: inout T) {
      guard let value = members[key] else { return }
      if let converted = convert(value) { target = converted } else { problems.append("\(key) has the wrong type") }
    }
    if members["sources"] != nil { self.baseDirectory = baseDirectory }
    read(
      "sources",
      { value -> [String]? in
        if let single = value.stringValue { return [single] }
        guard case .array(let items) = value else { return nil }
        let strings = items.compactMap(\.stringValue)
        return strings.count == items.count ? strings : nil
      }, into: &sources)
    read("debounceMs", { $0.intValue.flatMap { (0...10_000).contains($0) ? $0 : nil } }, into: &debounceMilliseconds)
    read("inlayHints", \.boolValue, into: &inlayHints)
    read(
      "severity",
      { value -> [String: String]? in
        guard case .object(let items) = value else { return nil }
        return items.compactMapValues(\.stringValue)
      }, into: &severities)
    read("maxDocumentBytes", { $0.intValue.flatMap { $0 > 0 ? $0 : nil } }, into: &maxDocumentBytes)
    read("maxSourceFileBytes", { $0.intValue.flatMap { $0 > 0 ? $0 : nil } }, into: &maxSourceFileBytes)
    read(
      "alignmentThreshold",
      { value -> Double? in
        let number: Double? =
          switch value {
          case .double(let double): double
          case .int(let int): Double(int)
          default: nil
          }
        return number.flatMap { (0...1).contains($0) ? $0 : nil }
      }, into: &alignmentThreshold)
    read("followSymlinks", \.boolValue, into: &followSymlinks)
    read(
      "scareQuotes",
      { value -> Bool? in
        switch value.stringValue {
        case "information": return true
        case "ignore": return false
        default: return nil
        }
      }, into: &reportScareQuotes)
    return (members.keys.filter { !Self.knownKeys.contains($0) }.sorted(), problems)
  }

  /// The severity a finding gets after the user's overrides; nil when the user turned its code off.
  public func severity(for finding: Finding) -> Finding.Severity? {
    guard let override = severities[finding.code] else { return finding.severity }
    if override == "off" { return nil }
    return Finding.Severity(rawValue: override) ?? finding.severity
  }
}
