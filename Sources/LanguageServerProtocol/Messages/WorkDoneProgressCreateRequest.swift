import JSONRPC

/// Server-to-client: creates a progress token that `$/progress` notifications then report on.
public struct WorkDoneProgressCreateRequest: LSPRequest {
  public static let method = "window/workDoneProgress/create"
  public typealias Response = VoidValue
  public var token: String
  public init(token: String) { self.token = token }
}
