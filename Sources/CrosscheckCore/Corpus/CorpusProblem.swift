/// A source file that could not be used as it is, said once and clearly: the server logs it, the CLI prints it.
public struct CorpusProblem: Sendable, Hashable, CustomStringConvertible {
  public var path: String
  public var message: String
  /// Whether the file was still read (invalid UTF-8 decoded with replacement characters) or skipped.
  public var skipped: Bool

  public init(path: String, message: String, skipped: Bool) {
    self.path = path
    self.message = message
    self.skipped = skipped
  }

  public var description: String { "\(path): \(message)\(skipped ? "; skipped" : "")" }
}
