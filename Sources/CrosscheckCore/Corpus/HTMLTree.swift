/// The elements of a page as a forgiving reader sees them (unclosed tags are closed by their parent's end, a stray
/// end tag is ignored), with the text each holds: enough to tell a page's article from its furniture.
struct HTMLTree {
  struct Node {
    var name: String
    /// Where its start tag is written; its attributes are read only for the few elements that are scored.
    var tag: Range<Int>
    var parent: Int
  }

  struct TextRun {
    var range: Range<Int>
    var node: Int
    var isLink: Bool
  }

  /// The page as bytes, for reading attributes.
  let bytes: [UInt8]

  init(bytes: [UInt8]) { self.bytes = bytes }

  /// The tag's attributes, lower-cased: `itemprop` and `role` are read from them.
  func attributes(_ node: Int) -> String {
    String(decoding: bytes[nodes[node].tag].map(HTMLProse.folded), as: UTF8.self)
  }

  /// The words of its class and id ("article-body main" → article, body, main), lower-cased: hints are matched to
  /// them.
  func hints(_ node: Int) -> [Substring] { Self.hintWords(in: bytes, nodes[node].tag) }

  /// The words of the class and id attributes' values (the first of each) in a tag, read from the page's bytes:
  /// every element of a page is asked, and making each tag a lower-cased string first cost a fifth of the
  /// extraction.
  static func hintWords(in bytes: [UInt8], _ tag: Range<Int>) -> [Substring] {
    var words: [Substring] = []
    for name in [" class=", " id="] {
      guard let at = HTMLProse.find(bytes, name, from: tag.lowerBound, caseInsensitive: true, before: tag.upperBound)
      else { continue }
      let open = at + name.utf8.count
      guard open < tag.upperBound, bytes[open] == 34 || bytes[open] == 39 else { continue }
      let close = bytes[(open + 1)..<tag.upperBound].firstIndex(of: bytes[open]) ?? tag.upperBound
      // Words are runs of letters and digits; any byte of a non-ASCII character counts as a letter.
      let value = String(decoding: bytes[(open + 1)..<close].map(HTMLProse.folded), as: UTF8.self)
      for name in value.utf8.split(separator: UInt8(ascii: " "))
      where !taxonomyPrefixes.contains(where: { name.starts(with: $0.utf8) }) {
        words += name.split(whereSeparator: { $0 < 0x80 && !Self.isAlphanumeric($0) }).map { Substring($0) }
      }
    }
    return words
  }

  /// Classes a blog engine names after the post's topics ("category-native-advertising", "tag-comments"): they
  /// say what the story is about, not what the element is, and a story filed under advertising is no advert.
  private static let taxonomyPrefixes = ["category-", "tag-", "post_tag-", "topic-"]

  private static func isAlphanumeric(_ byte: UInt8) -> Bool {
    (48...57).contains(byte) || (65...90).contains(byte) || (97...122).contains(byte)
  }

  private(set) var nodes: [Node] = [Node(name: "#root", tag: 0..<0, parent: -1)]
  private(set) var runs: [TextRun] = []
  private var stack: [Int] = [0]
  private var links = 0

  static let voidElements: Set<String> = [
    "br", "img", "hr", "meta", "link", "input", "source", "wbr", "area", "base", "col", "embed", "param", "track",
  ]

  mutating func tag(_ bytes: [UInt8], _ range: Range<Int>, name: String) {
    guard !name.isEmpty, range.count >= 2 else { return }
    if bytes[range.lowerBound + 1] == UInt8(ascii: "/") {
      guard let open = stack.lastIndex(where: { nodes[$0].name == name }), open > 0 else { return }
      for closed in stack[open...] where nodes[closed].name == "a" { links -= 1 }
      stack.removeSubrange(open...)
      return
    }
    let end = bytes[range].firstIndex(of: UInt8(ascii: ">")) ?? range.upperBound
    nodes.append(Node(name: name, tag: range.lowerBound..<end, parent: stack.last!))
    let selfClosing = end > range.lowerBound && bytes[end - 1] == UInt8(ascii: "/")
    guard !Self.voidElements.contains(name), !selfClosing else { return }
    stack.append(nodes.count - 1)
    if name == "a" { links += 1 }
  }

  mutating func addText(_ range: Range<Int>) {
    runs.append(TextRun(range: range, node: stack.last!, isLink: links > 0))
  }

  /// The run that holds a byte offset, by binary search: runs are in text order.
  func run(at offset: Int) -> TextRun? {
    let low = runs.partitionPoint { $0.range.upperBound > offset }
    return low < runs.count && runs[low].range.lowerBound <= offset ? runs[low] : nil
  }

  /// The runs that share bytes with a range, in text order: found by one binary search, where asking for the run
  /// at each byte searched again for every byte between runs.
  func runs(overlapping range: Range<Int>) -> ArraySlice<TextRun> {
    let first = runs.partitionPoint { $0.range.upperBound > range.lowerBound }
    var end = first
    while end < runs.count && runs[end].range.lowerBound < range.upperBound { end += 1 }
    return runs[first..<end]
  }

  func ancestors(of node: Int) -> [Int] {
    var result: [Int] = []
    var current = node
    while current >= 0 {
      result.append(current)
      current = nodes[current].parent
    }
    return result
  }
}
