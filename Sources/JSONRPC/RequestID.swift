/// A request id. The number `1` and the string `"1"` name different requests, so they never share a key.
public enum RequestID: Sendable, Hashable, Codable, CustomStringConvertible {
  case number(Int)
  case string(String)

  public init(from decoder: Decoder) throws {
    let container = try decoder.singleValueContainer()
    if let number = try? container.decode(Int.self) {
      self = .number(number)
    } else {
      self = .string(try container.decode(String.self))
    }
  }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.singleValueContainer()
    switch self {
    case .number(let number): try container.encode(number)
    case .string(let string): try container.encode(string)
    }
  }

  /// Reads an id out of a decoded envelope; fractional numbers, booleans and objects are not ids.
  public init?(json: JSONValue) {
    switch json {
    case .int(let number): self = .number(number)
    case .string(let string): self = .string(string)
    default: return nil
    }
  }

  public var description: String {
    switch self {
    case .number(let number): return String(number)
    case .string(let string): return "\"\(string)\""
    }
  }
}
