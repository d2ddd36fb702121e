import JSONRPC
import LanguageServerProtocol

/// Requests the server sends to the client, with ids the client never uses ("crosscheck-N"), and their replies.
extension ServerState {
  /// Sends a request and waits for the client's reply; nil when the client answered with an error.
  @discardableResult
  func request<Request: LSPRequest>(_ request: Request) async -> JSONValue? {
    let id = nextRequestID()
    return await withCheckedContinuation { continuation in
      pendingReplies[id] = continuation
      transport.send(.request(id: id, method: Request.method, params: request))
    }
  }

  /// Routes a reply from the client to the request that is waiting for it.
  func receiveReply(_ id: RequestID, _ result: Result<JSONValue, ResponseError>) {
    guard let continuation = pendingReplies.removeValue(forKey: id) else {
      log("reply to unknown request \(id)", type: 2)
      return
    }
    switch result {
    case .success(let value): continuation.resume(returning: value)
    case .failure(let error):
      log("client answered \(id) with error \(error.code.rawValue): \(error.message)", type: 2)
      continuation.resume(returning: nil)
    }
  }

  private func nextRequestID() -> RequestID {
    outgoingCounter += 1
    return .string("crosscheck-\(outgoingCounter)")
  }
}
