/// The client expects where the thing under the cursor comes from: for a draft sentence, the source sentences.
public struct DefinitionRequest: LSPRequest {
  public static let method = "textDocument/definition"
  public typealias Response = LocationsOrLinks?
  public var textDocument: TextDocumentIdentifier
  public var position: Position
  public init(textDocument: TextDocumentIdentifier, position: Position) {
    self.textDocument = textDocument
    self.position = position
  }
}
