import Foundation

/// Reads the visible text of an HTML page into a `ProseText` whose byte offsets are the original file's.
///
/// Tags, comments, and the contents of `script`, `style`, `nav`, `header`, `footer`, `aside`, `noscript`,
/// `figure`, `svg`, `button`, `select`, `template` and `iframe` are overwritten with spaces (not `form`: some
/// sites wrap the whole page in one); inline tags (`a`, `span`, `em`…) with padding, which every reader of the
/// text skips, since a browser shows no space for them ("<b>T</b>he", "<a>Vela</a>,", "£<b>4</b>m"); entities
/// are decoded in place and padded
/// (a decoded character is never longer than its entity), so a jump to a source sentence lands on the right
/// bytes of the original file. Block-level tags become paragraph breaks.
public enum HTMLProse {
  /// Whether a path names an HTML page.
  public static func isHTML(path: String) -> Bool {
    let lower = path.lowercased()
    return lower.hasSuffix(".html") || lower.hasSuffix(".htm")
  }

  /// The page's text; its paragraphs are those of the main content (`HTMLArticle`), or all of them on a page
  /// where no main content stands out.
  public static func prose(from html: String) -> ProseText { read(html).prose }

  /// The page's text and what it says about itself, its JSON-LD read once for both.
  public static func page(from html: String) -> (prose: ProseText, metadata: PageMetadata) {
    let (prose, linked) = read(html)
    return (prose, metadata(from: html, linked: linked))
  }

  private static func read(_ html: String) -> (prose: ProseText, linked: JSONLD) {
    let original = Array(html.utf8)
    var bytes = original
    var index = 0
    let count = bytes.count
    var tree = HTMLTree(bytes: original)
    var textStart: Int?
    // The JSON-LD scripts, found on the way: a second search of a large page cost a tenth of the extraction.
    var linkedData: [Range<Int>] = []
    while index < count {
      switch bytes[index] {
      case UInt8(ascii: "<"):
        if let start = textStart {
          tree.addText(start..<index)
          textStart = nil
        }
        let tag = index
        let name: String
        let kind: ElementKind
        let content: Range<Int>?
        (index, name, kind, content) = blankTag(&bytes, at: index)
        if let content {
          // A script that says it is JSON-LD, or the JSON-LD scripts inside another hidden element (`<head>`).
          if name == "script" {
            if find(original, "ld+json", from: tag, caseInsensitive: true, before: content.lowerBound) != nil {
              linkedData.append(content)
            }
          } else {
            linkedData += JSONLD.scripts(in: original, content)
          }
        }
        // A hidden element's content was skipped whole: it is no part of the tree.
        if !name.isEmpty && kind != .hidden { tree.tag(original, tag..<index, name: name) }
      case UInt8(ascii: "&"):
        if textStart == nil { textStart = index }
        index = decodeEntity(&bytes, at: index)
      case 10, 13:
        bytes[index] = 32  // newlines inside HTML text are just spaces; paragraphs come from tags
        index += 1
      default:
        if textStart == nil { textStart = index }
        index += 1
      }
    }
    if let start = textStart { tree.addText(start..<count) }
    let text = String(decoding: bytes, as: UTF8.self)
    let blocks = ProseText(parsing: text, format: .paragraphs).blocks
    let prose = ProseText(text: text, blocks: blocks)
    let main = HTMLArticle.mainBlocks(of: prose, tree: tree)
    let linked = JSONLD(original, scripts: linkedData)
    return (ProseText(text: text, blocks: confirmed(main, all: blocks, prose: prose, by: linked.articleBody)), linked)
  }

  /// The cross-check with a page's JSON-LD `articleBody`: when the page states its article's text and the chosen
  /// paragraphs carry less than half of it, the paragraphs that the stated text contains are taken instead. The
  /// paragraphs still come from the page itself, so their offsets are the file's.
  static func confirmed(_ main: [Range<Int>], all: [Range<Int>], prose: ProseText, by body: String?) -> [Range<Int>] {
    guard let body, body.count > 100 else { return main }
    func words(_ text: String) -> [Substring] {
      text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
    }
    let stated = words(body)
    let statedText = " " + stated.joined(separator: " ") + " "
    func isStated(_ block: Range<Int>) -> Bool {
      let blockWords = words(prose.cleanText(block))
      return blockWords.count >= 4 && statedText.contains(" " + blockWords.joined(separator: " ") + " ")
    }
    let carried = main.filter(isStated).reduce(0) { $0 + words(prose.cleanText($1)).count }
    guard carried * 2 < stated.count else { return main }
    let found = all.filter(isStated)
    let foundWords = found.reduce(0) { $0 + words(prose.cleanText($1)).count }
    return foundWords * 2 >= stated.count ? found : main
  }

  // MARK: - Tags

  /// How an element's tag is read: its content skipped, a paragraph break, nothing at all (inline), or a space.
  enum ElementKind {
    case hidden, block, inline, other
  }

  /// Every tag's kind from one lookup: a large page has tens of thousands of tags.
  static func kind(of name: String) -> ElementKind { elementKinds[name] ?? .other }

  private static let elementKinds: [String: ElementKind] = {
    var kinds: [String: ElementKind] = [:]
    for name in [
      "script", "style", "nav", "header", "footer", "aside", "noscript", "figure", "svg", "head", "button", "select",
      "template", "iframe",
    ] {
      kinds[name] = .hidden
    }
    // Elements a browser sets in the line without a space of their own. Unknown elements are not among them: a
    // site's own element may well be a block, and a space there costs less than two words run together.
    for name in [
      "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "font", "i", "ins", "kbd", "mark",
      "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr",
    ] {
      kinds[name] = .inline
    }
    for name in [
      "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "article", "section", "blockquote",
      "tr", "td", "th", "table", "main", "hr", "dd", "dt", "pre", "figcaption", "title", "body", "html",
    ] {
      kinds[name] = .block
    }
    return kinds
  }()

  /// Blanks the tag at `start` (and a hidden element's whole content); returns where scanning resumes, the
  /// tag's name (empty for a comment) and, for a hidden element, where its content lies.
  private static func blankTag(_ bytes: inout [UInt8], at start: Int) -> (
    end: Int, name: String, kind: ElementKind, content: Range<Int>?
  ) {
    if hasPrefix(bytes, start, "<!--") {
      let end = find(bytes, "-->", from: start + 4).map { $0 + 3 } ?? bytes.count
      blank(&bytes, start..<end)
      return (end, "", .other, nil)
    }
    guard let close = bytes[start...].firstIndex(of: UInt8(ascii: ">")) else {
      blank(&bytes, start..<bytes.count)
      return (bytes.count, "", .other, nil)
    }
    let name = tagName(bytes, start)
    let kind = kind(of: name)
    let isClosing = start + 1 < bytes.count && bytes[start + 1] == UInt8(ascii: "/")
    var end = close + 1
    var content: Range<Int>?
    if !isClosing && kind == .hidden && bytes[close - 1] != UInt8(ascii: "/") {
      let closing = find(bytes, "</\(name)", from: end, caseInsensitive: true) ?? bytes.count
      content = end..<closing
      end = bytes[closing...].firstIndex(of: UInt8(ascii: ">")).map { $0 + 1 } ?? bytes.count
    }
    if kind == .inline {
      for index in start..<end { bytes[index] = ProseText.paddingByte }
      return (end, name, kind, content)
    }
    blank(&bytes, start..<end)
    if kind == .block || kind == .hidden {
      // A paragraph break needs two newlines; a tag is always at least three bytes long.
      bytes[start] = 10
      bytes[start + 1] = 10
    }
    return (end, name, kind, content)
  }

  static func tagName(_ bytes: [UInt8], _ start: Int) -> String {
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

  /// A value with its entities decoded, for metadata read from attributes and `<title>`.
  static func decodingEntities(_ text: String) -> String {
    guard text.contains("&") else { return text }
    var bytes = Array(text.utf8)
    var index = 0
    while index < bytes.count {
      index = bytes[index] == UInt8(ascii: "&") ? decodeEntity(&bytes, at: index) : index + 1
    }
    return String(decoding: bytes.filter { $0 != ProseText.paddingByte }, as: UTF8.self)
  }

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
    let needle = prefix.utf8
    return start + needle.count <= bytes.count && bytes[start..<start + needle.count].elementsEqual(needle)
  }

  /// An ASCII capital made small; any other byte as it is.
  static func folded(_ byte: UInt8) -> UInt8 { (65...90).contains(byte) ? byte | 0x20 : byte }

  /// Where `needle` next occurs at or after `start`; ASCII letters match either case when asked. Runs over the
  /// whole page several times (closing tags of scripts and styles, comments, JSON-LD, metadata), so it skips ahead
  /// on the first byte without bounds checks.
  static func find(
    _ bytes: [UInt8], _ needle: String, from start: Int, caseInsensitive: Bool = false, before end: Int? = nil
  ) -> Int? {
    let pattern = needle.utf8.map { caseInsensitive ? Self.folded($0) : $0 }
    let end = min(end ?? bytes.count, bytes.count)
    guard let first = pattern.first, start >= 0, start <= end - pattern.count else { return nil }
    // The first byte in either case, compared without folding: most of a page is passed over on it.
    let otherFirst = caseInsensitive && (97...122).contains(first) ? first - 32 : first
    return bytes.withUnsafeBufferPointer { buffer -> Int? in
      let last = end - pattern.count
      var index = start
      while index <= last {
        let byte = buffer[index]
        if byte == first || byte == otherFirst {
          var offset = 1
          while offset < pattern.count {
            let next = buffer[index + offset]
            guard (caseInsensitive ? Self.folded(next) : next) == pattern[offset] else { break }
            offset += 1
          }
          if offset == pattern.count { return index }
        }
        index += 1
      }
      return nil
    }
  }
}
