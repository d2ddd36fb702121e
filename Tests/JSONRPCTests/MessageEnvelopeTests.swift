import Foundation
import JSONRPC
import Testing

@Suite struct MessageEnvelopeTests {
  func decode(_ text: String) -> Result<IncomingMessage, IncomingMessage.DecodingFailure> {
    IncomingMessage.decode(Data(text.utf8))
  }

  @Test func numberAndStringIdsAreDifferentRequests() {
    #expect(RequestID.number(1) != RequestID.string("1"))
    #expect(Set([RequestID.number(1), .string("1")]).count == 2)
    guard case .success(.request(let id, "x", _)) = decode(#"{"jsonrpc":"2.0","id":"1","method":"x"}"#) else {
      Issue.record("not a request")
      return
    }
    #expect(id == .string("1"))
  }

  @Test func errorCodesAreNegative() {
    for code in [
      ErrorCode.parseError, .invalidRequest, .methodNotFound, .invalidParams, .internalError,
      .serverNotInitialized, .requestCancelled, .contentModified,
    ] {
      #expect(code.rawValue < 0)
    }
    #expect(ErrorCode.parseError.rawValue == -32700)
    #expect(ErrorCode.requestCancelled.rawValue == -32800)
  }

  @Test func classification() {
    guard case .success(.notification("exit", _)) = decode(#"{"jsonrpc":"2.0","method":"exit"}"#) else {
      Issue.record("exit is a notification")
      return
    }
    guard case .success(.response(.number(3), .success(.null))) = decode(#"{"jsonrpc":"2.0","id":3,"result":null}"#)
    else {
      Issue.record("a null result is a response")
      return
    }
    guard case .failure(let failure) = decode(#"{"jsonrpc":"2.0","id":1.5,"method":"x"}"#) else {
      Issue.record("a fractional id is invalid")
      return
    }
    #expect(failure.error.code == .invalidRequest)
    guard case .failure(let parse) = decode("{nope") else {
      Issue.record("invalid JSON must fail")
      return
    }
    #expect(parse.error.code == .parseError)
    #expect(parse.id == nil)
  }

  @Test func deeplyNestedJSONIsAnErrorNotACrash() {
    let nested = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
    guard case .failure = decode(#"{"jsonrpc":"2.0","id":1,"method":"x","params":"# + nested + "}") else {
      return  // accepted is fine too: what matters is that the process is still here
    }
  }

  @Test func responsesKeepNullResultAndNullId() throws {
    let body = OutgoingMessage.response(id: nil, result: .failure(ResponseError(code: .parseError, message: "bad")))
      .encodedBody()
    #expect(
      String(decoding: body, as: UTF8.self) == #"{"error":{"code":-32700,"message":"bad"},"id":null,"jsonrpc":"2.0"}"#)
    let void = OutgoingMessage.response(id: .number(2), result: .success(VoidValue())).encodedBody()
    #expect(String(decoding: void, as: UTF8.self) == #"{"id":2,"jsonrpc":"2.0","result":null}"#)
    let none: String? = nil
    let optional = OutgoingMessage.response(id: .string("h"), result: .success(none)).encodedBody()
    #expect(String(decoding: optional, as: UTF8.self) == #"{"id":"h","jsonrpc":"2.0","result":null}"#)
  }

  @Test func jsonValueRoundTripsAnyJSON() throws {
    let text = #"{"a":[1,2.5,"x",true,null,{"b":{}}],"c":-7}"#
    let value = try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
    let again = try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(value))
    #expect(value == again)
    #expect(value["a"] == [1, 2.5, "x", true, .null, ["b": [:]]])
  }

  @Test func paramsDecodeWithAPathInTheError() {
    struct Params: Decodable {
      var name: String
    }
    #expect(throws: ResponseError.self) { try decodeParams(Params.self, from: Data(#"{"params":{"name":3}}"#.utf8)) }
    do {
      _ = try decodeParams(Params.self, from: Data(#"{"params":{"name":3}}"#.utf8))
    } catch {
      #expect(error.code == .invalidParams)
      #expect(error.message.contains(".params.name"))
    }
  }

  /// A reply that cannot be encoded (JSON has no NaN) still goes out, as InternalError for the same id.
  @Test func anUnencodableReplyBecomesAnInternalError() throws {
    let body = OutgoingMessage.response(id: .number(9), result: .success(Double.nan)).encodedBody()
    let reply = try JSONDecoder().decode(JSONValue.self, from: body)
    #expect(reply["id"] == 9)
    #expect(reply["error"]?["code"] == .int(ErrorCode.internalError.rawValue))
  }
}
