import Foundation

/// What a source article says about itself. The outlet name is what users see everywhere.
public struct ArticleMetadata: Sendable, Hashable {
  public var outlet: String
  public var title: String?
  public var url: String?
  public var date: String?
  public var author: String?

  public init(outlet: String, title: String? = nil, url: String? = nil, date: String? = nil, author: String? = nil) {
    self.outlet = outlet
    self.title = title
    self.url = url
    self.date = date
    self.author = author
  }

  /// The publication year, from a `date:` that starts with one.
  public var year: Int? { date.flatMap { Int($0.prefix(4)) } }

  /// Reads `key: value` lines of a front-matter block (`---` … `---`) at the top of a file; nil without one.
  public static func frontMatter(in text: String) -> [String: String]? {
    let utf8 = text.utf8
    var start = utf8.startIndex
    var fields: [String: String]?
    // Front matter is short: read line by line and never look past the 64th line of a long article.
    for _ in 0..<64 where start < utf8.endIndex {
      let end = utf8[start...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
      let trimmed = text[start..<end].trimmingCharacters(in: .whitespacesAndNewlines)  // and the \r of CRLF
      start = end < utf8.endIndex ? utf8.index(after: end) : end
      guard var found = fields else {
        guard trimmed == "---" else { return nil }
        fields = [:]
        continue
      }
      if trimmed == "---" || trimmed == "..." { return found }
      guard let colon = trimmed.firstIndex(of: ":") else { continue }
      let key = trimmed[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
      var value = trimmed[trimmed.index(after: colon)...].trimmingCharacters(in: .whitespaces)
      if value.count >= 2, let quote = value.first, quote == "\"" || quote == "'", value.last == quote {
        value = String(value.dropFirst().dropLast())
      }
      found[key] = value
      fields = found
    }
    return nil
  }
}
