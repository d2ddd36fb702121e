/// Cuts a byte stream into message bodies using `Content-Length` framing.
///
/// A synchronous state machine (`header` → `body`) that takes bytes in any chunking, one at a time included.
/// Damaged input costs at most the message it damages: a bad header is dropped and the splitter looks for the
/// next `Content-Length`; a body that runs into the next header (the length lied) is cut there and reported.
public struct MessageSplitter: Sendable {
  /// What the splitter found in the stream.
  public enum Event: Sendable, Equatable {
    case body([UInt8])
    case error(FramingError)
  }

  /// Why bytes were discarded. Each is reported once and the stream goes on.
  public enum FramingError: Error, Sendable, Equatable, CustomStringConvertible {
    case headerWithoutColon(String)
    case missingContentLength
    case invalidContentLength(String)
    case bodyTooLarge(Int)
    case junkBeforeHeader(Int)
    case truncatedBody(expected: Int, received: Int)

    public var description: String {
      switch self {
      case .headerWithoutColon(let line): return "header line without a colon: \(line.prefix(80))"
      case .missingContentLength: return "message header has no Content-Length"
      case .invalidContentLength(let value): return "Content-Length is not a valid length: \(value.prefix(40))"
      case .bodyTooLarge(let length): return "Content-Length \(length) is over the limit; message skipped"
      case .junkBeforeHeader(let count): return "skipped \(count) bytes that were not a message header"
      case .truncatedBody(let expected, let received):
        return "message body cut short: Content-Length said \(expected), next header came after \(received) bytes"
      }
    }
  }

  private enum State {
    case header
    case body(length: Int)
  }

  private static let headerName = Array("content-length".utf8)
  private static let separator: [UInt8] = [13, 10, 13, 10]
  private static let maximumHeaderBytes = 16 * 1024

  public let maximumBodyBytes: Int
  private var state = State.header
  private var buffer: [UInt8] = []
  private var scanFrom = 0

  public init(maximumBodyBytes: Int = 256 * 1024 * 1024) {
    self.maximumBodyBytes = maximumBodyBytes
  }

  /// Adds bytes and returns every message or error they complete.
  public mutating func feed<Bytes: Sequence>(_ bytes: Bytes) -> [Event] where Bytes.Element == UInt8 {
    buffer.append(contentsOf: bytes)
    var events: [Event] = []
    while let event = nextEvent() { events.append(event) }
    return events
  }

  private mutating func nextEvent() -> Event? {
    switch state {
    case .header: return parseHeader()
    case .body(let length): return takeBody(length: length)
    }
  }

  // MARK: - Header

  private mutating func parseHeader() -> Event? {
    guard let end = find(Self.separator, in: buffer, from: max(0, scanFrom - 3)) else {
      scanFrom = buffer.count
      if buffer.count > Self.maximumHeaderBytes {
        // No header ends in sight: keep only a tail that might start a real header.
        let dropped = buffer.count - 64
        buffer.removeFirst(dropped)
        scanFrom = 0
        return .error(.junkBeforeHeader(dropped))
      }
      return nil
    }
    var block = Array(buffer[..<end])
    buffer.removeFirst(end + Self.separator.count)
    scanFrom = 0
    // Bytes left over from a body that was shorter than its header said show up here: skip to the last header.
    if let start = lastHeaderStart(in: block), start > 0 {
      block.removeFirst(start)
      return interpretHeader(block) ?? .error(.junkBeforeHeader(start))
    }
    return interpretHeader(block) ?? nextEvent()
  }

  /// Switches to reading the body, or returns why the header is unusable.
  private mutating func interpretHeader(_ block: [UInt8]) -> Event? {
    var length: Int?
    let text = String(decoding: block, as: UTF8.self)
    for line in text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\r\n" || $0 == "\n" }) {
      guard let colon = line.firstIndex(of: ":") else {
        return .error(.headerWithoutColon(String(line)))
      }
      let name = line[..<colon].trimmingSpaces.lowercased()
      let value = line[line.index(after: colon)...].trimmingSpaces
      guard name == "content-length" else { continue }  // Content-Type and others are accepted and ignored.
      guard let parsed = Int(value), parsed >= 0 else {
        return .error(.invalidContentLength(value))
      }
      length = parsed
    }
    guard let length else { return .error(.missingContentLength) }
    guard length <= maximumBodyBytes else { return .error(.bodyTooLarge(length)) }
    state = .body(length: length)
    return nil
  }

  private func lastHeaderStart(in block: [UInt8]) -> Int? {
    var index = block.count - Self.headerName.count
    while index >= 0 {
      if matchesHeaderName(block, at: index) { return index }
      index -= 1
    }
    return nil
  }

  private func matchesHeaderName(_ bytes: [UInt8], at index: Int) -> Bool {
    for (offset, expected) in Self.headerName.enumerated() {
      let byte = bytes[index + offset]
      let lowered = (65...90).contains(byte) ? byte + 32 : byte
      if lowered != expected { return false }
    }
    return true
  }

  // MARK: - Body

  private mutating func takeBody(length: Int) -> Event? {
    guard buffer.count >= length else { return nil }
    let body = Array(buffer[..<length])
    buffer.removeFirst(length)
    state = .header
    // A raw CR LF CR LF cannot occur inside JSON text, so one inside the body means the length lied and the
    // next message's header is in here. Give that header back to the buffer and report the loss.
    if let separator = find(Self.separator, in: body, from: 0),
      let start = lastHeaderStart(in: Array(body[..<separator]))
    {
      buffer.insert(contentsOf: body[start...], at: 0)
      return .error(.truncatedBody(expected: length, received: start))
    }
    return .body(body)
  }

  private func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
    guard haystack.count >= needle.count, start <= haystack.count - needle.count else { return nil }
    var index = start
    let last = haystack.count - needle.count
    while index <= last {
      var offset = 0
      while offset < needle.count && haystack[index + offset] == needle[offset] { offset += 1 }
      if offset == needle.count { return index }
      index += 1
    }
    return nil
  }
}

extension Substring {
  fileprivate var trimmingSpaces: String {
    String(drop(while: { $0 == " " || $0 == "\t" }).reversed().drop(while: { $0 == " " || $0 == "\t" }).reversed())
  }
}
