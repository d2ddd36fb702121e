/// One problem found in a draft, in byte offsets. The server turns these into diagnostics; the CLI prints them.
public struct Finding: Sendable, Hashable {
  public enum Severity: String, Sendable, Hashable, Codable, CaseIterable {
    case error, warning, information, hint
  }

  /// A place in another file (or the draft itself, when `path` is nil) that explains the finding.
  public struct Related: Sendable, Hashable {
    public var path: String?
    public var range: Range<Int>
    public var message: String
    public init(path: String?, range: Range<Int>, message: String) {
      self.path = path
      self.range = range
      self.message = message
    }
  }

  /// A quick fix: replacements in the draft, applied together.
  public struct Fix: Sendable, Hashable {
    public var title: String
    public var edits: [Edit]
    public var isPreferred: Bool
    public init(title: String, edits: [Edit], isPreferred: Bool) {
      self.title = title
      self.edits = edits
      self.isPreferred = isPreferred
    }
  }

  public struct Edit: Sendable, Hashable {
    public var range: Range<Int>
    public var replacement: String
    public init(range: Range<Int>, replacement: String) {
      self.range = range
      self.replacement = replacement
    }
  }

  public var code: String
  public var severity: Severity
  public var message: String
  public var range: Range<Int>
  public var related: [Related]
  public var fixes: [Fix]

  public init(
    code: String, severity: Severity, message: String, range: Range<Int>, related: [Related] = [], fixes: [Fix] = []
  ) {
    self.code = code
    self.severity = severity
    self.message = message
    self.range = range
    self.related = related
    self.fixes = fixes
  }
}
