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
