/// A source sentence (or two adjacent ones, when the draft joined them) that carries a draft sentence.
public struct SentenceMatch: Sendable, Hashable {
  public var article: Int32
  /// One sentence index, or two consecutive ones for a 1:2 split.
  public var sentences: Range<Int32>
  /// Similarity in 0…1: 1 for the same content words in the same order.
  public var score: Double

  public init(article: Int32, sentences: Range<Int32>, score: Double) {
    self.article = article
    self.sentences = sentences
    self.score = score
  }

  /// The matched text's byte range in the source's prose.
  public func range(in article: SourceArticle) -> Range<Int> {
    article.sentences[Int(sentences.lowerBound)].range
      .lowerBound..<article.sentences[Int(sentences.upperBound - 1)].range.upperBound
  }

  public func text(in article: SourceArticle) -> String {
    article.prose.cleanText(range(in: article))
  }
}
