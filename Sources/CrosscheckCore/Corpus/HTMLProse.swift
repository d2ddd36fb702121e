import Foundation

/// Reads the visible text of an HTML page into a `ProseText` whose byte offsets are the original file's.
///
/// Tags, comments, and the contents of `script`, `style`, `nav`, `header`, `footer`, `aside`, `noscript`,
/// `form`, `figure` and `svg` are overwritten with spaces; entities are decoded in place and padded
/// (a decoded character is never longer than its entity), so a jump to a source sentence lands on the right
/// bytes of the original file. Block-level tags become paragraph breaks.
public enum HTMLProse {
  /// Whether a path names an HTML page.
  public static func isHTML(path: String) -> Bool {
    let lower = path.lowercased()
    return lower.hasSuffix(".html") || lower.hasSuffix(".htm")
  }

  public static func prose(from html: String) -> ProseText {
    var bytes = Array(html.utf8)
    var index = 0
    let count = bytes.count
    while index < count {
      switch bytes[index] {
      case UInt8(ascii: "<"):
        index = blankTag(&bytes, at: index)
      case UInt8(ascii: "&"):
        index = decodeEntity(&bytes, at: index)
      case 10, 13:
        bytes[index] = 32  // newlines inside HTML text are just spaces; paragraphs come from tags
        index += 1
      default:
        index += 1
      }
    }
    let text = String(decoding: bytes, as: UTF8.self)
    let blocks = ProseText(parsing: text, format: .paragraphs).blocks
    return ProseText(text: text, blocks: blocks)
  }

  /// Metadata an HTML page carries: `<meta name="outlet">`, `og:site_name`, `<title>`, canonical link.
  public static func metadata(from html: String) -> (outlet: String?, title: String?, url: String?) {
    func attribute(_ name: String) -> String? {
      for marker in ["name=\"\(name)\"", "property=\"\(name)\""] {
        guard let range = html.range(of: marker, options: .caseInsensitive) else { continue }
        let tagEnd = html[range.upperBound...].firstIndex(of: ">") ?? html.endIndex
        let tagStart = html[..<range.lowerBound].lastIndex(of: "<") ?? html.startIndex
        let tag = html[tagStart..<tagEnd]
        if let content = tag.range(of: "content=\"") {
          return String(tag[content.upperBound...].prefix { $0 != "\"" })
        }
      }
      return nil
    }
    var title: String?
    if let open = html.range(of: "<title>", options: .caseInsensitive),
      let close = html.range(of: "</title>", options: .caseInsensitive, range: open.upperBound..<html.endIndex)
    {
      title = String(html[open.upperBound..<close.lowerBound]).trimmingCharacters(in: .whitespacesAndNewlines)
    }
    return (attribute("outlet") ?? attribute("og:site_name"), attribute("og:title") ?? title, attribute("og:url"))
  }

  // MARK: - Tags

  private static let hiddenElements: Set<String> = [
    "script", "style", "nav", "header", "footer", "aside", "noscript", "form", "figure", "svg", "head", "button",
    "template", "iframe",
  ]
  private static let blockElements: Set<String> = [
    "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "article", "section", "blockquote",
    "tr", "td", "th", "table", "main", "hr", "dd", "dt", "pre", "figcaption", "title", "body", "html",
  ]

  /// Blanks the tag at `start` (and a hidden element's whole content); returns where scanning resumes.
  private static func blankTag(_ bytes: inout [UInt8], at start: Int) -> Int {
    if hasPrefix(bytes, start, "<!--") {
      let end = find(bytes, "-->", from: start + 4).map { $0 + 3 } ?? bytes.count
      blank(&bytes, start..<end)
      return end
    }
    guard let close = bytes[start...].firstIndex(of: UInt8(ascii: ">")) else {
      blank(&bytes, start..<bytes.count)
      return bytes.count
    }
    let name = tagName(bytes, start)
    let isClosing = start + 1 < bytes.count && bytes[start + 1] == UInt8(ascii: "/")
    var end = close + 1
    if !isClosing && hiddenElements.contains(name) && bytes[close - 1] != UInt8(ascii: "/") {
      end =
        find(bytes, "</\(name)", from: end, caseInsensitive: true)
        .flatMap { closing in bytes[closing...].firstIndex(of: UInt8(ascii: ">")).map { $0 + 1 } } ?? bytes.count
    }
    blank(&bytes, start..<end)
    if blockElements.contains(name) || hiddenElements.contains(name) {
      // A paragraph break needs two newlines; a tag is always at least three bytes long.
      bytes[start] = 10
      bytes[start + 1] = 10
    }
    return end
  }

  private static func tagName(_ bytes: [UInt8], _ start: Int) -> String {
    var index = start + 1
    if index < bytes.count && bytes[index] == UInt8(ascii: "/") { index += 1 }
    var name: [UInt8] = []
    while index < bytes.count,
      (65...90).contains(bytes[index]) || (97...122).contains(bytes[index])
        || (48...57).contains(bytes[index])
    {
      name.append(bytes[index] | 0x20)
      index += 1
    }
    return String(decoding: name, as: UTF8.self)
  }

  // MARK: - Entities

  private static let namedEntities: [String: String] = [
    "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}", "rsquo": "’", "lsquo": "‘",
    "rdquo": "”", "ldquo": "“", "mdash": "—", "ndash": "–", "hellip": "…", "euro": "€", "pound": "£", "yen": "¥",
    "cent": "¢", "copy": "©", "reg": "®", "middot": "·", "laquo": "«", "raquo": "»", "bull": "•", "deg": "°",
    "percnt": "%", "dollar": "$", "shy": "\u{00AD}", "eacute": "é", "egrave": "è", "aacute": "á", "oacute": "ó",
    "uuml": "ü", "ouml": "ö", "auml": "ä", "ccedil": "ç", "ntilde": "ñ", "iacute": "í", "uacute": "ú",
  ]

  private static func decodeEntity(_ bytes: inout [UInt8], at start: Int) -> Int {
    guard let semicolon = bytes[start..<min(bytes.count, start + 12)].firstIndex(of: UInt8(ascii: ";")) else {
      return start + 1
    }
    let name = String(decoding: bytes[(start + 1)..<semicolon], as: UTF8.self)
    var decoded: String?
    if name.hasPrefix("#x") || name.hasPrefix("#X") {
      decoded = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
    } else if name.hasPrefix("#") {
      decoded = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
    } else {
      decoded = namedEntities[name]
    }
    guard let decoded else { return start + 1 }
    let replacement = Array(decoded.utf8)
    let length = semicolon + 1 - start
    guard replacement.count <= length else { return start + 1 }
    for offset in 0..<length {
      bytes[start + offset] = offset < replacement.count ? replacement[offset] : ProseText.paddingByte
    }
    return semicolon + 1
  }

  // MARK: - Bytes

  private static func blank(_ bytes: inout [UInt8], _ range: Range<Int>) {
    for index in range { bytes[index] = 32 }
  }

  private static func hasPrefix(_ bytes: [UInt8], _ start: Int, _ prefix: String) -> Bool {
    let needle = Array(prefix.utf8)
    return start + needle.count <= bytes.count && Array(bytes[start..<start + needle.count]) == needle
  }

  private static func find(_ bytes: [UInt8], _ needle: String, from start: Int, caseInsensitive: Bool = false) -> Int? {
    let pattern = Array(needle.utf8)
    guard start <= bytes.count - pattern.count else { return nil }
    var index = start
    while index <= bytes.count - pattern.count {
      var matched = true
      for offset in 0..<pattern.count {
        let byte =
          caseInsensitive && (65...90).contains(bytes[index + offset])
          ? bytes[index + offset] | 0x20 : bytes[index + offset]
        if byte != pattern[offset] {
          matched = false
          break
        }
      }
      if matched { return index }
      index += 1
    }
    return nil
  }
}
