import JSONRPC

/// Server-to-client: diagnostics may have changed everywhere (sources or settings did); pull them again. It has no
/// params.
public struct WorkspaceDiagnosticRefreshRequest: LSPRequest, AbsentParams {
  public static let method = "workspace/diagnostic/refresh"
  public typealias Response = VoidValue
  public init() {}
}
