/// Files the client watches for us changed on disk (type 1 created, 2 changed, 3 deleted).
public struct DidChangeWatchedFilesNotification: LSPNotification {
  public static let method = "workspace/didChangeWatchedFiles"
  public struct FileEvent: Codable, Sendable, Hashable {
    public var uri: DocumentURI
    public var type: Int
    public init(uri: DocumentURI, type: Int) {
      self.uri = uri
      self.type = type
    }
  }
  public var changes: [FileEvent]
  public init(changes: [FileEvent]) { self.changes = changes }
}
