import JSONRPC

/// Matches received JSON against an expectation with wildcards: the string `"[..]"` stands for any value,
/// `[..]` inside a longer string for any run of characters, and an object with the member `"{...}": true`
/// allows members the expectation does not name. Everything else must match exactly.
enum JSONPattern {
  static func matches(_ expected: JSONValue, _ actual: JSONValue) -> Bool {
    switch (expected, actual) {
    case (.string("[..]"), _): return true
    case (.string(let pattern), .string(let value)) where pattern.contains("[..]"):
      return glob(pattern, value)
    case (.object(let expectedMembers), .object(let actualMembers)):
      let open = expectedMembers["{...}"] == .bool(true)
      let named = expectedMembers.filter { $0.key != "{...}" }
      if !open && Set(named.keys) != Set(actualMembers.keys) { return false }
      return named.allSatisfy { key, value in actualMembers[key].map { matches(value, $0) } ?? false }
    case (.array(let expectedItems), .array(let actualItems)):
      return expectedItems.count == actualItems.count && zip(expectedItems, actualItems).allSatisfy(matches)
    case (.int(let left), .double(let right)), (.double(let right), .int(let left)):
      return Double(left) == right
    default:
      return expected == actual
    }
  }

  private static func glob(_ pattern: String, _ value: String) -> Bool {
    let parts = pattern.components(separatedBy: "[..]")
    var rest = Substring(value)
    for (index, part) in parts.enumerated() {
      if index == 0 {
        guard rest.hasPrefix(part) else { return false }
        rest = rest.dropFirst(part.count)
      } else if index == parts.count - 1 {
        return part.isEmpty || rest.hasSuffix(part)
      } else {
        guard let range = rest.range(of: part) else { return false }
        rest = rest[range.upperBound...]
      }
    }
    return rest.isEmpty
  }
}
