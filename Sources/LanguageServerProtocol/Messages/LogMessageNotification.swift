/// A line for the client's log. Type: 1 error, 2 warning, 3 info, 4 log.
public struct LogMessageNotification: LSPNotification {
  public static let method = "window/logMessage"
  public var type: Int
  public var message: String
  public init(type: Int, message: String) {
    self.type = type
    self.message = message
  }
}
