/// How serious a diagnostic is; the client decides how each level looks.
public enum DiagnosticSeverity: Int, Codable, Sendable {
  case error = 1
  case warning = 2
  case information = 3
  case hint = 4
}

/// A place elsewhere that explains a diagnostic, such as the source sentence a misquote differs from.
public struct DiagnosticRelatedInformation: Codable, Sendable, Hashable {
  public var location: Location
  public var message: String
  public init(location: Location, message: String) {
    self.location = location
    self.message = message
  }
}

/// One problem in a document.
public struct Diagnostic: Codable, Sendable, Hashable {
  public var range: LSPRange
  public var severity: DiagnosticSeverity?
  public var code: String?
  public var source: String?
  public var message: String
  public var relatedInformation: [DiagnosticRelatedInformation]?
  /// Kept by the client and sent back in code-action requests, so fixes can be found again without re-analysis.
  public var data: [String: String]?

  public init(
    range: LSPRange, severity: DiagnosticSeverity?, code: String?, source: String?, message: String,
    relatedInformation: [DiagnosticRelatedInformation]? = nil, data: [String: String]? = nil
  ) {
    self.range = range
    self.severity = severity
    self.code = code
    self.source = source
    self.message = message
    self.relatedInformation = relatedInformation
    self.data = data
  }
}
