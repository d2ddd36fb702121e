/// The client expects short labels to draw inside the text of `range`, such as how many outlets carry a sentence.
public struct InlayHintRequest: LSPRequest {
  public static let method = "textDocument/inlayHint"
  public typealias Response = [InlayHint]?
  public var textDocument: TextDocumentIdentifier
  public var range: LSPRange
  public init(textDocument: TextDocumentIdentifier, range: LSPRange) {
    self.textDocument = textDocument
    self.range = range
  }
}

public struct InlayHint: Codable, Sendable, Hashable {
  public var position: Position
  public var label: String
  public var paddingLeft: Bool?
  public var tooltip: String?
  public init(position: Position, label: String, paddingLeft: Bool?, tooltip: String?) {
    self.position = position
    self.label = label
    self.paddingLeft = paddingLeft
    self.tooltip = tooltip
  }
}
