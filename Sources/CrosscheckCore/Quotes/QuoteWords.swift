/// The words of a quotation for comparing wordings: lower-cased, diacritics and apostrophes folded, nothing stemmed
/// ("price" and "cost" must differ). A bracketed editorial insertion and an ellipsis are gaps: the words on either
/// side must each appear, in order, but anything may stand between them.
struct QuoteWords {
  struct Word {
    var text: String
    var range: Range<Int>
  }

  /// Runs of words between gaps.
  let segments: [[Word]]
  var words: [Word] { segments.flatMap { $0 } }

  init(_ prose: ProseText, _ range: Range<Int>) {
    var segments: [[Word]] = [[]]
    let text = prose.text
    var gaps: [Range<Int>] = []
    // Brackets and ellipses, found on the raw bytes of the range.
    let bytes = Array(TextBuffer.substring(text, range).utf8)
    var index = 0
    while index < bytes.count {
      if bytes[index] == UInt8(ascii: "["), let close = bytes[index...].firstIndex(of: UInt8(ascii: "]")) {
        gaps.append((range.lowerBound + index)..<(range.lowerBound + close + 1))
        index = close + 1
      } else if bytes[index] == UInt8(ascii: "."), index + 2 < bytes.count, bytes[index + 1] == UInt8(ascii: "."),
        bytes[index + 2] == UInt8(ascii: ".")
      {
        gaps.append((range.lowerBound + index)..<(range.lowerBound + index + 3))
        index += 3
      } else if index + 2 < bytes.count, bytes[index] == 0xE2, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA6 {
        // "…", the ellipsis character
        gaps.append((range.lowerBound + index)..<(range.lowerBound + index + 3))
        index += 3
      } else {
        index += 1
      }
    }
    Tokenizer.words(in: text, range: range) { wordRange, word in
      if gaps.contains(where: { $0.overlaps(wordRange) }) { return }
      if let gap = gaps.first, gap.upperBound <= wordRange.lowerBound {
        gaps.removeFirst()
        if !segments[segments.count - 1].isEmpty { segments.append([]) }
      }
      segments[segments.count - 1].append(Word(text: Normalizer.fold(word), range: wordRange))
    }
    self.segments = segments.filter { !$0.isEmpty }
  }

  /// How the draft's words stand in a source quotation.
  struct Comparison {
    /// Every segment appears in the source contiguously and in order.
    var exact: Bool
    /// Share of the draft's words found in order in the source (longest common subsequence).
    var similarity: Double
    /// The source words the draft corresponds to, first to last matched.
    var window: Range<Int>
  }

  func compare(with source: QuoteWords) -> Comparison {
    let draft = words.map(\.text)
    let target = source.words.map(\.text)
    guard !draft.isEmpty, !target.isEmpty else { return Comparison(exact: false, similarity: 0, window: 0..<0) }
    var exact = true
    var searchFrom = 0
    for segment in segments.map({ $0.map(\.text) }) {
      guard let found = Self.find(segment, in: target, from: searchFrom) else {
        exact = false
        break
      }
      searchFrom = found + segment.count
    }
    let (length, first, last) = Self.lcs(draft, target)
    return Comparison(
      exact: exact, similarity: Double(length) / Double(draft.count), window: length == 0 ? 0..<0 : first..<(last + 1))
  }

  private static func find(_ needle: [String], in haystack: [String], from start: Int) -> Int? {
    guard needle.count <= haystack.count - start else { return nil }
    for index in start...(haystack.count - needle.count) where Array(haystack[index..<index + needle.count]) == needle {
      return index
    }
    return nil
  }

  /// Longest common subsequence length, and the first and last target indices it uses.
  private static func lcs(_ a: [String], _ b: [String]) -> (Int, Int, Int) {
    var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in stride(from: a.count - 1, through: 0, by: -1) {
      for j in stride(from: b.count - 1, through: 0, by: -1) {
        table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
      }
    }
    var i = 0
    var j = 0
    var first = -1
    var last = -1
    while i < a.count && j < b.count {
      if a[i] == b[j] {
        if first < 0 { first = j }
        last = j
        i += 1
        j += 1
      } else if table[i + 1][j] >= table[i][j + 1] {
        i += 1
      } else {
        j += 1
      }
    }
    return (table[0][0], max(first, 0), max(last, 0))
  }
}
