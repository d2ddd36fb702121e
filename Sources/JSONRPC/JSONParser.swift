import Foundation

/// Reads JSON text into a `JSONValue` in one pass over its bytes. Every message's envelope is read this way:
/// decoding `JSONValue` through `Codable` tries each type in turn and pays for a thrown error at every member, which
/// cost more than a keystroke's analysis.
public enum JSONParser {
  public struct ParseError: Error, Sendable, CustomStringConvertible {
    public var message: String
    /// Byte offset into the text.
    public var offset: Int
    public var description: String { "\(message) at byte \(offset)" }
  }

  /// Deeper nesting is refused rather than followed, so hostile input cannot exhaust the stack.
  public static let maximumDepth = 512

  public static func parse(_ data: Data) throws(ParseError) -> JSONValue {
    let bytes = [UInt8](data)
    var reader = Reader(bytes: bytes)
    reader.skipSpace()
    let value = try reader.value(depth: 0)
    reader.skipSpace()
    guard reader.index == bytes.count else {
      throw ParseError(message: "unexpected text after the value", offset: reader.index)
    }
    return value
  }

  private struct Reader {
    let bytes: [UInt8]
    var index = 0

    mutating func skipSpace() {
      while index < bytes.count,
        bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09
      {
        index += 1
      }
    }

    func error(_ message: String) -> ParseError { ParseError(message: message, offset: index) }

    mutating func value(depth: Int) throws(ParseError) -> JSONValue {
      guard depth < maximumDepth else { throw error("nested more than \(maximumDepth) deep") }
      guard index < bytes.count else { throw error("unexpected end of text") }
      switch bytes[index] {
      case UInt8(ascii: "{"): return try object(depth: depth)
      case UInt8(ascii: "["): return try array(depth: depth)
      case UInt8(ascii: "\""): return .string(try string())
      case UInt8(ascii: "t"): return try literal("true", .bool(true))
      case UInt8(ascii: "f"): return try literal("false", .bool(false))
      case UInt8(ascii: "n"): return try literal("null", .null)
      case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
      default: throw error("unexpected character")
      }
    }

    mutating func literal(_ word: String, _ value: JSONValue) throws(ParseError) -> JSONValue {
      let expected = Array(word.utf8)
      guard index + expected.count <= bytes.count, Array(bytes[index..<index + expected.count]) == expected else {
        throw error("invalid literal")
      }
      index += expected.count
      return value
    }

    mutating func object(depth: Int) throws(ParseError) -> JSONValue {
      index += 1
      var members: [String: JSONValue] = [:]
      skipSpace()
      if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
        index += 1
        return .object(members)
      }
      while true {
        skipSpace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw error("expected a member name") }
        let key = try string()
        skipSpace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw error("expected ':'") }
        index += 1
        skipSpace()
        members[key] = try value(depth: depth + 1)
        if try endsAfterElement(closer: "}", in: "an object") { return .object(members) }
      }
    }

    mutating func array(depth: Int) throws(ParseError) -> JSONValue {
      index += 1
      var items: [JSONValue] = []
      skipSpace()
      if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
        index += 1
        return .array(items)
      }
      while true {
        skipSpace()
        items.append(try value(depth: depth + 1))
        if try endsAfterElement(closer: "]", in: "an array") { return .array(items) }
      }
    }

    /// After an object member or array item: a comma goes on (false), the closing bracket ends it (true).
    mutating func endsAfterElement(closer: Unicode.Scalar, in container: String) throws(ParseError) -> Bool {
      skipSpace()
      guard index < bytes.count else { throw error("unexpected end of text in \(container)") }
      switch bytes[index] {
      case UInt8(ascii: ","):
        index += 1
        return false
      case UInt8(ascii: closer):
        index += 1
        return true
      default:
        throw error("expected ',' or '\(closer)'")
      }
    }

    mutating func string() throws(ParseError) -> String {
      index += 1
      let start = index
      // The common case has no escapes: one slice, decoded once.
      while index < bytes.count, bytes[index] != UInt8(ascii: "\""), bytes[index] != UInt8(ascii: "\\") {
        guard bytes[index] >= 0x20 else { throw error("control character in a string") }
        index += 1
      }
      guard index < bytes.count else { throw error("unterminated string") }
      if bytes[index] == UInt8(ascii: "\"") {
        index += 1
        return try text(bytes[start..<(index - 1)])
      }
      var scalars = [UInt8](bytes[start..<index])
      while index < bytes.count {
        let byte = bytes[index]
        if byte == UInt8(ascii: "\"") {
          index += 1
          return try text(scalars[...])
        }
        guard byte >= 0x20 else { throw error("control character in a string") }
        guard byte == UInt8(ascii: "\\") else {
          scalars.append(byte)
          index += 1
          continue
        }
        guard index + 1 < bytes.count else { throw error("unterminated escape") }
        let escaped = bytes[index + 1]
        index += 2
        switch escaped {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scalars.append(escaped)
        case UInt8(ascii: "b"): scalars.append(0x08)
        case UInt8(ascii: "f"): scalars.append(0x0C)
        case UInt8(ascii: "n"): scalars.append(0x0A)
        case UInt8(ascii: "r"): scalars.append(0x0D)
        case UInt8(ascii: "t"): scalars.append(0x09)
        case UInt8(ascii: "u"):
          var code = try hex4()
          if (0xD800..<0xDC00).contains(code), index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
            bytes[index + 1] == UInt8(ascii: "u")
          {
            index += 2
            let low = try hex4()
            guard (0xDC00..<0xE000).contains(low) else { throw error("invalid surrogate pair") }
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
          }
          // A lone surrogate is no character: it becomes U+FFFD, as invalid UTF-8 does.
          scalars.append(contentsOf: Array(String(Unicode.Scalar(code) ?? "\u{FFFD}").utf8))
        default: throw error("invalid escape")
        }
      }
      throw error("unterminated string")
    }

    /// A string's bytes as text; JSON text is UTF-8, and anything else is refused rather than repaired.
    func text(_ utf8: ArraySlice<UInt8>) throws(ParseError) -> String {
      guard let text = String(validating: utf8, as: UTF8.self) else { throw error("invalid UTF-8 in a string") }
      return text
    }

    mutating func hex4() throws(ParseError) -> UInt32 {
      guard index + 4 <= bytes.count else { throw error("short \\u escape") }
      var value: UInt32 = 0
      for byte in bytes[index..<index + 4] {
        let digit: UInt32
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
        default: throw error("invalid \\u escape")
        }
        value = value << 4 | digit
      }
      index += 4
      return value
    }

    mutating func number() throws(ParseError) -> JSONValue {
      let start = index
      if bytes[index] == UInt8(ascii: "-") { index += 1 }
      func digits() -> Int {
        let from = index
        while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
        return index - from
      }
      let integerDigits = digits()
      guard integerDigits > 0 else { throw error("invalid number") }
      guard !(integerDigits > 1 && bytes[index - integerDigits] == UInt8(ascii: "0")) else {
        throw error("leading zero in a number")
      }
      var isInteger = true
      if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
        index += 1
        isInteger = false
        guard digits() > 0 else { throw error("invalid number") }
      }
      if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
        index += 1
        isInteger = false
        if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard digits() > 0 else { throw error("invalid number") }
      }
      let text = String(decoding: bytes[start..<index], as: UTF8.self)
      if isInteger, let value = Int(text) { return .int(value) }
      guard let value = Double(text) else { throw error("invalid number") }
      return .double(value)
    }
  }
}
