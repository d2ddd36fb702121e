import Foundation

/// One decoded message from the peer, with its raw body kept so handlers can decode typed params from it.
public enum IncomingMessage: Sendable {
  case request(id: RequestID, method: String, body: Data)
  case notification(method: String, body: Data)
  case response(id: RequestID, result: Result<JSONValue, ResponseError>)

  /// Why a body could not become a message; `id` is set when the body had a usable one, so the reply can name it.
  public struct DecodingFailure: Error, Sendable {
    public var id: RequestID?
    public var error: ResponseError
  }

  /// Decodes a frame body. Never throws anything but `DecodingFailure`.
  public static func decode(_ body: Data) -> Result<IncomingMessage, DecodingFailure> {
    let envelope: JSONValue
    do {
      envelope = try JSONParser.parse(body)
    } catch {
      return .failure(
        DecodingFailure(id: nil, error: ResponseError(code: .parseError, message: "invalid JSON: \(error)")))
    }
    guard case .object(let members) = envelope else {
      return .failure(failure(nil, "a message must be a JSON object (batches are not supported)"))
    }
    let rawID = members["id"]
    let id = rawID.flatMap(RequestID.init(json:))
    if let rawID, rawID != .null, id == nil {
      return .failure(failure(nil, "id must be a string or an integer"))
    }
    if let method = members["method"] {
      guard case .string(let name) = method else { return .failure(failure(id, "method must be a string")) }
      if let params = members["params"] {
        switch params {
        case .object, .array: break
        default: return .failure(DecodingFailure(id: id, error: .invalidParams("params must be an object or an array")))
        }
      }
      if let id { return .success(.request(id: id, method: name, body: body)) }
      if rawID == .null { return .failure(failure(nil, "a request id may not be null")) }
      return .success(.notification(method: name, body: body))
    }
    guard let id else { return .failure(failure(nil, "message has neither a method nor an id")) }
    if let error = members["error"] {
      let decoded = (try? JSONDecoder().decode(ResponseError.self, from: JSONEncoder().encode(error)))
      return .success(
        .response(id: id, result: .failure(decoded ?? ResponseError(code: .internalError, message: "malformed error"))))
    }
    return .success(.response(id: id, result: .success(members["result"] ?? .null)))
  }

  private static func failure(_ id: RequestID?, _ message: String) -> DecodingFailure {
    DecodingFailure(id: id, error: ResponseError(code: .invalidRequest, message: message))
  }
}

/// Decodes the `params` member of a body as `Params`; absent params decode from an empty object.
public func decodeParams<Params: Decodable>(_ type: Params.Type, from body: Data) throws(ResponseError) -> Params {
  do {
    if let params = try JSONDecoder().decode(ParamsEnvelope<Params>.self, from: body).params { return params }
    return try JSONDecoder().decode(Params.self, from: Data("{}".utf8))
  } catch {
    throw .invalidParams("invalid params: \(describe(error))")
  }
}

private struct ParamsEnvelope<Params: Decodable>: Decodable {
  var params: Params?
}

/// A short, path-qualified account of a decoding error for an error reply.
func describe(_ error: Error) -> String {
  guard let error = error as? DecodingError else { return "\(error)" }
  func path(_ context: DecodingError.Context) -> String {
    context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
  }
  switch error {
  case .keyNotFound(let key, let context): return "missing \(path(context)).\(key.stringValue)"
  case .typeMismatch(let type, let context): return "\(path(context)) should be \(type)"
  case .valueNotFound(let type, let context): return "\(path(context)) should be \(type), found null"
  case .dataCorrupted(let context): return "\(path(context)): \(context.debugDescription)"
  @unknown default: return "\(error)"
  }
}
