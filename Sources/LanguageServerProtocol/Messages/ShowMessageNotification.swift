/// A message the client shows the user, for things they must act on such as a broken configuration file.
public struct ShowMessageNotification: LSPNotification {
  public static let method = "window/showMessage"
  public var type: Int
  public var message: String
  public init(type: Int, message: String) {
    self.type = type
    self.message = message
  }
}
