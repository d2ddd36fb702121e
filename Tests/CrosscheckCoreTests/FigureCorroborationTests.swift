import Testing

@testable import CrosscheckCore

/// The corroboration step of `figure-mismatch`: a figure from a span only the article-best rule linked is called a
/// contradiction when two outlets give it, or when its article tells the draft's story.
@Suite struct FigureCorroborationTests {
  func figure(_ text: String) throws -> Figure {
    try #require(FigureExtractor.figures(in: text, range: 0..<text.utf8.count, referenceYear: 2026).first)
  }

  func source(_ article: Int32, _ text: String, articleBest: Bool) throws -> FigureSource {
    FigureSource(
      article: article, outlet: "outlet \(article)", figure: try figure(text), linkedWeakly: articleBest)
  }

  func match(_ article: Int32, _ rule: AlignmentModel.Rule) -> SentenceMatch {
    let text = "The toll poll found 40 percent support."
    let side = AlignmentSide(Tokenizer.tokens(in: text, range: 0..<text.utf8.count), weight: { _ in 1 })
    return SentenceMatch(
      article: article, sentences: 0..<1, score: 0.9, rule: rule, carriage: Carriage(draft: side, source: side))
  }

  @Test func oneDoubtedOutletIsNotEnoughTwoAre() throws {
    let doubted = try source(1, "40 percent", articleBest: true)
    #expect(!FigureChecks.isCorroborated([doubted], among: 1, story: []))
    #expect(
      FigureChecks.isCorroborated([doubted, try source(2, "40 percent", articleBest: true)], among: 1, story: []))
    #expect(FigureChecks.isCorroborated([try source(3, "40 percent", articleBest: false)], among: 1, story: []))
    #expect(FigureChecks.isCorroborated([doubted], among: 1, story: [1]))
  }

  /// When each outlet gives another value, none alone says the draft is wrong: the sources have not settled it.
  @Test func outletsThatEachGiveAnotherValueDoNotContradictTheDraft() throws {
    let draft = try figure("55 percent")
    let scattered = [try source(1, "40 percent", articleBest: false), try source(2, "47 percent", articleBest: false)]
    #expect(FigureChecks.contradiction(of: draft, outlets: scattered, story: []) == nil)
    let two = scattered + [try source(3, "40 percent", articleBest: true)]
    #expect(FigureChecks.contradiction(of: draft, outlets: two, story: [])?.map(\.article) == [1, 3])
    let one = [try source(1, "40 percent", articleBest: false)]
    #expect(FigureChecks.contradiction(of: draft, outlets: one, story: [])?.map(\.article) == [1])
  }

  @Test func anArticleTellsTheStoryWhenItCarriesSeveralDraftSentences() {
    let alignments = [
      [match(1, .model), match(2, .articleBest)],
      [match(1, .containment), match(2, .articleBest), match(3, .model)],
      [match(1, .model), match(1, .model)],
    ]
    #expect(FigureChecks.storyArticles(alignments) == [1])
  }
}
