import Foundation

/// A message this side sends. Encoding is total: a value that cannot be encoded becomes an internal-error reply.
public enum OutgoingMessage: Sendable {
  case response(id: RequestID?, result: Result<any Encodable & Sendable, ResponseError>)
  case notification(method: String, params: any Encodable & Sendable)
  case request(id: RequestID, method: String, params: any Encodable & Sendable)
  /// A message whose JSON body was put together elsewhere, from parts encoded once and reused.
  case encoded(Data)

  /// The JSON body, without framing.
  public func encodedBody() -> Data {
    if case .encoded(let body) = self { return body }
    do {
      return try Self.encoder.encode(Wire(message: self))
    } catch {
      guard case .response(let id, _) = self else { return Data() }
      let fallback = OutgoingMessage.response(
        id: id, result: .failure(ResponseError(code: .internalError, message: "could not encode reply: \(error)")))
      return (try? Self.encoder.encode(Wire(message: fallback))) ?? Data()
    }
  }

  /// The body with its `Content-Length` header.
  public func framed() -> Data {
    let body = encodedBody()
    var data = Data("Content-Length: \(body.count)\r\n\r\n".utf8)
    data.append(body)
    return data
  }

  private static let encoder: JSONEncoder = {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return encoder
  }()

  /// Writes the envelope explicitly so that `"result": null` and `"id": null` are present, not omitted.
  private struct Wire: Encodable {
    let message: OutgoingMessage

    enum Key: String, CodingKey { case jsonrpc, id, result, error, method, params }

    func encode(to encoder: Encoder) throws {
      var container = encoder.container(keyedBy: Key.self)
      try container.encode("2.0", forKey: .jsonrpc)
      switch message {
      case .response(let id, let result):
        if let id { try container.encode(id, forKey: .id) } else { try container.encodeNil(forKey: .id) }
        switch result {
        case .success(let value): try container.encode(NullableBox(value: value), forKey: .result)
        case .failure(let error): try container.encode(error, forKey: .error)
        }
      case .notification(let method, let params):
        try container.encode(method, forKey: .method)
        if !(params is AbsentParams) { try container.encode(NullableBox(value: params), forKey: .params) }
      case .request(let id, let method, let params):
        try container.encode(id, forKey: .id)
        try container.encode(method, forKey: .method)
        if !(params is AbsentParams) { try container.encode(NullableBox(value: params), forKey: .params) }
      case .encoded:
        break  // sent as it is: `encodedBody` never wraps it
      }
    }
  }

  /// Encodes an existential value, writing `null` for an absent optional.
  private struct NullableBox: Encodable {
    let value: any Encodable
    func encode(to encoder: Encoder) throws {
      if let optional = value as? OptionalProtocol, optional.isNone {
        var container = encoder.singleValueContainer()
        try container.encodeNil()
      } else {
        try value.encode(to: encoder)
      }
    }
  }
}

/// Lets the envelope see through `Optional` inside an existential.
private protocol OptionalProtocol {
  var isNone: Bool { get }
}

extension Optional: OptionalProtocol {
  var isNone: Bool { self == nil }
}

/// Params of a message that has none: the member is left out, as JSON-RPC asks, rather than sent as `null`.
public protocol AbsentParams {}

/// The empty result or params: `null` on the wire.
public struct VoidValue: Codable, Sendable, Hashable {
  public init() {}
  public init(from decoder: Decoder) throws {}
  public func encode(to encoder: Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encodeNil()
  }
}
