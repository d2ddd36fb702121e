import JSONRPC

/// Asks the server to stop a request still running; that request then replies with RequestCancelled.
public struct CancelRequestNotification: LSPNotification {
  public static let method = "$/cancelRequest"
  public var id: RequestID
  public init(id: RequestID) { self.id = id }
}
