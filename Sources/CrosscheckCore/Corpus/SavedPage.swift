import Foundation

/// A web page made a source file: the article read out of it, written as Markdown with front matter, under a file
/// name made from the outlet and title. Everything here comes from the network and is treated as hostile: the name
/// is reduced to a bounded slug of letters, digits and hyphens, so it can never climb out of the sources folder.
public struct SavedPage: Sendable, Equatable {
  public var fileName: String
  public var content: String

  /// The longest outlet and title parts of a file name.
  static let maximumSlug = 60
  /// The most text a saved page keeps.
  static let maximumText = 2_000_000

  public init(html: String, url: String) {
    let (prose, meta) = HTMLProse.page(from: html)
    let host = URL(string: url)?.host ?? "page"
    let outlet = Self.oneLine(meta.outlet) ?? host
    let title = Self.oneLine(meta.title)
    var lines = ["---", "outlet: \(Self.quoted(outlet))"]
    if let title { lines.append("title: \(Self.quoted(title))") }
    lines.append("url: \(Self.quoted(Self.oneLine(meta.url) ?? url))")
    if let date = Self.oneLine(meta.date) { lines.append("date: \(Self.quoted(date))") }
    if let author = Self.oneLine(meta.author) { lines.append("author: \(Self.quoted(author))") }
    lines.append("---")
    var body = ""
    for block in prose.blocks {
      let paragraph = prose.cleanText(block)
      guard !paragraph.isEmpty, body.utf8.count + paragraph.utf8.count < Self.maximumText else { continue }
      body += "\n" + paragraph + "\n"
    }
    content = lines.joined(separator: "\n") + "\n" + body
    let name = [Self.slug(outlet), title.map(Self.slug) ?? ""].filter { !$0.isEmpty }.joined(separator: "-")
    fileName = (name.isEmpty ? "page" : name) + ".md"
  }

  /// Lower-case ASCII letters and digits, runs of anything else made one hyphen, at most `maximumSlug` long, never
  /// starting with a dot or a hyphen: "../../x" becomes "x", a title of control characters becomes "".
  public static func slug(_ text: String) -> String {
    var slug = ""
    for scalar in text.folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil).lowercased()
      .unicodeScalars
    {
      if scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)) {
        slug.unicodeScalars.append(scalar)
      } else if !slug.isEmpty && !slug.hasSuffix("-") {
        slug += "-"
      }
      if slug.count >= maximumSlug { break }
    }
    return String(slug.trimmingCharacters(in: CharacterSet(charactersIn: "-")).prefix(maximumSlug))
  }

  /// The name `fileName` would take in `folder` without replacing a file there: "-2", "-3"… before the extension.
  public static func freeName(_ fileName: String, in existing: Set<String>) -> String {
    guard existing.contains(fileName) else { return fileName }
    let base = (fileName as NSString).deletingPathExtension
    let ext = (fileName as NSString).pathExtension
    var number = 2
    while existing.contains("\(base)-\(number).\(ext)") { number += 1 }
    return "\(base)-\(number).\(ext)"
  }

  /// A value on one line, control characters gone, at most 500 characters; nil when nothing is left.
  static func oneLine(_ text: String?) -> String? {
    guard let text else { return nil }
    let cleaned = String(
      String.UnicodeScalarView(text.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : $0 })
    )
    .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    return cleaned.isEmpty ? nil : String(cleaned.prefix(500))
  }

  /// A front-matter value in double quotes, its quotes and backslashes escaped.
  static func quoted(_ text: String) -> String {
    "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
  }
}
