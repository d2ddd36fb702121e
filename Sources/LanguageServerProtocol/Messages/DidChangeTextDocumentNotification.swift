/// Edits to an open document, applied in order; a change without a range replaces the whole text.
public struct DidChangeTextDocumentNotification: LSPNotification {
  public static let method = "textDocument/didChange"

  public struct ContentChange: Codable, Sendable, Hashable {
    public var range: LSPRange?
    public var text: String
    public init(range: LSPRange?, text: String) {
      self.range = range
      self.text = text
    }
  }

  public var textDocument: VersionedTextDocumentIdentifier
  public var contentChanges: [ContentChange]
  public init(textDocument: VersionedTextDocumentIdentifier, contentChanges: [ContentChange]) {
    self.textDocument = textDocument
    self.contentChanges = contentChanges
  }
}
