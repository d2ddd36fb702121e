import Foundation

/// Metadata as a page writes it is for machines: entities left encoded ("Bike &amp; Style"), the site's name after
/// the headline ("Quay reopens - Harbour Post"), "By " before the author, a URL for a site name, and no site name
/// at all on many pages. Each tidying step here is named, so that what users see in hover and in front matter is
/// what a reader of the page would call it.
extension HTMLProse.PageMetadata {
  func tidied() -> Self {
    var result = Self(
      outlet: Self.plain(outlet), title: Self.plain(title), url: Self.plain(url), date: Self.plain(date),
      author: Self.plain(author))
    result.outlet = Self.siteName(result.outlet, url: result.url)
    result.title = Self.headline(result.title, outlet: result.outlet)
    result.author = Self.byline(result.author)
    return result
  }

  /// Step: entities decoded, white space made single spaces, nothing left empty.
  static func plain(_ value: String?) -> String? {
    guard let value else { return nil }
    let text = HTMLProse.decodingEntities(value).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    return text.isEmpty ? nil : text
  }

  /// Step: a site name written as a URL is its host, and a page with no site name is named by its URL's host
  /// ("https://www.harbourpost.example/quay" is "harbourpost.example").
  static func siteName(_ outlet: String?, url: String?) -> String? {
    if let outlet, !outlet.hasPrefix("http://") && !outlet.hasPrefix("https://") { return outlet }
    return (outlet ?? url).flatMap { URL(string: $0)?.host }.map { host in
      host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
    }
  }

  /// Step: the site's name after the headline, set off by a bar or a dash, is not the headline's ("Quay reopens
  /// - Harbour Post", "Quay reopens | harbourpost.example"). Only a part that names the outlet goes: "Opinion |
  /// Republicans Are…" keeps its label, and a dash inside a headline ("Ferry - and fares - rise") stays.
  static func headline(_ title: String?, outlet: String?) -> String? {
    guard let title, let outlet else { return title }
    let site = letters(outlet)
    for separator in [" | ", " - ", " – ", " — ", " :: "] {
      guard let cut = title.range(of: separator, options: .backwards) else { continue }
      let tail = letters(String(title[cut.upperBound...]))
      let head = title[..<cut.lowerBound].trimmingCharacters(in: .whitespaces)
      if !tail.isEmpty, !head.isEmpty, site.hasPrefix(tail) || tail.hasPrefix(site) { return head }
    }
    return title
  }

  /// Step: "By Ines Vela" is Ines Vela.
  static func byline(_ author: String?) -> String? {
    guard let author, author.lowercased().hasPrefix("by ") else { return author }
    let name = author.dropFirst(3).trimmingCharacters(in: .whitespaces)
    return name.isEmpty ? nil : name
  }

  /// Lower-case letters and digits only: "Harbour Post" and "harbourpost.example" compare on "harbourpost".
  private static func letters(_ text: String) -> String {
    String(text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) })
  }
}
