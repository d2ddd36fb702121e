import Testing

@testable import CrosscheckCore

/// Where the article-best rule stops: a span the model rules out, one no other outlet vouches for, one that tells
/// only the setting or another time.
extension AlignerTests {
  /// An article's best span the model all but rules out stays linked only where another outlet's linked span says
  /// what it says: the Post's repairs bill, which the Herald words alike, stays; the Gazette's gift shop, which no
  /// linked outlet words alike, goes, and neither a copy of its wording in another article nor another span that
  /// needs vouching for (the Courier's) vouches for it. A span the
  /// model doubts less, or one with no other outlet linked beside it, is not asked.
  @Test func anArticlesBestSpanNoOtherOutletWordsAlikeIsLeftOut() throws {
    let gift = "Visitors queued outside the museum gift shop, which sold river maps."
    let corpus = Self.corpus([
      ("herald.md", "The town paid £4.2 million for the repairs to the museum, most of it from insurance.\n"),
      ("post.md", "Insurance covered most of the £4.2 million the museum repairs cost the town.\n"),
      ("gazette.md", gift + "\n"),
      ("gazette-copy.md", gift + "\n"),
      ("courier.md", "Visitors queued outside the museum gift shop that sold river maps.\n"),
    ])
    let sentence = "The museum repairs cost £4.2 million."
    let draft = Tokenizer.tokens(in: sentence, range: 0..<sentence.utf8.count)
    func linked(_ article: Int, score: Double, rule: AlignmentModel.Rule = .articleBest) throws -> SentenceMatch {
      var match = try #require(
        Aligner.bestSpan(draft: draft, sentence: SentenceRef(article: article, sentence: 0), corpus: corpus))
      (match.score, match.rule) = (score, rule)
      return match
    }
    func kept(_ matches: [SentenceMatch]) -> [Int32] {
      Aligner.uncorroboratedLeftOut(matches, corpus: corpus, figuresGiven: []).map(\.article)
    }
    let herald = try linked(0, score: 0.9, rule: .model)
    #expect(
      kept([herald, try linked(1, score: 0.01), try linked(2, score: 0.01), try linked(3, score: 0.9)]) == [0, 1, 3])
    // Two spans that each need vouching for do not vouch for each other.
    let both = kept([herald, try linked(2, score: 0.01), try linked(4, score: 0.01)])
    #expect(both == [0], "\(both)")
    #expect(kept([herald, try linked(2, score: 0.01), try linked(4, score: 0.5)]) == [0, 2, 4])
    #expect(kept([herald, try linked(2, score: 0.05)]) == [0, 2])
    #expect(kept([try linked(2, score: 0.01)]) == [2])
  }

  /// The article-best rule links what the model doubts, not what it has all but ruled out: a span sharing the
  /// topic's words ("trial", "weeks") but saying something else scores near zero however much it carries.
  @Test func theArticleBestRuleStopsWhereTheModelRulesASpanOut() {
    var carriage = Self.carriage(
      "Marlow did not testify during the trial, which lasted eight weeks.",
      in: "A seven-week trial came down to this, and it brought Marlow to her knees.", carried: 0.47, beyondNames: 0.3)
    #expect(AlignmentModel.carriesAsArticleBest(carriage, probability: 0.02))
    #expect(!AlignmentModel.carriesAsArticleBest(carriage, probability: 0.002))
    carriage.carried = 0.3
    #expect(!AlignmentModel.carriesAsArticleBest(carriage, probability: 0.02))
    // A span that gives every figure of the draft needs to carry less of the rest, and is still refused where
    // the model has all but ruled it out.
    carriage.givesEveryDraftFigure = true
    carriage.carriedBeyondNames = 0.15
    #expect(AlignmentModel.carriesAsArticleBest(carriage, probability: 0.02))
    #expect(!AlignmentModel.carriesAsArticleBest(carriage, probability: 0.002))
    carriage.carried = 0.15
    #expect(!AlignmentModel.carriesAsArticleBest(carriage, probability: 0.02))
  }

  /// A span that tells only the claim's setting gives up its article's best place; a span that gives every figure
  /// of the draft says what the figures say, and is judged against the smaller share the rule asks of it then.
  @Test func aSpanOfNamesAloneTellsOnlyTheSetting() {
    var carriage = Self.carriage(
      "Marlow did not testify during the trial, which lasted eight weeks.",
      in: "A seven-week trial came down to this, and it brought Marlow to her knees.", carried: 0.47, beyondNames: 0.15)
    #expect(AlignmentModel.tellsOnlyTheSetting(carriage))
    carriage.givesEveryDraftFigure = true
    #expect(!AlignmentModel.tellsOnlyTheSetting(carriage))
    #expect(AlignmentModel.carriesAsArticleBest(carriage, probability: 0.02))
    carriage.carriedBeyondNames = 0.05
    #expect(AlignmentModel.tellsOnlyTheSetting(carriage))
  }

  /// A span that gives what the draft measures at another time tells another claim of the same shape: "before the
  /// upgrade … 55 minutes" is not linked to "now … 41 minutes", however many words the two share; the span that
  /// gives the time now is.
  @Test func aSpanThatTellsAnotherTimeIsNotLinked() {
    let corpus = Self.corpus([
      (
        "brann-post.md",
        "---\noutlet: Brann Post\n---\nBefore the upgrade, it took the Calder ferry 55 minutes to cross the Brann "
          + "channel.\n\nThe harbour board paid for the upgrade.\n\nThe Calder ferry now crosses in 41 minutes.\n"
      ),
      ("quay-times.md", "---\noutlet: Quay Times\n---\nThe Calder ferry now crosses the channel in 41 minutes.\n"),
    ])
    let found = matches("It now takes the Calder ferry 41 minutes to cross the Brann channel.", corpus: corpus)
    #expect(found.map(\.outlet) == ["Quay Times", "Brann Post"])
    #expect(found.allSatisfy { $0.text.contains("41 minutes") })
  }

  /// Another time is told only where the span gives another figure of what the draft measures, and the two sides
  /// are placed on either side of the event: the same time, or none named, is the same claim's.
  @Test func anotherTimeIsTwoPhasesAndAnotherFigure() {
    func tellsAnotherTime(_ draft: String, _ source: String) -> Bool {
      var sourceSide = Self.side(source)
      sourceSide.figuresGiven = sourceSide.figures.union(Self.side(draft).figures)
      return Carriage(draft: Self.side(draft), source: sourceSide).tellsAnotherTime
    }
    let now = "The ferry now crosses in 41 minutes."
    #expect(tellsAnotherTime(now, "Before the upgrade, the ferry crossed in 55 minutes."))
    #expect(!tellsAnotherTime(now, "The ferry currently crosses in 55 minutes."))
    #expect(!tellsAnotherTime(now, "The ferry crosses in 55 minutes."))
    #expect(!tellsAnotherTime(now, "Before the upgrade, the ferry crossed in 41 minutes."))
  }
}
