/// A range inside a document.
public struct Location: Codable, Sendable, Hashable {
  public var uri: DocumentURI
  public var range: LSPRange

  public init(uri: DocumentURI, range: LSPRange) {
    self.uri = uri
    self.range = range
  }
}

/// A link from a range in one document to a range in another; sent instead of `Location` to clients with `linkSupport`.
public struct LocationLink: Codable, Sendable, Hashable {
  public var originSelectionRange: LSPRange?
  public var targetUri: DocumentURI
  public var targetRange: LSPRange
  public var targetSelectionRange: LSPRange

  public init(
    originSelectionRange: LSPRange?, targetUri: DocumentURI, targetRange: LSPRange, targetSelectionRange: LSPRange
  ) {
    self.originSelectionRange = originSelectionRange
    self.targetUri = targetUri
    self.targetRange = targetRange
    self.targetSelectionRange = targetSelectionRange
  }
}

/// The reply to definition: plain locations or links, depending on what the client supports.
public enum LocationsOrLinks: Codable, Sendable, Hashable {
  case locations([Location])
  case links([LocationLink])

  public init(from decoder: Decoder) throws {
    if let links = try? [LocationLink](from: decoder) {
      self = .links(links)
    } else {
      self = .locations(try [Location](from: decoder))
    }
  }

  public func encode(to encoder: Encoder) throws {
    switch self {
    case .locations(let locations): try locations.encode(to: encoder)
    case .links(let links): try links.encode(to: encoder)
    }
  }
}
