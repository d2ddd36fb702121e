import JSONRPC

/// Asks the server to stop work; it replies `null` and then only waits for `exit`.
public struct ShutdownRequest: LSPRequest {
  public static let method = "shutdown"
  public typealias Response = VoidValue
  public init() {}
}
