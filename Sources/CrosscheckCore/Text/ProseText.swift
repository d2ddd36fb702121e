/// A document reduced to its prose, byte for byte: everything that is not prose (front matter, Markdown markers,
/// code, HTML tags) is overwritten with spaces, so every byte offset in `text` is also an offset in the original.
/// `blocks` are the paragraphs, headings and list items, each a byte range with no leading or trailing space.
public struct ProseText: Sendable {
  /// The kinds of file Crosscheck reads.
  public enum Format: Sendable {
    /// Markdown: paragraphs end at blank lines, headings and list items stand alone.
    case markdown
    /// Plain text: each line is a paragraph, unless the line break looks like wrapping.
    case plain
    /// Paragraphs separated by blank lines and no markup: text already extracted from HTML.
    case paragraphs
  }

  public let text: String
  public let blocks: [Range<Int>]

  /// Fills the bytes freed when something shorter replaces something longer in place (an HTML entity by its
  /// character). DEL never occurs in real prose; every scanner skips it as if it were not there.
  public static let paddingByte: UInt8 = 0x7F
  static let paddingScalar = Unicode.Scalar(paddingByte)

  public init(text: String, blocks: [Range<Int>]) {
    self.text = text
    self.blocks = blocks
  }

  /// Reads a file's prose the way its extension says: HTML pages, Markdown, or plain text.
  public init(reading text: String, path: String) {
    self =
      HTMLProse.isHTML(path: path)
      ? HTMLProse.prose(from: text) : ProseText(parsing: text, format: Self.format(forPath: path))
  }

  /// Chooses the format by file extension; unknown extensions read as plain text.
  public static func format(forPath path: String) -> Format {
    let lower = path.lowercased()
    return lower.hasSuffix(".md") || lower.hasSuffix(".markdown") ? .markdown : .plain
  }

  /// Like `cleanText`, with the `marked` byte ranges passed through `mark` and everything else through `plain`:
  /// how a hover puts the words a draft does not share in italics, escaping the rest.
  public func cleanText(
    _ range: Range<Int>, marking marked: [Range<Int>], mark: (String) -> String, plain: (String) -> String
  ) -> String {
    var result = ""
    var cursor = range.lowerBound
    for word in marked.sorted(by: { $0.lowerBound < $1.lowerBound }) where word.lowerBound >= cursor {
      let before = TextBuffer.substring(text, cursor..<word.lowerBound)
      let hasSpaceBefore = before.unicodeScalars.last.map { $0.isSpace } ?? false
      let leading = cleanText(cursor..<word.lowerBound)
      result += plain(leading)
      if hasSpaceBefore && !result.isEmpty { result += " " }
      result += mark(cleanText(word))
      cursor = word.upperBound
      let after = TextBuffer.substring(text, cursor..<range.upperBound)
      if after.unicodeScalars.first.map({ $0.isSpace }) ?? false { result += " " }
    }
    return result + plain(cleanText(cursor..<range.upperBound))
  }

  /// The text of a range with runs of white space folded to one space, for display and analysis.
  public func cleanText(_ range: Range<Int>) -> String {
    var result = ""
    var pendingSpace = false
    for scalar in TextBuffer.substring(text, range).unicodeScalars where scalar != Self.paddingScalar {
      if scalar.isSpace || scalar == "\u{00AD}" {
        pendingSpace = !result.isEmpty
      } else {
        if pendingSpace { result.unicodeScalars.append(" ") }
        pendingSpace = false
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}

extension TextBuffer {
  /// A byte range of any string, clamped.
  static func substring(_ text: String, _ range: Range<Int>) -> Substring {
    let utf8 = text.utf8
    let count = utf8.count
    let lower = utf8.index(utf8.startIndex, offsetBy: min(max(0, range.lowerBound), count))
    let upper = utf8.index(utf8.startIndex, offsetBy: min(max(range.lowerBound, range.upperBound), count))
    return text[lower..<upper]
  }
}
