/// Sets how much the server logs through `window/logMessage` (`off`, `messages`, `verbose`).
public struct SetTraceNotification: LSPNotification {
  public static let method = "$/setTrace"
  public var value: String
  public init(value: String) { self.value = value }
}
