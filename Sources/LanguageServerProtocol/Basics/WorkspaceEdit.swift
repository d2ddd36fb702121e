/// A replacement of one range by new text.
public struct TextEdit: Codable, Sendable, Hashable {
  public var range: LSPRange
  public var newText: String
  public init(range: LSPRange, newText: String) {
    self.range = range
    self.newText = newText
  }
}

/// Edits for the client to apply; the server never writes files itself. `documentChanges` can also create files,
/// for clients that declare the `create` resource operation.
public struct WorkspaceEdit: Codable, Sendable, Hashable {
  public var changes: [DocumentURI: [TextEdit]]?
  public var documentChanges: [DocumentChange]?
  public init(changes: [DocumentURI: [TextEdit]]) { self.changes = changes }
  public init(documentChanges: [DocumentChange]) { self.documentChanges = documentChanges }
}

/// One step of a `WorkspaceEdit`'s `documentChanges`: create a file, or edit a document.
public enum DocumentChange: Codable, Sendable, Hashable {
  /// Creates `uri`; with `overwrite` and `ignoreIfExists` both false an existing file makes the edit fail.
  case create(uri: DocumentURI)
  /// Edits a document at any version (`version: null`).
  case edit(uri: DocumentURI, edits: [TextEdit])

  private enum Key: String, CodingKey {
    case kind, uri, options, textDocument, edits, version, overwrite, ignoreIfExists
  }

  public init(from decoder: Decoder) throws {
    let container = try decoder.container(keyedBy: Key.self)
    if try container.decodeIfPresent(String.self, forKey: .kind) == "create" {
      self = .create(uri: try container.decode(DocumentURI.self, forKey: .uri))
    } else {
      let document = try container.nestedContainer(keyedBy: Key.self, forKey: .textDocument)
      self = .edit(
        uri: try document.decode(DocumentURI.self, forKey: .uri),
        edits: try container.decode([TextEdit].self, forKey: .edits))
    }
  }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: Key.self)
    switch self {
    case .create(let uri):
      try container.encode("create", forKey: .kind)
      try container.encode(uri, forKey: .uri)
      var options = container.nestedContainer(keyedBy: Key.self, forKey: .options)
      try options.encode(false, forKey: .overwrite)
      try options.encode(false, forKey: .ignoreIfExists)
    case .edit(let uri, let edits):
      var document = container.nestedContainer(keyedBy: Key.self, forKey: .textDocument)
      try document.encode(uri, forKey: .uri)
      try document.encodeNil(forKey: .version)
      try container.encode(edits, forKey: .edits)
    }
  }
}
