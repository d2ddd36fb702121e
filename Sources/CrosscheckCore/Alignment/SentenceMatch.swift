/// A source sentence, a clause unit of one, or two adjacent sentences, that carries a draft sentence.
public struct SentenceMatch: Sendable, Hashable {
  public var article: Int32
  /// One sentence index, or two consecutive ones when the draft joined them.
  public var sentences: Range<Int32>
  /// The probability that the span carries the draft sentence (`AlignmentModel`): the alignment decision.
  public var score: Double
  public var rule: AlignmentModel.Rule
  /// What the decision was made from.
  public var carriage: Carriage
  /// The clause unit matched, when a part of the sentence carries the claim better than all of it.
  public var unit: ClauseUnit?
  /// For an `echo`, the article whose linked span it words the claim as (`inspect alignment` names its outlet).
  public var echoOf: Int32?

  public init(
    article: Int32, sentences: Range<Int32>, score: Double, rule: AlignmentModel.Rule, carriage: Carriage,
    unit: ClauseUnit? = nil
  ) {
    self.article = article
    self.sentences = sentences
    self.score = score
    self.rule = rule
    self.carriage = carriage
    self.unit = unit
  }

  /// The share of the draft sentence's content the span carries (0…1): what a hover reports.
  public var carried: Double { carriage.carried }

  /// The matched text's byte range in the source's prose: the unit's, or the sentences'.
  public func range(in article: SourceArticle) -> Range<Int> {
    if let unit { return unit.range }
    return article.sentences[Int(sentences.lowerBound)].range
      .lowerBound..<article.sentences[Int(sentences.upperBound - 1)].range.upperBound
  }

  public func text(in article: SourceArticle) -> String {
    article.prose.cleanText(range(in: article))
  }
}
