/// The client now owns this document's text; the server analyses it and publishes diagnostics.
public struct DidOpenTextDocumentNotification: LSPNotification {
  public static let method = "textDocument/didOpen"
  public var textDocument: TextDocumentItem
  public init(textDocument: TextDocumentItem) { self.textDocument = textDocument }
}
