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

  public var positionEncoding: PositionEncodingKind
  public var textDocumentSync: TextDocumentSyncOptions
  public var hoverProvider: Bool
  public var definitionProvider: Bool
  public var referencesProvider: Bool
  public var codeActionProvider: CodeActionOptions
  public var inlayHintProvider: Bool
  public var documentSymbolProvider: Bool

  public init(positionEncoding: PositionEncodingKind) {
    self.positionEncoding = positionEncoding
    textDocumentSync = TextDocumentSyncOptions(openClose: true, change: 2, save: .init(includeText: false))
    hoverProvider = true
    definitionProvider = true
    referencesProvider = true
    codeActionProvider = CodeActionOptions(codeActionKinds: ["quickfix"], resolveProvider: true)
    inlayHintProvider = true
    documentSymbolProvider = true
  }
}
