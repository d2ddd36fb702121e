/// A replacement of one range by new text.
public struct TextEdit: Codable, Sendable, Hashable {
  public var range: LSPRange
  public var newText: String
  public init(range: LSPRange, newText: String) {
    self.range = range
    self.newText = newText
  }
}

/// Edits for the client to apply; the server never writes files itself.
public struct WorkspaceEdit: Codable, Sendable, Hashable {
  public var changes: [DocumentURI: [TextEdit]]
  public init(changes: [DocumentURI: [TextEdit]]) { self.changes = changes }
}
