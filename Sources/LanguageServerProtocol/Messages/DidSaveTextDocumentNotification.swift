/// The document was written to disk; when it is a source article, the corpus re-reads it.
public struct DidSaveTextDocumentNotification: LSPNotification {
  public static let method = "textDocument/didSave"
  public var textDocument: TextDocumentIdentifier
  public init(textDocument: TextDocumentIdentifier) { self.textDocument = textDocument }
}
