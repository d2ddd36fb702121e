/// All current diagnostics of one document, for the version they were computed from.
public struct PublishDiagnosticsNotification: LSPNotification {
  public static let method = "textDocument/publishDiagnostics"
  public var uri: DocumentURI
  public var version: Int?
  public var diagnostics: [Diagnostic]
  public init(uri: DocumentURI, version: Int?, diagnostics: [Diagnostic]) {
    self.uri = uri
    self.version = version
    self.diagnostics = diagnostics
  }
}
