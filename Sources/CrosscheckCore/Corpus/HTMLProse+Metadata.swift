import Foundation

/// What a page says about itself, read from its meta tags, its JSON-LD and the markers of its article text.
extension HTMLProse {
  /// What an HTML page says about itself.
  public struct PageMetadata: Sendable, Equatable {
    public var outlet: String?
    public var title: String?
    public var url: String?
    public var date: String?
    public var author: String?
  }

  /// Metadata an HTML page carries: `<meta name="outlet">` or `og:site_name` or the JSON-LD publisher for the
  /// outlet; `og:title`, the JSON-LD headline or `<title>`; the canonical link or `og:url`;
  /// `article:published_time`, the JSON-LD `datePublished` or a `<time datetime>`; `<meta name="author">` or the
  /// JSON-LD author. `linked` is the page's JSON-LD, read while its text was.
  ///
  /// Searched on the page's bytes, every marker in one pass (`firstMarkers`): Foundation's case-insensitive search
  /// of a large page, once for each of a dozen markers, had cost twice as much as reading the page's text.
  static func metadata(from html: String, linked: JSONLD) -> PageMetadata {
    let bytes = Array(html.utf8)
    let markers = firstMarkers(in: bytes)
    func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
    /// The quoted value of `name="…"` (the name in either case) within a tag, or nil; an empty value when it is
    /// empty.
    func value(of name: String, in tag: Range<Int>) -> String? {
      guard let at = find(bytes, "\(name)=\"", from: tag.lowerBound, caseInsensitive: true, before: tag.upperBound)
      else { return nil }
      let start = at + name.utf8.count + 2
      return text(start..<(bytes[start..<tag.upperBound].firstIndex(of: UInt8(ascii: "\"")) ?? tag.upperBound))
    }
    func tagEnd(after index: Int) -> Int { bytes[index...].firstIndex(of: UInt8(ascii: ">")) ?? bytes.count }
    /// The value of an attribute of the tag holding a marker.
    func value(of name: String, besideMarker marker: String) -> String? {
      guard let at = markers[marker] else { return nil }
      return value(of: name, in: tagStart(before: at, in: bytes)..<tagEnd(after: at))
    }
    func attribute(_ name: String) -> String? {
      for marker in ["name", "property", "itemprop"].map({ "\($0)=\(name.lowercased())" }) {
        if let content = value(of: "content", besideMarker: marker), !content.isEmpty { return content }
      }
      return nil
    }
    var title: String?
    if let open = find(bytes, "<title>", from: 0, caseInsensitive: true),
      let close = find(bytes, "</title>", from: open + 7, caseInsensitive: true)
    {
      title = text((open + 7)..<close).trimmingCharacters(in: .whitespacesAndNewlines)
    }
    return PageMetadata(
      outlet: attribute("outlet") ?? attribute("og:site_name") ?? linked.publisher,
      title: attribute("og:title") ?? linked.headline ?? title,
      url: value(of: "href", besideMarker: "rel=canonical") ?? attribute("og:url"),
      date: attribute("article:published_time") ?? linked.datePublished ?? attribute("datePublished")
        ?? value(of: "datetime", besideMarker: "datetime"),
      author: attribute("author").flatMap { $0.hasPrefix("http") ? nil : $0 } ?? linked.author
    ).tidied()
  }

  /// The attributes that mark a page's metadata, each with the tag it marks metadata in (nil: any tag), and
  /// whether its value is part of the marker (`name="author"`) or the marker's value (`datetime="2025-05-02"`).
  static let markerAttributes: [(name: String, tag: String?, valued: Bool)] = [
    ("name", nil, true), ("property", nil, true), ("itemprop", nil, true), ("rel", "link", true),
    ("datetime", "time", false),
  ]

  /// Where each marker first stands, keyed by `attribute=value` in small letters ("property=og:title",
  /// "rel=canonical") or by the attribute alone ("datetime"), wherever on the page it is written; found by each
  /// `="`, which a page writes far less often than any letter.
  static func firstMarkers(in bytes: [UInt8]) -> [String: Int] {
    var markers: [String: Int] = [:]
    var from = 0
    while let equals = find(bytes, "=\"", from: from) {
      from = equals + 2
      guard
        let marker = markerAttributes.first(where: { marker in
          marker.name.utf8.count <= equals
            && zip(bytes[(equals - marker.name.utf8.count)..<equals], marker.name.utf8).allSatisfy { folded($0) == $1 }
        }), let close = bytes[from...].firstIndex(of: UInt8(ascii: "\""))
      else { continue }
      let at = equals - marker.name.utf8.count
      let key =
        marker.valued
        ? "\(marker.name)=\(String(decoding: bytes[from..<close].map(folded), as: UTF8.self))" : marker.name
      from = close + 1
      guard markers[key] == nil else { continue }
      if let tag = marker.tag,
        find(bytes, "<\(tag)", from: tagStart(before: at, in: bytes), caseInsensitive: true, before: at) == nil
      {
        continue
      }
      markers[key] = at
    }
    return markers
  }

  /// Where the tag holding a byte opens, looked for no further back than `tagReach`: a page that writes a marker
  /// thousands of times far from any tag would otherwise be read back to its start for each.
  static func tagStart(before index: Int, in bytes: [UInt8]) -> Int {
    let floor = max(0, index - tagReach)
    return bytes[floor..<index].lastIndex(of: UInt8(ascii: "<")) ?? floor
  }

  /// Longer than any tag that carries metadata.
  static let tagReach = 1_024

  /// The article facts of a page's JSON-LD (`<script type="application/ld+json">`): a cross-check and a fallback
  /// for metadata, never the source of the text (its offsets are not the page's).
  struct JSONLD {
    var headline: String?
    var datePublished: String?
    var author: String?
    var publisher: String?
    var articleBody: String?

    /// Where the JSON-LD scripts within a range of the page hold their JSON.
    static func scripts(in bytes: [UInt8], _ range: Range<Int>) -> [Range<Int>] {
      var scripts: [Range<Int>] = []
      var from = range.lowerBound
      while let start = find(bytes, "application/ld+json", from: from, caseInsensitive: true, before: range.upperBound),
        let open = bytes[start..<range.upperBound].firstIndex(of: UInt8(ascii: ">")),
        let close = find(bytes, "</script", from: open, caseInsensitive: true, before: range.upperBound)
      {
        from = close + 8
        scripts.append((open + 1)..<close)
      }
      return scripts
    }

    /// Reads the scripts at these ranges of the page.
    init(_ bytes: [UInt8], scripts: [Range<Int>]) {
      for script in scripts {
        guard let value = try? JSONSerialization.jsonObject(with: Data(bytes[script])) else { continue }
        for object in Self.objects(value) {
          headline = headline ?? object["headline"] as? String
          datePublished = datePublished ?? object["datePublished"] as? String
          articleBody = articleBody ?? object["articleBody"] as? String
          author = author ?? Self.name(object["author"])
          publisher = publisher ?? Self.name(object["publisher"])
        }
      }
    }

    /// Every object in a JSON-LD value, `@graph` members included, articles first.
    static func objects(_ value: Any) -> [[String: Any]] {
      var found: [[String: Any]] = []
      if let object = value as? [String: Any] {
        found.append(object)
        if let graph = object["@graph"] { found += objects(graph) }
      } else if let array = value as? [Any] {
        for item in array { found += objects(item) }
      }
      return found.sorted { ($0["articleBody"] != nil ? 0 : 1) < ($1["articleBody"] != nil ? 0 : 1) }
    }

    /// A name, or the name of an object or of the first of a list.
    static func name(_ value: Any?) -> String? {
      if let text = value as? String { return text }
      if let object = value as? [String: Any] { return object["name"] as? String }
      if let array = value as? [Any] { return array.lazy.compactMap { name($0) }.first }
      return nil
    }
  }
}
