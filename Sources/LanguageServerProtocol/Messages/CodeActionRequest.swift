import JSONRPC

/// The client expects fixes for the diagnostics it passes in `context`, within `range`.
public struct CodeActionRequest: LSPRequest {
  public static let method = "textDocument/codeAction"
  public typealias Response = [CodeAction]?
  public struct Context: Codable, Sendable, Hashable {
    public var diagnostics: [Diagnostic]
    public var only: [String]?
    public init(diagnostics: [Diagnostic], only: [String]? = nil) {
      self.diagnostics = diagnostics
      self.only = only
    }
  }
  public var textDocument: TextDocumentIdentifier
  public var range: LSPRange
  public var context: Context
  public init(textDocument: TextDocumentIdentifier, range: LSPRange, context: Context) {
    self.textDocument = textDocument
    self.range = range
    self.context = context
  }
}

/// A fix. With lazy resolution the `edit` is left out and `data` says how to compute it.
public struct CodeAction: LSPRequest {
  /// `codeAction/resolve`: the client sends an action back and expects it with its `edit` filled in.
  public static let method = "codeAction/resolve"
  public typealias Response = CodeAction
  public var title: String
  public var kind: String?
  public var diagnostics: [Diagnostic]?
  public var isPreferred: Bool?
  public var edit: WorkspaceEdit?
  public var data: JSONValue?
  public init(
    title: String, kind: String?, diagnostics: [Diagnostic]?, isPreferred: Bool?, edit: WorkspaceEdit?,
    data: JSONValue?
  ) {
    self.title = title
    self.kind = kind
    self.diagnostics = diagnostics
    self.isPreferred = isPreferred
    self.edit = edit
    self.data = data
  }
}
