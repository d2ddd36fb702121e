/// Names a document.
public struct TextDocumentIdentifier: Codable, Sendable, Hashable {
  public var uri: DocumentURI
  public init(uri: DocumentURI) { self.uri = uri }
}

/// Names a document at a version.
public struct VersionedTextDocumentIdentifier: Codable, Sendable, Hashable {
  public var uri: DocumentURI
  public var version: Int
  public init(uri: DocumentURI, version: Int) {
    self.uri = uri
    self.version = version
  }
}

/// A whole document as the client opened it.
public struct TextDocumentItem: Codable, Sendable, Hashable {
  public var uri: DocumentURI
  public var languageId: String
  public var version: Int
  public var text: String
  public init(uri: DocumentURI, languageId: String, version: Int, text: String) {
    self.uri = uri
    self.languageId = languageId
    self.version = version
    self.text = text
  }
}
