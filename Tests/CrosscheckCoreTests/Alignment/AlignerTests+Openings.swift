import Testing

@testable import CrosscheckCore

/// Headlines and ledes: the headline, lede and opening rules, on the Vela story as outlets open it.
extension AlignerTests {
  /// A headline is judged as a headline, not as its article's best span: one that shares a few words of the draft
  /// sentence but states another claim is not linked; one that joins two claims is linked on the clause the draft
  /// carries.
  @Test func aHeadlineIsJudgedAsAHeadline() {
    let corpus = Corpus(
      articles: [
        SourceArticle(
          path: "/story/sources/post.md",
          text:
            "---\noutlet: Brann Post\n---\nHow the harbour board kept Vela behind bars to await her sentencing on smuggling counts\n\n"
            + "The board's lawyers told the court the skipper would flee.\n\nThe court sat until late on Tuesday.\n"),
        SourceArticle(
          path: "/story/sources/times.md",
          text: "---\noutlet: Quay Times\n---\nVela denied bail after verdict; remote hearing set for Friday\n\n"
            + "The court in Brann heard from twelve witnesses over three weeks.\n\nThe ferry company declined to comment.\n"
        ),
      ], problems: [])
    #expect(
      !matches("Each of those counts carries a maximum of five years behind bars.", corpus: corpus).contains {
        $0.outlet == "Brann Post"
      })
    let hearing = matches("The judge set a virtual hearing for Friday to discuss sentencing.", corpus: corpus)
    #expect(hearing.contains { $0.outlet == "Quay Times" && $0.text == "remote hearing set for Friday" }, "\(hearing)")
  }

  /// A draft sentence that joins two claims is linked, clause by clause, to the outlet's sentence on each
  /// (`Aligner.clauseLinks`, `AlignmentModel.Rule.clause`): the sentence on the second claim carries too little of
  /// the whole for any other rule, and without it the figure check had nothing to compare the second claim's
  /// figure with. A clause without a figure is left to the sentence's own links.
  @Test(arguments: ["two", "three"])
  func aDraftSentenceJoiningTwoClaimsIsLinkedToEach(_ routes: String) throws {
    let secondClaim = "In a later vote the board also cut two ferry routes to the outer islands."
    let corpus = Self.corpus([
      (
        "post.md",
        "---\noutlet: Brann Post\n---\nThe harbour board approved the north channel dredging contract at its "
          + "Monday meeting, after a debate on the silt.\n\n\(secondClaim)\n\nThe meeting ran past midnight.\n"
      )
    ])
    let draft =
      "The harbour board approved the north channel dredging contract on Monday, and cut \(routes) ferry routes "
      + "to the outer islands."
    let analysis = DraftAnalysis(text: draft, format: .plain, corpus: corpus, threshold: 0.5)
    let article = try #require(corpus.article(0))
    let linked = analysis.alignments[0].map { ($0.rule, $0.text(in: article)) }
    #expect(linked.contains { $0.0 == .clause && $0.1 == secondClaim }, "\(linked)")
    let mismatch = figureFindings(draft, against: corpus).filter { $0.code == "figure-mismatch" }
    #expect(mismatch.isEmpty == (routes == "two"), "\(mismatch.map(\.message))")
    let withoutFigure = DraftAnalysis(
      text: "The harbour board approved the north channel dredging contract on Monday, and cut ferry routes to the "
        + "outer islands.",
      format: .plain, corpus: corpus, threshold: 0.5)
    #expect(!withoutFigure.alignments[0].contains { $0.rule == .clause })
  }

  /// A headline that gives one of the draft's figures says the rest in a word or two: it is linked on less of its
  /// words than one that gives none (`AlignmentModel.figureHeadlineCarriedBack`), unless its figure is another.
  @Test(arguments: [("35 minutes", true), ("45 minutes", false)])
  func aHeadlineGivingTheDraftsFigureIsLinkedOnFewerWords(figure: String, linked: Bool) {
    let corpus = Self.corpus([
      (
        "post.md",
        "---\noutlet: Brann Post\n---\nHarbour operator hails costly winter refit as island sailings shortened by "
          + "\(figure)\n\nThe company declined to comment on its fares.\n\nThe refit took the whole winter.\n"
      )
    ])
    let found = matches("New engines reduced the ferry's journey time to Brann by 35 minutes.", corpus: corpus)
    #expect(found.contains { $0.outlet == "Brann Post" } == linked, "\(found)")
  }

  /// A lede of the Vela story, as a draft and the Quay Times tell it.
  static let velaVerdict =
    "A jury in Brann on Monday found ferry skipper Ines Vela guilty of smuggling diesel across the strait."

  /// The Brann Post's spans aligned with `velaVerdict`, the Post's article opening with `opening`, beside a Quay
  /// Times article opening with `times`.
  static func brannPostSpans(opening: String, times: String = velaVerdict, isLede: Bool) -> [SentenceMatch] {
    let corpus = Self.corpus([
      ("post.md", "---\noutlet: Brann Post\n---\n\(opening)\n\nThe ferry company declined to comment.\n"),
      ("times.md", "---\noutlet: Quay Times\n---\n\(times)\n\nShe will be sentenced in May.\n"),
    ])
    let tokens = Tokenizer.tokens(in: velaVerdict, range: 0..<velaVerdict.utf8.count)
    return Aligner.align(tokens: tokens, text: velaVerdict, in: corpus, threshold: 0.5, isLede: isLede).filter {
      $0.article == 0
    }
  }

  /// The Brann Post's one span for `velaVerdict` as the draft's lede, expected to be linked by the lede rule alone and,
  /// against a later draft sentence, not at all: the lede's lower bars are what link it.
  static func linkedOnlyAsLede(opening: String, sourceLocation: SourceLocation = #_sourceLocation) -> SentenceMatch? {
    let asLede = brannPostSpans(opening: opening, isLede: true)
    #expect(asLede.map(\.rule) == [.lede], "\(asLede.map(\.carriage))", sourceLocation: sourceLocation)
    #expect(brannPostSpans(opening: opening, isLede: false).isEmpty, sourceLocation: sourceLocation)
    return asLede.first
  }

  /// A headline states the story's news as the draft's lede does, in its own words: against the lede it is judged
  /// at lower bars (`AlignmentModel.Rule.lede`) than against any later sentence that shares as few of its words,
  /// and linked when another outlet's span, linked on its own, says what it says.
  @Test func aHeadlineIsJudgedAgainstTheLedeAtTheLedesBars() throws {
    let opening =
      "Ferry skipper guilty as fuel racket run from Brann harbour collapses after long inquiry\n\nThe jury in Brann "
      + "returned its verdict after two days."
    #expect(Self.linkedOnlyAsLede(opening: opening)?.sentences == 0..<1)
    // With no other outlet telling the verdict, nothing vouches for the headline.
    #expect(
      Self.brannPostSpans(opening: opening, times: "The strait ferry will run a winter timetable.", isLede: true)
        .isEmpty)
  }

  /// An article's lede states the story's news as the draft's lede does, each in its own words: against the
  /// draft's lede it is judged at the lede's bars (`Aligner.ledesCarrying`), and linked when another outlet's span,
  /// linked on its own, says what it says; the same sentence further down the article, or against a later draft
  /// sentence, is not.
  @Test func anArticlesLedeIsJudgedAgainstTheDraftsLedeAtTheLedesBars() throws {
    let lede = "Ines Vela, skipper of the island boat, is to be sentenced after jurors convicted her of running fuel."
    let opening = "A reckoning for the strait\n\n" + lede
    #expect(Self.linkedOnlyAsLede(opening: opening)?.sentences == 1..<2)
    // Under a standfirst it is still the lede, the one of the two that carries more of the draft's; further down,
    // it is none.
    let standfirst = "A reckoning for the strait\n\nThe ferry sailed at dawn.\n\n"
    #expect(Self.brannPostSpans(opening: standfirst + lede, isLede: true).map(\.rule) == [.lede])
    let openingQuote = "A reckoning for the strait\n\n“We knew,” one deckhand said. “Everyone knew.”\n\n"
    #expect(Self.brannPostSpans(opening: openingQuote + lede, isLede: true).map(\.rule) == [.lede])
    #expect(Self.brannPostSpans(opening: standfirst + "The crew stayed ashore.\n\n" + lede, isLede: true).isEmpty)
    // With no other outlet telling the verdict, nothing vouches for the lede.
    #expect(
      Self.brannPostSpans(opening: opening, times: "The strait ferry will run a winter timetable.", isLede: true)
        .isEmpty)
  }

  /// An article's lede that sets the news in its scene says much the draft's lede leaves out: it is judged on what
  /// of the draft it carries, the draft need carry only a little of it (`AlignmentModel.articleLedeCarriedBack`).
  /// Read as a headline, which states the news in few words, it would not be carried.
  @Test func anArticlesLedeSetInItsSceneIsJudgedOnWhatOfTheDraftItCarries() throws {
    let opening =
      "A reckoning for the strait\n\nBRANN -- Lawyers for the harbour board claimed victory outside the old customs "
      + "hall on Monday, as fishing families who had packed the public gallery for three months heard a jury find "
      + "the skipper guilty."
    let carriage = try #require(Self.linkedOnlyAsLede(opening: opening)?.carriage)
    #expect(carriage.carriedBack < AlignmentModel.ledeHeadlineCarriedBack)
    #expect(!AlignmentModel.carriesAsHeadline(carriage, probability: 1, ofLede: true))
  }

  /// An article's lede names whom the news is about and says what came of them in its own words: of the draft's
  /// words beyond names it need carry less than a headline must (`AlignmentModel.articleLedeBeyondNames`).
  @Test func anArticlesLedeInItsOwnWordsNeedsLessOfTheDraftBeyondNames() throws {
    let opening =
      "A reckoning for the strait\n\nInes Vela was convicted of the gravest counts against her in the long-running "
      + "ferry fuel case."
    let carriage = try #require(Self.linkedOnlyAsLede(opening: opening)?.carriage)
    #expect(carriage.carriedBeyondNames < AlignmentModel.ledeHeadlineBeyondNames)
  }

  /// An article's headline and lede state the same news: against the draft's lede, the headline of an article
  /// whose lede is linked is linked too (`AlignmentModel.Rule.opening`), however few of the lede's words it shares;
  /// not against a later draft sentence, nor when the lede tells another claim.
  @Test func theHeadlineOfALinkedLedeIsLinkedToTheDraftsLede() throws {
    let headline = "Guilty: the strait smuggler"
    let lede = "A Brann jury on Monday found the ferry skipper Ines Vela guilty of smuggling diesel across the strait."
    let asLede = Self.brannPostSpans(opening: headline + "\n\n" + lede, isLede: true)
    #expect(asLede.map(\.sentences) == [1..<2, 0..<1], "\(asLede.map(\.rule))")
    #expect(asLede.last?.rule == .opening)
    #expect(Self.brannPostSpans(opening: headline + "\n\n" + lede, isLede: false).map(\.sentences) == [1..<2])
    let otherClaim = "The ferry company will review how its crews are hired."
    #expect(Self.brannPostSpans(opening: headline + "\n\n" + otherClaim, isLede: true).isEmpty)
  }

  /// The other way round: against the draft's lede, the lede of an article whose headline is linked is linked
  /// too (`AlignmentModel.Rule.opening`), when it shares a word beyond names with the draft and states its outcome;
  /// here no other outlet tells the story, so no other rule links it.
  @Test func theLedeOfALinkedHeadlineIsLinkedToTheDraftsLede() throws {
    let headline = "Brann jury finds ferry skipper Ines Vela guilty of smuggling diesel"
    let times = "The strait ferry will run a winter timetable."
    func spans(lede: String, isLede: Bool = true) -> [SentenceMatch] {
      Self.brannPostSpans(opening: headline + "\n\n" + lede, times: times, isLede: isLede)
    }
    let lede = "After two years of rumours on the strait, the verdict was guilty."
    #expect(spans(lede: lede).map(\.sentences) == [0..<1, 1..<2], "\(spans(lede: lede).map(\.rule))")
    #expect(spans(lede: lede).last?.rule == .opening)
    #expect(spans(lede: lede, isLede: false).map(\.sentences) == [0..<1])
    // Without the outcome, the lede tells the story's setting.
    #expect(spans(lede: "After two years of rumours on the strait, the jury was out.").map(\.sentences) == [0..<1])
  }
}
