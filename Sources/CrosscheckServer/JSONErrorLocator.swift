/// Finds the line of the first syntax error in JSON text, for a configuration error message a person can act on.
/// Foundation's decoder does not say where on Linux, so this is a small recursive-descent validator.
enum JSONErrorLocator {
  static func line(ofFirstErrorIn bytes: [UInt8]) -> Int {
    var parser = Parser(bytes: bytes)
    parser.skipSpace()
    if parser.value(depth: 0) {
      parser.skipSpace()
      if parser.index == bytes.count { return parser.line }  // valid JSON: no better answer
    }
    return parser.line
  }

  private struct Parser {
    let bytes: [UInt8]
    var index = 0
    var line = 1

    init(bytes: [UInt8]) { self.bytes = bytes }

    mutating func skipSpace() {
      while index < bytes.count, [32, 9, 10, 13].contains(bytes[index]) {
        if bytes[index] == 10 { line += 1 }
        index += 1
      }
    }

    mutating func value(depth: Int) -> Bool {
      guard depth < 512, index < bytes.count else { return false }
      switch bytes[index] {
      case UInt8(ascii: "{"): return container(close: UInt8(ascii: "}"), keyed: true, depth: depth)
      case UInt8(ascii: "["): return container(close: UInt8(ascii: "]"), keyed: false, depth: depth)
      case UInt8(ascii: "\""): return string()
      default: return literal()
      }
    }

    mutating func container(close: UInt8, keyed: Bool, depth: Int) -> Bool {
      index += 1
      skipSpace()
      if index < bytes.count && bytes[index] == close {
        index += 1
        return true
      }
      while true {
        if keyed {
          guard index < bytes.count, bytes[index] == UInt8(ascii: "\""), string() else { return false }
          skipSpace()
          guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return false }
          index += 1
          skipSpace()
        }
        guard value(depth: depth + 1) else { return false }
        skipSpace()
        guard index < bytes.count else { return false }
        if bytes[index] == close {
          index += 1
          return true
        }
        guard bytes[index] == UInt8(ascii: ",") else { return false }
        index += 1
        skipSpace()
      }
    }

    mutating func string() -> Bool {
      index += 1
      while index < bytes.count {
        switch bytes[index] {
        case UInt8(ascii: "\\"): index += 2
        case UInt8(ascii: "\""):
          index += 1
          return true
        case 10: return false
        default: index += 1
        }
      }
      return false
    }

    mutating func literal() -> Bool {
      let start = index
      while index < bytes.count, !([32, 9, 10, 13, 44, 93, 125, 58] as [UInt8]).contains(bytes[index]) { index += 1 }
      let word = String(decoding: bytes[start..<index], as: UTF8.self)
      return word == "true" || word == "false" || word == "null" || Double(word) != nil
    }
  }
}
