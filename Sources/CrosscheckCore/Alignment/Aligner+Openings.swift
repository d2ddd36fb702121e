/// The steps that judge an article's opening lines, its headline and its lede, which state a story's news in few
/// words: against the draft's lede at lower bars, each completing the other, and a headline of two claims clause by
/// clause.
extension Aligner {
  /// An article's lede, with its best span for the draft's lede (`articleLede`).
  struct ArticleLede {
    var sentence: Int32
    var match: SentenceMatch
  }

  /// The lede of an article, for the draft's lede: of the first two paragraphs after the headline that open with a
  /// sentence ending as a sentence does (`Lede`; a standfirst without a full stop is passed over), the opening
  /// sentence that carries more of the draft's lede, the first on a tie. A standfirst under the headline ("The
  /// mission late last month sent a spacecraft into collision with an asteroid") or an opening quotation ("'Love
  /// you!' Sean Combs yelled to his family … 'I'm gonna be home soon!'") may come before the paragraph that tells
  /// the news; nil when neither has a span. Looked for among the `ledeReach` sentences after the headline.
  static func articleLede(
    of index: Int32, carrying draft: AlignmentSide, matches: [SentenceMatch], corpus: Corpus,
    figuresGiven: Set<String>
  ) -> ArticleLede? {
    guard let article = corpus.article(index) else { return nil }
    let first = opensAlone(article) ? 1 : 0
    let opening = first..<min(article.sentences.count, first + ledeReach)
    let candidates = opening.filter { sentence in
      (sentence == 0 || article.sentences[sentence - 1].block != article.sentences[sentence].block)
        && Lede.endsAsASentence(article.sentences[sentence], in: article.prose)
    }.prefix(2)
    var best: ArticleLede?
    for candidate in candidates {
      let sentence = Int32(candidate)
      guard
        let match = matches.first(where: { $0.article == index && $0.sentences.contains(sentence) })
          ?? bestSpan(
            draft: draft, sentence: SentenceRef(article: Int(index), sentence: candidate), corpus: corpus,
            figuresGiven: figuresGiven)
      else { continue }
      if best.map({ match.carried > $0.match.carried }) ?? true { best = ArticleLede(sentence: sentence, match: match) }
    }
    return best
  }

  /// How many sentences after the headline an article's lede is looked for in.
  static let ledeReach = 4

  /// Step: the draft's lede and an article's lede (`articleLede`) both state the story's news, each in its own
  /// words, as the draft's lede and a headline do (`AlignmentModel.Rule.lede`): an article's lede is judged against
  /// the draft's at the lede's shares (`AlignmentModel.carriesAsArticleLede`, which asks less of it to be carried
  /// than of a headline), and linked when another outlet's span, linked on its own, says what it says,
  /// as for a headline (Ritzau's "has been acquitted of charges of human trafficking" for "Jurors acquitted Combs
  /// of the gravest charges he faced"). Not one that leaves out the draft's outcome, as an opening scene does ("It
  /// was 9:52 a.m. Wednesday, July 2, when the note arrived from the jury"), tells another time, or leaves out a
  /// figure of the draft. On the tuned coverage stories three right links more and none wrong (and through them two
  /// headlines, by `openingsCompleted`). Taking the first sentence after the headline for the lede, a standfirst
  /// was linked (one wrong link); vouched for only by spans the model or containment linked, one right link fewer.
  static func ledesCarrying(
    _ ledes: [ArticleLede], besides linked: [SentenceMatch], draft: AlignmentSide, corpus: Corpus,
    figuresGiven: Set<String>
  ) -> [SentenceMatch] {
    ledes.compactMap { lede in
      var match = lede.match
      guard !linked.contains(where: { $0.article == match.article && $0.sentences.contains(lede.sentence) }),
        AlignmentModel.carriesAsArticleLede(match.carriage, probability: match.score),
        !match.carriage.leavesOutTheOutcome, !match.carriage.tellsAnotherTime,
        draft.particularFigures.isEmpty || match.carriage.givesEveryDraftFigure,
        isCorroborated(
          match, by: vouchers(for: match, among: linked, corpus: corpus), corpus: corpus, figuresGiven: figuresGiven)
      else { return nil }
      match.rule = .lede
      return match
    }
  }

  /// Step: an article's headline and its lede (`articleLede`) state the same news, so against the draft's lede, an
  /// article whose lede is linked has its headline linked too, and one whose headline is linked its lede
  /// (`AlignmentModel.Rule.opening`), worded as it may be ("'Watershed moment for humanity,' NASA successfully
  /// deflects asteroid" above "Bill Nelson confirmed Tuesday that its Double Asteroid Redirection Test spacecraft
  /// successfully redirected the path of an asteroid"). It must still share a word beyond names with the draft,
  /// give every figure of the draft, and say nothing against it (`AlignmentModel.carriesAsOpening`). On the tuned
  /// coverage stories eight right links more (seven headlines, one lede) and one wrong (a headline the labels leave
  /// to a lede giving the asteroid's name and "last month"). With the first sentence after the headline taken for
  /// the lede, the lede of a linked headline brought one right link and two wrong (a standfirst).
  static func openingsCompleted(
    _ linked: [SentenceMatch], ledes: [ArticleLede], draft: AlignmentSide, matches: [SentenceMatch],
    corpus: Corpus, figuresGiven: Set<String>
  ) -> [SentenceMatch] {
    ledes.compactMap { lede in
      let index = lede.match.article
      guard let article = corpus.article(index), opensAlone(article) else { return nil }
      let spans = linked.filter { $0.article == index }.map(\.sentences)
      let headlineLinked = spans.contains { $0.contains(0) }
      guard headlineLinked != spans.contains(where: { $0.contains(lede.sentence) }) else { return nil }
      let other: Int32 = headlineLinked ? lede.sentence : 0
      guard
        var match = headlineLinked
          ? lede.match
          : matches.first(where: { $0.article == index && $0.sentences == 0..<1 })
            ?? bestSpan(
              draft: draft, sentence: SentenceRef(article: Int(index), sentence: 0), corpus: corpus,
              figuresGiven: figuresGiven),
        match.sentences == other..<(other + 1), AlignmentModel.carriesAsOpening(match.carriage),
        draft.particularFigures.isEmpty || match.carriage.givesEveryDraftFigure
      else { return nil }
      match.rule = .opening
      return match
    }
  }

  /// Whether an article's opening line stands alone in its paragraph: its headline, or a one-sentence lede.
  static func opensAlone(_ article: SourceArticle) -> Bool {
    article.sentences.count > 1 && article.sentences[0].block != article.sentences[1].block
  }

  /// Step: a headline that joins two claims ("Combs denied bail after mixed verdict; virtual hearing set for
  /// Tuesday") is carried by a draft sentence that carries one of them as a headline of one claim would be: each of
  /// its clause units (`ClauseUnits`) is judged as a headline of its own, and the link lands on that unit.
  static func headlineClause(
    carrying draft: AlignmentSide, of reference: SentenceRef, in article: SourceArticle, corpus: Corpus,
    figuresGiven: Set<String>
  ) -> SentenceMatch? {
    let text = article.prose.text
    let range = article.sentences[0].range
    let tokens = Tokenizer.tokens(in: text, range: range)
    for unit in ClauseUnits.units(of: range, tokens: tokens, in: text) where unit.kind != .withoutInsertion {
      let carriage = Carriage(
        draft: draft,
        source: AlignmentSide(unit.tokens.map { tokens[$0] }, weight: corpus.weight, figuresGiven: figuresGiven))
      let probability = AlignmentModel.decide(carriage).probability
      if AlignmentModel.carriesAsHeadline(carriage, probability: probability) {
        return SentenceMatch(
          article: reference.article, sentences: 0..<1, score: probability, rule: .headline, carriage: carriage,
          unit: unit)
      }
    }
    return nil
  }

  /// Step: a draft sentence that joins two claims ("NASA's first test of planetary defence worked: the agency said
  /// its probe had knocked an asteroid off course") carries a headline that states one of them as well as a
  /// sentence of one claim would. The headline must carry its share of one clause unit of the draft
  /// (`ClauseUnits`, read by `clauses(of:text:corpus:)`) rather than of the whole, and the draft still as much of
  /// the headline.
  static func carriesHeadlineInAClause(
    _ clauses: [AlignmentSide], whole: Carriage, headline article: SourceArticle, corpus: Corpus,
    figuresGiven: Set<String>
  ) -> Bool {
    guard !clauses.isEmpty else { return false }
    let headline = AlignmentSide(
      Tokenizer.tokens(in: article.prose.text, range: article.sentences[0].range), weight: corpus.weight,
      figuresGiven: figuresGiven)
    return clauses.contains { clause in
      var carriage = Carriage(draft: clause, source: headline)
      let probability = AlignmentModel.decide(carriage).probability
      // How much of the headline the draft carries, and whether the headline gives another of the draft's
      // figures, are asked of the whole sentence: the other clause may carry the rest of the headline.
      carriage.carriedBack = whole.carriedBack
      carriage.givesAnotherFigure = whole.givesAnotherFigure
      return AlignmentModel.carriesAsHeadline(carriage, probability: probability)
    }
  }

  /// Whether the draft has, written the same way, enough of a headline's words for the `headline` rule (or, for the
  /// draft's lede, the `lede` rule) to be worth reading it in full: half the rule's share of the headline, since
  /// bridges add the rest.
  static func mayCarryHeadline(_ headline: Set<Term>, draftTerms: Set<Term>, corpus: Corpus, ofLede: Bool = false)
    -> Bool
  {
    let sorted = headline.sorted()
    let total = sorted.reduce(0) { $0 + corpus.weight($1) }
    let shared = sorted.reduce(0) { draftTerms.contains($1) ? $0 + corpus.weight($1) : $0 }
    let bar = ofLede ? AlignmentModel.ledeHeadlineCarriedBack : AlignmentModel.headlineCarriedBack
    return total > 0 && shared >= bar / 2 * total
  }
}
