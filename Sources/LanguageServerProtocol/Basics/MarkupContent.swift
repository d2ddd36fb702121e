/// Hover text, in Markdown or plain text depending on what the client takes.
public struct MarkupContent: Codable, Sendable, Hashable {
  public enum Kind: String, Codable, Sendable {
    case plaintext
    case markdown
  }
  public var kind: Kind
  public var value: String
  public init(kind: Kind, value: String) {
    self.kind = kind
    self.value = value
  }
}
