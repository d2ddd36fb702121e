import JSONRPC

/// New settings; Crosscheck reads those under the `crosscheck` key.
public struct DidChangeConfigurationNotification: LSPNotification {
  public static let method = "workspace/didChangeConfiguration"
  public var settings: JSONValue?
  public init(settings: JSONValue?) { self.settings = settings }
}
