/// JSON-RPC and LSP error codes. All of them are negative, as the specifications define them.
public struct ErrorCode: RawRepresentable, Sendable, Hashable, Codable {
  public var rawValue: Int
  public init(rawValue: Int) { self.rawValue = rawValue }

  public static let parseError = ErrorCode(rawValue: -32700)
  public static let invalidRequest = ErrorCode(rawValue: -32600)
  public static let methodNotFound = ErrorCode(rawValue: -32601)
  public static let invalidParams = ErrorCode(rawValue: -32602)
  public static let internalError = ErrorCode(rawValue: -32603)
  public static let serverNotInitialized = ErrorCode(rawValue: -32002)
  public static let requestCancelled = ErrorCode(rawValue: -32800)
  public static let contentModified = ErrorCode(rawValue: -32801)
  /// The request was valid but could not be carried out (a page that could not be fetched).
  public static let requestFailed = ErrorCode(rawValue: -32803)
}

/// The `error` member of a response.
public struct ResponseError: Error, Sendable, Hashable, Codable {
  public var code: ErrorCode
  public var message: String
  public var data: JSONValue?

  public init(code: ErrorCode, message: String, data: JSONValue? = nil) {
    self.code = code
    self.message = message
    self.data = data
  }

  public static func invalidParams(_ message: String) -> ResponseError {
    ResponseError(code: .invalidParams, message: message)
  }

  public static let cancelled = ResponseError(code: .requestCancelled, message: "request cancelled")
}
