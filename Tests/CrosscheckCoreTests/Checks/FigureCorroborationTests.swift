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

  /// A span of `source` the model doubted (the article-best rule linked it) for `draft`, each word weighing one.
  func doubted(_ source: String, of draft: String) -> SentenceMatch {
    func side(_ text: String) -> AlignmentSide {
      AlignmentSide(Tokenizer.tokens(in: text, range: 0..<text.utf8.count), weight: { _ in 1 })
    }
    return SentenceMatch(
      article: 1, sentences: 0..<1, score: 0.1, rule: .articleBest,
      carriage: Carriage(draft: side(draft), source: side(source)))
  }

  /// A span the model doubted is still trusted on figures when it carries most of the claim: a changed figure is
  /// what made the model doubt it. One that carries little is not.
  @Test func aDoubtedSpanThatCarriesMostOfTheClaimIsTrustedOnFigures() {
    let draft = "The Brann toll poll found 40 percent support among ferry users."
    let source = "Ferry users in Brann backed the toll, at 40 percent support, in the poll."
    let other = "Fares rose again on the island line."
    func match(_ text: String) -> SentenceMatch { doubted(text, of: draft) }
    #expect(FigureChecks.isTrustedOnFigures(match(source)))
    #expect(!FigureChecks.isTrustedOnFigures(match(other)))
    #expect(FigureChecks.isTrustedOnFigures(self.match(1, .model)))
  }

  /// A span that would contain the claim but for its figure is trusted on figures, though it carries less of the
  /// claim than `trustedShare`: its own count where the draft gives another is what kept containment from
  /// linking it, and what the figure check is there to see. One that leaves out the claim's names is not.
  @Test func aSpanContainingTheClaimButForItsFigureIsTrustedOnFigures() {
    let draft = "Harbour police fined three lesser trawler crews for dumping nets off the old quay."
    let source = "Police fined two trawler crews on Monday for dumping nets, a lesser offence under port bylaws."
    let elsewhere = "Customs officers fined two yacht crews on Monday for dumping nets, a lesser offence under bylaws."
    func match(_ text: String) -> SentenceMatch { doubted(text, of: draft) }
    #expect(match(source).carriage.carried < FigureChecks.trustedShare)
    #expect(FigureChecks.isTrustedOnFigures(match(source)))
    #expect(!FigureChecks.isTrustedOnFigures(match(elsewhere)))
  }

  @Test func oneDoubtedOutletIsNotEnoughTwoAre() throws {
    let doubted = try source(1, "40 percent", articleBest: true)
    #expect(!FigureChecks.isCorroborated([doubted], others: [], story: []))
    #expect(
      FigureChecks.isCorroborated([doubted, try source(2, "40 percent", articleBest: true)], others: [], story: []))
    #expect(FigureChecks.isCorroborated([try source(3, "40 percent", articleBest: false)], others: [], story: []))
    #expect(FigureChecks.isCorroborated([doubted], others: [], story: [1]))
  }

  /// Two outlets carrying one sentence word for word (wire copy) are one voice: they do not outvote an outlet that
  /// gives the draft's figure, where two outlets that each wrote it do.
  @Test func copiesOfOneWordingAreOneVoice() throws {
    let draft = try figure("55 percent")
    let agrees = try source(1, "55 percent", articleBest: false)
    func copy(_ article: Int32, _ wording: String) throws -> FigureSource {
      var copy = try source(article, "40 percent", articleBest: false)
      copy.sentence = wording
      return copy
    }
    let wire = "The toll poll found 40 percent support."
    let copies = [try copy(2, wire), try copy(3, wire)]
    #expect(FigureChecks.contradiction(of: draft, outlets: [agrees] + copies, story: []) == nil)
    let own = [try copy(2, wire), try copy(3, "Support for the toll stood at 40 percent in the poll.")]
    #expect(FigureChecks.contradiction(of: draft, outlets: [agrees] + own, story: [])?.map(\.article) == [2, 3])
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

  /// Against a span the model linked in an article that tells the draft's story, a third value from a passage
  /// linked only as its article's closest is another claim of the same shape (a hearing's date beside
  /// sentencing's) and leaves the figure settled; from a span the model linked, against a background piece, or
  /// against a passage that was itself only its article's closest, it does not.
  @Test func aLooselyLinkedThirdValueDoesNotUnsettleAStoryOutlet() throws {
    let draft = try figure("October 13")
    let story = try source(1, "October 3", articleBest: false)
    let hearing = try source(2, "July 8", articleBest: true)
    #expect(FigureChecks.contradiction(of: draft, outlets: [story, hearing], story: [1])?.map(\.article) == [1])
    #expect(FigureChecks.contradiction(of: draft, outlets: [hearing, story], story: [1])?.map(\.article) == [1])
    #expect(FigureChecks.contradiction(of: draft, outlets: [story, hearing], story: []) == nil)
    let linked = try source(2, "July 8", articleBest: false)
    #expect(FigureChecks.contradiction(of: draft, outlets: [story, linked], story: [1]) == nil)
    let closest = try source(1, "October 3", articleBest: true)
    #expect(FigureChecks.contradiction(of: draft, outlets: [closest, hearing], story: [1]) == nil)
  }

  @Test func anArticleTellsTheStoryWhenItCarriesSeveralDraftSentences() {
    let alignments = [
      [match(1, .model), match(2, .articleBest)],
      [match(1, .containment), match(2, .articleBest), match(3, .model)],
      [match(1, .model), match(1, .model)],
    ]
    #expect(FigureChecks.storyArticles(alignments) == [1])
  }

  /// A poll's margin of error is compared only in articles that tell the draft's story: every poll story gives its
  /// margin in the same words, and two pieces on another poll do not outvote the draft's own.
  @Test func anotherPollsMarginIsNotTheDrafts() {
    let draft =
      "The Brann ferry poll found that 52 percent of islanders back the new toll. "
      + "The poll has a margin of error of plus or minus four percentage points."
    func article(_ name: String, _ body: String) -> SourceArticle {
      SourceArticle(path: "/s/\(name).md", text: "---\noutlet: \(name)\n---\n\(body)\n")
    }
    let otherPoll = ["Harbour Post", "Quay Weekly"].map {
      article(
        $0,
        "A Calderwick council poll found that most residents oppose the new parking fees. "
          + "The poll has a margin of error of plus or minus three percentage points.")
    }
    let samePoll = ["Brann Herald", "Ferry Times"].map {
      article(
        $0,
        "Some 52 percent of islanders back the new ferry toll, the Brann poll found. "
          + "The poll has a margin of error of plus or minus three percentage points.")
    }
    func mismatches(_ articles: [SourceArticle]) -> [Finding] {
      figureFindings(draft, against: Corpus(articles: articles, problems: [])).filter { $0.code == "figure-mismatch" }
    }
    #expect(mismatches(otherPoll).isEmpty)
    #expect(mismatches(samePoll).count == 1)
  }
}
