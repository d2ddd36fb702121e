/// Ends the process: exit code 0 if `shutdown` came first, 1 otherwise.
public struct ExitNotification: LSPNotification {
  public static let method = "exit"
  public init() {}
}
