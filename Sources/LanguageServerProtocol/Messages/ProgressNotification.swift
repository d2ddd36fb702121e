/// Reports on long work such as indexing: `begin`, then `report`s with a percentage, then `end`.
public struct ProgressNotification: LSPNotification {
  public static let method = "$/progress"
  public struct Value: Codable, Sendable, Hashable {
    public var kind: String
    public var title: String?
    public var message: String?
    public var percentage: Int?
    public init(kind: String, title: String? = nil, message: String? = nil, percentage: Int? = nil) {
      self.kind = kind
      self.title = title
      self.message = message
      self.percentage = percentage
    }
  }
  public var token: String
  public var value: Value
  public init(token: String, value: Value) {
    self.token = token
    self.value = value
  }
}
