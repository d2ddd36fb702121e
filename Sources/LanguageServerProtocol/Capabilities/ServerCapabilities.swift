/// What this server offers, sent in the `initialize` reply.
public struct ServerCapabilities: Codable, Sendable, Hashable {
  public struct TextDocumentSyncOptions: Codable, Sendable, Hashable {
    public struct SaveOptions: Codable, Sendable, Hashable {
      public var includeText: Bool
    }
    public var openClose: Bool
    /// 1 full, 2 incremental.
    public var change: Int
    public var save: SaveOptions
  }

  public struct CodeActionOptions: Codable, Sendable, Hashable {
    public var codeActionKinds: [String]
    public var resolveProvider: Bool
  }

  /// Pull diagnostics, offered only to clients that pull.
  public struct DiagnosticOptions: Codable, Sendable, Hashable {
    public var identifier: String
    /// A draft's diagnostics depend on its source files, not only on its own text.
    public var interFileDependencies: Bool
    public var workspaceDiagnostics: Bool
    public init(identifier: String, interFileDependencies: Bool, workspaceDiagnostics: Bool) {
      self.identifier = identifier
      self.interFileDependencies = interFileDependencies
      self.workspaceDiagnostics = workspaceDiagnostics
    }
  }

  public var positionEncoding: PositionEncodingKind
  public var textDocumentSync: TextDocumentSyncOptions
  public var hoverProvider: Bool
  public var definitionProvider: Bool
  public var referencesProvider: Bool
  public var codeActionProvider: CodeActionOptions
  public var inlayHintProvider: Bool
  public var documentSymbolProvider: Bool
  public var diagnosticProvider: DiagnosticOptions?

  public init(positionEncoding: PositionEncodingKind, diagnosticProvider: DiagnosticOptions? = nil) {
    self.diagnosticProvider = diagnosticProvider
    self.positionEncoding = positionEncoding
    textDocumentSync = TextDocumentSyncOptions(openClose: true, change: 2, save: .init(includeText: false))
    hoverProvider = true
    definitionProvider = true
    referencesProvider = true
    codeActionProvider = CodeActionOptions(codeActionKinds: ["quickfix", "source"], resolveProvider: true)
    inlayHintProvider = true
    documentSymbolProvider = true
  }
}
