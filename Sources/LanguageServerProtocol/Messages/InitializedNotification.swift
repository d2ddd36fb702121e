/// Sent once the client has taken the `initialize` reply; the server may now register capabilities.
public struct InitializedNotification: LSPNotification {
  public static let method = "initialized"
  public init() {}
}
