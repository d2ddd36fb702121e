import Foundation
import JSONRPC
import Testing

@Suite struct MessageSplitterTests {
  static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("protocol-fixtures/framing/three-messages.bin")

  static func bodies(_ events: [MessageSplitter.Event]) -> [String] {
    events.compactMap { if case .body(let bytes) = $0 { String(decoding: bytes, as: UTF8.self) } else { nil } }
  }

  /// The byte-exact fixture: three frames, a lower-case header name, a Content-Type and an emoji id.
  @Test func byteExactFixtureFedOneByteAtATime() throws {
    let data = try Data(contentsOf: Self.fixture)
    var splitter = MessageSplitter()
    var events: [MessageSplitter.Event] = []
    for byte in data { events += splitter.feed([byte]) }
    let bodies = Self.bodies(events)
    #expect(events.count == 3)
    #expect(bodies.count == 3)
    #expect(bodies[1] == #"{"jsonrpc":"2.0","id":"🌊","method":"shutdown"}"#)
    #expect(bodies[2] == #"{"jsonrpc":"2.0","method":"exit"}"#)
  }

  @Test func wholeFixtureInOneChunkGivesTheSameBodies() throws {
    let data = try Data(contentsOf: Self.fixture)
    var bytewise = MessageSplitter()
    var whole = MessageSplitter()
    let one = Self.bodies(data.flatMap { bytewise.feed([$0]) })
    #expect(Self.bodies(whole.feed(data)) == one)
  }

  @Test func headerWithoutColonIsReportedAndTheNextMessageRead() {
    var splitter = MessageSplitter()
    let events = splitter.feed(Array("nonsense\r\n\r\nContent-Length: 2\r\n\r\n{}".utf8))
    #expect(events == [.error(.headerWithoutColon("nonsense")), .body(Array("{}".utf8))])
  }

  @Test func overflowingAndNegativeLengthsAreErrors() {
    var splitter = MessageSplitter()
    #expect(
      splitter.feed(Array("Content-Length: 99999999999999999999\r\n\r\n".utf8)) == [
        .error(.invalidContentLength("99999999999999999999"))
      ])
    #expect(splitter.feed(Array("Content-Length: -4\r\n\r\n".utf8)) == [.error(.invalidContentLength("-4"))])
    #expect(splitter.feed(Array("Content-Type: x\r\n\r\n".utf8)) == [.error(.missingContentLength)])
  }

  @Test func lengthOverTheLimitIsRefused() {
    var splitter = MessageSplitter(maximumBodyBytes: 10)
    #expect(splitter.feed(Array("Content-Length: 11\r\n\r\n".utf8)) == [.error(.bodyTooLarge(11))])
  }

  @Test func bodyThatRunsIntoTheNextHeaderIsCutThere() {
    var splitter = MessageSplitter()
    let next = "Content-Length: 2\r\n\r\n{}"
    let events = splitter.feed(Array("Content-Length: \(5 + next.utf8.count)\r\n\r\n{\"a\":".utf8) + Array(next.utf8))
    #expect(events == [.error(.truncatedBody(expected: 5 + next.utf8.count, received: 5)), .body(Array("{}".utf8))])
  }

  @Test func junkBeforeAHeaderIsSkipped() {
    var splitter = MessageSplitter()
    let events = splitter.feed(Array("xyz}Content-Length: 2\r\n\r\n{}".utf8))
    #expect(events == [.error(.junkBeforeHeader(4)), .body(Array("{}".utf8))])
  }

  @Test func endlessHeaderIsDroppedInsteadOfGrowingForever() {
    var splitter = MessageSplitter()
    let events = splitter.feed([UInt8](repeating: 65, count: 40_000))
    #expect(events.contains { if case .error(.junkBeforeHeader) = $0 { true } else { false } })
    #expect(splitter.feed(Array("\r\n\r\nContent-Length: 2\r\n\r\n{}".utf8)).last == .body(Array("{}".utf8)))
  }
}
