/// One sentence of a document: its byte range in the original text and its text with white space folded.
public struct Sentence: Sendable, Hashable {
  public var range: Range<Int>
  public var text: String
  /// Index of the block (paragraph, heading, list item) the sentence belongs to.
  public var block: Int

  public init(range: Range<Int>, text: String, block: Int) {
    self.range = range
    self.text = text
    self.block = block
  }
}
