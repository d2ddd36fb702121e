/// The client expects an outline of the document: here paragraphs containing sentences.
public struct DocumentSymbolRequest: LSPRequest {
  public static let method = "textDocument/documentSymbol"
  public typealias Response = [DocumentSymbol]?
  public var textDocument: TextDocumentIdentifier
  public init(textDocument: TextDocumentIdentifier) { self.textDocument = textDocument }
}

public struct DocumentSymbol: Codable, Sendable, Hashable {
  public var name: String
  public var detail: String?
  /// 15 (String) for sentences, 2 (Module) for paragraphs: the nearest kinds the specification has.
  public var kind: Int
  public var range: LSPRange
  public var selectionRange: LSPRange
  public var children: [DocumentSymbol]?
  public init(
    name: String, detail: String?, kind: Int, range: LSPRange, selectionRange: LSPRange, children: [DocumentSymbol]?
  ) {
    self.name = name
    self.detail = detail
    self.kind = kind
    self.range = range
    self.selectionRange = selectionRange
    self.children = children
  }
}
