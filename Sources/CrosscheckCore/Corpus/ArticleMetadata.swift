import Foundation

/// What a source article says about itself. The outlet name is what users see everywhere.
public struct ArticleMetadata: Sendable, Hashable {
  public var outlet: String
  public var title: String?
  public var url: String?
  public var date: String?

  public init(outlet: String, title: String? = nil, url: String? = nil, date: String? = nil) {
    self.outlet = outlet
    self.title = title
    self.url = url
    self.date = date
  }

  /// The publication year, from a `date:` that starts with one.
  public var year: Int? { date.flatMap { Int($0.prefix(4)) } }

  /// Reads `key: value` lines of a front-matter block (`---` … `---`) at the top of a file; nil without one.
  public static func frontMatter(in text: String) -> [String: String]? {
    // Front matter is short: never split more of a long article than it could be.
    let parts = text.split(separator: "\n", maxSplits: 64, omittingEmptySubsequences: false)
    let lines = parts.count > 64 ? parts.dropLast() : parts[...]  // the last part is the rest of the article
    guard let first = lines.first, first.trimmingCharacters(in: .whitespaces) == "---" else { return nil }
    var fields: [String: String] = [:]
    for line in lines.dropFirst() {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if trimmed == "---" || trimmed == "..." { return fields }
      guard let colon = trimmed.firstIndex(of: ":") else { continue }
      let key = trimmed[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
      var value = trimmed[trimmed.index(after: colon)...].trimmingCharacters(in: .whitespaces)
      if value.count >= 2, let quote = value.first, quote == "\"" || quote == "'", value.last == quote {
        value = String(value.dropFirst().dropLast())
      }
      fields[key] = value
    }
    return nil
  }
}
