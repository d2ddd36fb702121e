import Foundation
import JSONRPC
import Testing

@testable import crosscheck

/// The benchmark's deterministic generator, so a failure can be reproduced from its seed.
typealias SeededGenerator = SyntheticCorpus.Generator

/// Random malformed frames of many kinds, the damage a broken or hostile client can do. No body may turn into a
/// valid `shutdown` or `exit` under a byte flip: the server would rightly stop answering.
enum MalformedFrames {
  static func frame(_ random: inout SeededGenerator) -> Data {
    let bodies: [String] = [
      "{", "}", "[]", "null", "42", "\"text\"", "{\"jsonrpc\":\"2.0\"}", "{\"id\":{},\"method\":\"x\"}",
      "{\"id\":1.5,\"method\":\"initialize\"}", "{\"method\":null}",
      "{\"id\":1,\"method\":\"textDocument/hover\",\"params\":7}",
      String(repeating: "[", count: 3000), "{\"a\":\"\u{0}\"}",
    ]
    var body = Data(bodies.randomElement(using: &random)!.utf8)
    if Bool.random(using: &random) {  // flip some bytes, including into invalid UTF-8
      for _ in 0..<Int.random(in: 1...3, using: &random) where !body.isEmpty {
        body[Int.random(in: 0..<body.count, using: &random)] = UInt8.random(in: 0...255, using: &random)
      }
    }
    switch Int.random(in: 0..<7, using: &random) {
    case 0: return Data("Content-Length: \(body.count)\r\n\r\n".utf8) + body
    case 1: return Data("Content-Length: \(body.count + Int.random(in: 1...5, using: &random))\r\n\r\n".utf8) + body
    case 2: return Data("Content-Length: \(max(0, body.count - 1))\r\n\r\n".utf8) + body
    case 3: return Data("Content-Lenght: \(body.count)\r\n\r\n".utf8) + body
    case 4: return Data("no colon here\r\n\r\n".utf8) + body
    case 5: return Data("Content-Length: -\(body.count)\r\n\r\n".utf8)
    default:
      return Data((0..<Int.random(in: 1...40, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) })
    }
  }
}

@Suite struct MalformedFramesTests {
  @Test func serverSurvivesOneThousandMalformedFramesThenInitializes() throws {
    let server = try ServerProcess()
    defer { server.terminate() }
    var random = SeededGenerator(state: 2024)
    for _ in 0..<1000 { server.sendRaw(MalformedFrames.frame(&random)) }
    // Frames that lied about their length may still be waiting for bytes: a run of blank headers
    // and a generous number of newlines lets the splitter find its footing again.
    server.sendRaw(Data(repeating: 10, count: 20000))
    server.sendRaw(Data("\r\n\r\n".utf8))
    for attempt in 1...3 {
      server.send(
        .object([
          "jsonrpc": "2.0", "id": .string("init-\(attempt)"), "method": "initialize",
          "params": .object(["capabilities": .object([:])]),
        ]))
    }
    let initialized = server.wait { messages in
      messages.contains { $0["id"]?.stringValue?.hasPrefix("init-") == true && $0["result"]?["serverInfo"] != nil }
    }
    #expect(initialized, "no initialize result after malformed frames\n\(server.standardError.suffix(2000))")
    #expect(server.isRunning)
  }
}
