/// One sentence of a document: its byte range in the original text and the block it belongs to. Its text is
/// read from the prose when needed (`ProseText.text(of:)`): a large corpus cannot keep a copy of every sentence.
public struct Sentence: Sendable, Hashable {
  public var range: Range<Int>
  /// Index of the block (paragraph, heading, list item) the sentence belongs to.
  public var block: Int

  public init(range: Range<Int>, block: Int) {
    self.range = range
    self.block = block
  }
}

extension ProseText {
  /// A sentence's text with white space folded.
  public func text(of sentence: Sentence) -> String { cleanText(sentence.range) }
}

/// Sentences are found by binary search: they are in text order, and a long document asks once per quotation or
/// figure (20,000 of each took 33 s to check when each looked through every sentence).
extension [Sentence] {
  /// The sentence that holds a byte offset.
  func index(holding offset: Int) -> Int? {
    let index = partitionPoint { $0.range.upperBound > offset }
    return index < count && self[index].range.contains(offset) ? index : nil
  }

  /// The sentences a range overlaps.
  func indices(overlapping range: Range<Int>) -> Range<Int> {
    let start = partitionPoint { $0.range.upperBound > range.lowerBound }
    return start..<Swift.max(start, partitionPoint { $0.range.lowerBound >= range.upperBound })
  }

  /// The last sentence that starts at or before an offset.
  func lastIndex(startingAtOrBefore offset: Int) -> Int? {
    let index = partitionPoint { $0.range.lowerBound > offset } - 1
    return index >= 0 ? index : nil
  }
}
