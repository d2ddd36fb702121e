/// Finds the source spans that say what a draft sentence says.
///
/// Retrieval looks up the draft sentence's rarest content terms in the index. A quick pass ranks the candidates by
/// the share of the draft's content weight each carries; the best are then read in full (with the best unread
/// candidate of each article that carries a good part of the draft, and with the sentences of the candidates'
/// articles that give the draft's figures, which the index leaves out), each with its clause units
/// and its neighbours, and each span's `Carriage` goes through `AlignmentModel` for the decision; an article's best
/// span may also be linked by the `articleBest` rule, another span that gives the draft's figures by `sameFigures`,
/// the best span of an article linked to nothing by `echo` when it words the claim as a linked outlet does.
/// Matches are ranked by how much of the draft they carry, near ties broken by the decision's probability; those
/// that give one of the draft's figures come first.
public enum Aligner {
  /// How many of the rarest draft terms drive retrieval, how many candidates the quick pass ranks, and how many
  /// wordings are read in full (with their copies, `wordingsToRead`).
  static let retrievalTerms = 10
  static let candidateLimit = 80
  static let readLimit = 10
  /// How many articles, in the order of their best candidates in the quick pass, are asked for the sentences that
  /// give the draft's figures (`sentencesGivingTheFigures`) and for their best unread candidate
  /// (`bestUnreadOfEachArticle`): three times as many as sentences are read, so that an outlet whose sentences rank
  /// below the read ones is asked. Counted in articles, not candidates, so that one outlet's many sentences do not
  /// keep another's out (tuned links at three copies of each article, 77.8% → 78.5% recall). Every retrieved
  /// candidate's article (up to 80) linked nothing more on the tuned stories and nearly doubled alignment time on the
  /// benchmark's corpus, each article's figure places being worked out the first time it is asked.
  static let figureReach = 30

  /// Every source span at or above `threshold` for a draft sentence's tokens, best first (a span giving one of the
  /// draft's figures before one that gives none); the first match of each outlet is that outlet's best.
  /// `tokens` index into `text`, the draft's prose.
  /// `isLede`: the sentence is the draft's lede (`Lede`), against which headlines are judged at the lede's bars.
  /// `ofClause`: the tokens are one of a draft sentence's clauses (`clauseLinks`), not split again.
  public static func align(
    tokens: [Token], text: String, in corpus: Corpus, threshold: Double, isLede: Bool = false, ofClause: Bool = false
  )
    -> [SentenceMatch]
  {
    // Step: a line of nothing but a date or a timestamp ("Saturday, December 19, 2015.", "Updated 4:12 p.m. ET")
    // makes no claim. Aligned with another article's, its date, weekday and time were called wrong.
    guard !CalendarWords.saysOnlyWhen(tokens) else { return [] }
    // Step: a sentence of the language's commonest words ("Look at it this way.") makes no claim (`CommonWords`).
    guard !CommonWords.sayNothing(tokens) else { return [] }
    let draft = AlignmentSide(tokens, weight: corpus.weight, isOwnWording: corpus.isOwnWording)
    // Step: a sentence of one content word and no figure ("DART", "Verdict", a heading or a label) names a topic
    // and claims nothing: a lab draft's heading "DART" was contained, at 100%, by twelve sentences of six outlets.
    guard draft.words.count >= 2 || !draft.figures.isEmpty else { return [] }
    let (read, copyOf) = sentencesToRead(for: draft, in: corpus)
    let given = figures(givenBy: read, in: corpus)
    var readMatches: [SentenceRef: SentenceMatch] = [:]
    var matches = read.compactMap { reference -> SentenceMatch? in
      if let original = copyOf[reference], let match = readMatches[original],
        let copied = copied(match, to: reference, corpus: corpus)
      {
        return copied
      }
      let match = bestSpan(draft: draft, sentence: reference, corpus: corpus, figuresGiven: given)
      readMatches[reference] = match
      return match
    }
    matches.sort(by: ranksBefore)
    var result: [SentenceMatch] = []
    var articlesSeen: Set<Int32> = []
    for var match in matches {
      // Step: an article's best span that is its headline is judged as a headline, the other way round, by the
      // headline step below: as an article's best span, a headline that states a claim in few words was carried by
      // any draft sentence sharing a few of its words ("Keep Combs behind bars" for a draft's prison term).
      let isHeadline = match.sentences.contains(0) && corpus.article(match.article).map(Self.opensAlone) == true
      let isArticleBest = articlesSeen.insert(match.article).inserted
      let sameArticle = result.filter { $0.article == match.article }
      // A widened pair and its single sentence are the same match: keep the better, which sorts first.
      if sameArticle.contains(where: { $0.sentences.overlaps(match.sentences) }) { continue }
      // Any span the model or containment accepts is linked, so an article that tells the claim twice (a
      // headline and its paragraph) is linked twice; below the threshold, the article's best span, or another
      // that gives the draft's figures.
      if match.score < threshold {
        // Step: a span that tells only the claim's setting (`AlignmentModel.tellsOnlyTheSetting`) does not take
        // its article's best place from a span that tells what came of it (The New York Sun's "Combs is back in
        // the forbidding Metropolitan Detention Center, Brooklyn" had kept out its "A judge denied Mr. Combs
        // bail"); nor does one that tells another time (`Carriage.tellsAnotherTime`), which no rule links.
        if isArticleBest && (AlignmentModel.tellsOnlyTheSetting(match.carriage) || match.carriage.tellsAnotherTime) {
          articlesSeen.remove(match.article)
          continue
        }
        if isArticleBest && !isHeadline
          && AlignmentModel.carriesAsArticleBest(match.carriage, probability: match.score)
        {
          match.rule = .articleBest
        } else if !isArticleBest
          && AlignmentModel.carriesWithTheDraftsFigures(
            match.carriage, probability: match.score,
            orTheFiguresLeftOut: givesTheFiguresLeftOut(
              match, besides: sameArticle, draft: draft, corpus: corpus, figuresGiven: given))
        {
          match.rule = .sameFigures
        } else {
          continue
        }
      }
      result.append(match)
    }
    result = uncorroboratedLeftOut(result, corpus: corpus, figuresGiven: given)
    result += echoes(of: result, among: matches, corpus: corpus, figuresGiven: given)
    // Read once, and only when a headline is asked about.
    lazy var draftClauses = Self.clauses(of: tokens, text: text, corpus: corpus)
    // Step: an article's opening line alone in its paragraph (its headline, or a one-sentence lede) states part of
    // a claim in few words, and is judged the other way round (`AlignmentModel.carriesAsHeadline`).
    for article in Set(read.map(\.article)).sorted()
    where !result.contains(where: { $0.article == article && $0.sentences.contains(0) }) {
      let reference = SentenceRef(article: Int(article), sentence: 0)
      guard let opening = corpus.article(article), Self.opensAlone(opening),
        var match = matches.first(where: { $0.article == article && $0.sentences.contains(0) })
          ?? (Self.mayCarryHeadline(
            Set(corpus.terms(of: reference)), draftTerms: draft.terms, corpus: corpus, ofLede: isLede)
            ? bestSpan(draft: draft, sentence: reference, corpus: corpus, figuresGiven: given) : nil)
      else { continue }
      let asHeadline =
        match.score >= threshold || AlignmentModel.carriesAsHeadline(match.carriage, probability: match.score)
        || Self.carriesHeadlineInAClause(
          draftClauses, whole: match.carriage, headline: opening, corpus: corpus, figuresGiven: given)
      // Step: against the draft's lede a headline is judged at the lede's shares, and linked when another outlet's
      // span, linked on its own, says what it says (`AlignmentModel.Rule.lede`).
      let asLede =
        !asHeadline && isLede
        && AlignmentModel.carriesAsHeadline(match.carriage, probability: match.score, ofLede: true)
        && isCorroborated(
          match, by: vouchers(for: match, among: result, corpus: corpus), corpus: corpus, figuresGiven: given)
      guard asHeadline || asLede else {
        // A clause carries no more of the draft than its whole headline does: only a headline carrying the share
        // the rule asks of a clause is read clause by clause, so unlinked headlines are not all read twice.
        if match.carriage.carriedApartFromFigures >= AlignmentModel.headlineCarried,
          let clause = headlineClause(carrying: draft, of: reference, in: opening, corpus: corpus, figuresGiven: given)
        {
          result.append(clause)
        }
        continue
      }
      if match.score < threshold { match.rule = asLede ? .lede : .headline }
      result.append(match)
    }
    let ledes =
      isLede
      ? Set(read.map(\.article)).sorted().compactMap {
        articleLede(of: $0, carrying: draft, matches: matches, corpus: corpus, figuresGiven: given)
      } : []
    result += ledesCarrying(ledes, besides: result, draft: draft, corpus: corpus, figuresGiven: given)
    if !ofClause {
      result += clauseLinks(
        of: tokens, draft: draft, text: text, besides: result, corpus: corpus, threshold: threshold,
        figuresGiven: given)
    }
    // After the clause step, which links a lede that states one of the draft's claims by the clause it carries.
    result += openingsCompleted(
      result, ledes: ledes, draft: draft, matches: matches, corpus: corpus, figuresGiven: given)
    result = repeatsLeftOut(result, corpus: corpus)
    // Step: the spans that give one of the draft's figures come first, each group in its order: a figure is the
    // most particular thing a claim says, and go to definition lands on the first.
    return result.filter { $0.carriage.sharedFigures > 0 } + result.filter { $0.carriage.sharedFigures == 0 }
  }

  /// Step: a span worded as one of its article's already linked is that span again, and is linked once: a live
  /// blog repeats an entry word for word under each later time ("In all, 691 delegates are up for grabs in five
  /// states." under 8:55 p.m. and again under 7:30 p.m.), and hover had listed the one sentence three times.
  static func repeatsLeftOut(_ matches: [SentenceMatch], corpus: Corpus) -> [SentenceMatch] {
    var seen: Set<String> = []
    return matches.filter { match in
      guard let article = corpus.article(match.article) else { return true }
      return seen.insert("\(match.article) \(match.text(in: article))").inserted
    }
  }

  /// Step: a draft sentence that joins two claims, in main clauses (`ClauseUnits`: coordinated, or after a
  /// semicolon, dash or colon), is aligned clause by clause too, and the spans that contain a clause are linked to
  /// the sentence (`AlignmentModel.Rule.clause`) beside those it found whole: the outlet's sentence on the second
  /// claim carries too little of the whole sentence for any rule ("Combs was acquitted of
  /// racketeering and sex trafficking on Wednesday, but was convicted on two lesser prostitution counts" and "They
  /// found him guilty of two lesser counts of transportation to engage in prostitution"), and the figure check
  /// never compared its "two". Only a clause that gives a figure, which no span linked to the sentence carries, and
  /// only spans that contain it, its words beside its figures included: the link is there for the figure check,
  /// and a clause's few words without a figure were contained by sentences on other claims (CNN's "the world's
  /// first conducted on behalf of planetary defense" for "NASA's first test of planetary defence worked"; on the
  /// tuned coverage that was the one link the step made, and it was wrong).
  static func clauseLinks(
    of tokens: [Token], draft: AlignmentSide, text: String, besides linked: [SentenceMatch], corpus: Corpus,
    threshold: Double, figuresGiven: Set<String>
  ) -> [SentenceMatch] {
    // A clause's figures are the sentence's: a sentence without one has no clause to link, and is not parted.
    guard !draft.figures.isEmpty, let first = tokens.first, let last = tokens.last else { return [] }
    let clauses = ClauseUnits.units(of: first.range.lowerBound..<last.range.upperBound, tokens: tokens, in: text)
      .filter { mainClauses.contains($0.kind) }.map { unit in unit.tokens.map { tokens[$0] } }
      .map { (tokens: $0, side: AlignmentSide($0, weight: corpus.weight, isOwnWording: corpus.isOwnWording)) }
      .filter {
        !$0.side.figures.isEmpty
          && $0.side.words.filter { !$0.isFigure }.count >= AlignmentModel.shortClaimWords
      }
    guard !clauses.isEmpty else { return [] }
    let linkedSpans = linked.compactMap { span(of: $0, corpus: corpus, figuresGiven: figuresGiven) }
    var found: [SentenceMatch] = []
    for (clause, side) in clauses {
      // A clause a span linked to the whole sentence carries, the model or containment deciding, is told already:
      // an outlet's second sentence on it is no second claim.
      if linkedSpans.contains(where: {
        AlignmentModel.decide(Carriage(draft: side, source: $0)).probability >= threshold
      }) {
        continue
      }
      let words = AlignmentSide(
        clause.filter { !$0.isFigure }, weight: corpus.weight, isOwnWording: corpus.isOwnWording)
      for var match in align(tokens: clause, text: text, in: corpus, threshold: threshold, ofClause: true)
      where match.rule == .containment
        && !(linked + found).contains(where: { $0.article == match.article && $0.sentences.overlaps(match.sentences) })
      {
        // The clause's words beside its figures must be contained too: a figure in its place carries the clause
        // as much as a word does, and a span on another claim that gives a figure of the same unit carried a
        // clause of common words ("When we met soon-to-be 45 years ago in a couple of months" had been contained
        // by another story's "eight years").
        guard let source = span(of: match, corpus: corpus, figuresGiven: figuresGiven),
          AlignmentModel.contains(Carriage(draft: words, source: source))
        else { continue }
        match.carriage = Carriage(draft: draft, source: source)
        match.rule = .clause
        found.append(match)
      }
    }
    return found
  }

  /// The clause units that state a claim of their own: not a relative clause, nor the sentence without an
  /// insertion, which say what the sentence says of the same subject.
  static let mainClauses: Set<ClauseUnit.Kind> = [.coordination, .semicolon, .dash, .colon, .bullet]

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
  /// the draft's at the lede's shares, and linked when another outlet's span, linked on its own, says what it says,
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
        AlignmentModel.carriesAsHeadline(match.carriage, probability: match.score, ofLede: true),
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

  /// Step: an article that tells a claim across two spans ("Prior to impact, it took Dimorphos 11 hours and 55
  /// minutes" and, a paragraph on, "changed its orbit by 32 minutes", for a draft that gives both) is linked on
  /// the second too when it gives every figure of the draft, of two digits or more, that the article's linked
  /// spans leave out.
  static func givesTheFiguresLeftOut(
    _ match: SentenceMatch, besides linked: [SentenceMatch], draft: AlignmentSide, corpus: Corpus,
    figuresGiven: Set<String>
  ) -> Bool {
    guard !linked.isEmpty, !draft.particularFigures.isEmpty else { return false }
    let told = linked.reduce(into: Set<String>()) { told, span in
      told.formUnion(Self.span(of: span, corpus: corpus, figuresGiven: figuresGiven)?.figures ?? [])
    }
    let left = Set(draft.particularFigures).subtracting(told)
    guard !left.isEmpty, let side = span(of: match, corpus: corpus, figuresGiven: figuresGiven) else { return false }
    return left.isSubset(of: side.figures)
  }

  /// Step: the best span of each article read and linked to nothing, that carries enough of the claim
  /// (`AlignmentModel.carriesAsEcho`) and says the same as a span another outlet was linked by, the model or
  /// containment deciding (`AlignmentModel.sayTheSame`). `matches` are in rank order, so an article's first is its
  /// best.
  static func echoes(
    of linked: [SentenceMatch], among matches: [SentenceMatch], corpus: Corpus, figuresGiven: Set<String>
  ) -> [SentenceMatch] {
    let strong = linked.filter(\.rule.isStrong)
    guard !strong.isEmpty else { return [] }
    // Read only when a span carries enough of the claim to be asked about.
    lazy var vouching = strong.compactMap { match in
      span(of: match, corpus: corpus, figuresGiven: figuresGiven).map { (article: match.article, side: $0) }
    }
    var articlesSeen = Set(linked.map(\.article))
    return matches.compactMap { match in
      guard articlesSeen.insert(match.article).inserted, AlignmentModel.carriesAsEcho(match.carriage),
        let side = span(of: match, corpus: corpus, figuresGiven: figuresGiven),
        let voucher = vouching.first(where: { AlignmentModel.sayTheSame(side, $0.side) })
      else { return nil }
      var echo = match
      echo.rule = .echo
      echo.echoOf = voucher.article
      return echo
    }
  }

  /// Step: an article's best span that the model all but rules out (`AlignmentModel.uncorroboratedBelow`) is left
  /// out when other outlets' spans are linked and none of them says what it says
  /// (`AlignmentModel.corroborationProbability`): the article-best rule links what the model doubts, and when other
  /// outlets tell the claim in words unlike the span's, the span tells another. Only spans linked on their own
  /// vouch: not another that needs vouching for (two outlets' summaries of the story, "mission was successful",
  /// had vouched for each other beside a draft's "would have called a change of 10 minutes a success"), nor a copy
  /// of the span's wording in another article (wire copy).
  static func uncorroboratedLeftOut(_ linked: [SentenceMatch], corpus: Corpus, figuresGiven: Set<String>)
    -> [SentenceMatch]
  {
    linked.filter { match in
      guard isDoubted(match) else { return true }
      let vouching = vouchers(for: match, among: linked, corpus: corpus)
      return vouching.isEmpty || isCorroborated(match, by: vouching, corpus: corpus, figuresGiven: figuresGiven)
    }
  }

  /// Whether the corroboration step asks about a match: an article's best span the model all but rules out.
  static func isDoubted(_ match: SentenceMatch) -> Bool {
    match.rule == .articleBest && match.score < AlignmentModel.uncorroboratedBelow
  }

  /// The spans that may vouch for a match: other outlets' spans linked on their own, worded otherwise.
  static func vouchers(for match: SentenceMatch, among linked: [SentenceMatch], corpus: Corpus) -> [SentenceMatch] {
    guard let article = corpus.article(match.article) else { return [] }
    let wording = match.text(in: article)
    return linked.filter { other in
      other.article != match.article && !isDoubted(other)
        && corpus.article(other.article).map { other.text(in: $0) != wording } == true
    }
  }

  /// Whether one of a match's vouchers (`vouchers(for:among:corpus:)`) says what it says, the model asked both ways
  /// (`AlignmentModel.corroborationProbability`).
  static func isCorroborated(
    _ match: SentenceMatch, by vouchers: [SentenceMatch], corpus: Corpus, figuresGiven: Set<String>
  )
    -> Bool
  {
    guard !vouchers.isEmpty, let side = span(of: match, corpus: corpus, figuresGiven: figuresGiven) else {
      return false
    }
    return vouchers.contains { other in
      span(of: other, corpus: corpus, figuresGiven: figuresGiven).map {
        AlignmentModel.sayTheSame(side, $0, probability: AlignmentModel.corroborationProbability)
      } == true
    }
  }

  /// A match's words read as a side of their own: its sentences, or its clause unit.
  static func span(of match: SentenceMatch, corpus: Corpus, figuresGiven: Set<String>) -> AlignmentSide? {
    guard let article = corpus.article(match.article) else { return nil }
    var span = match.sentences.flatMap { sentence in
      Tokenizer.tokens(in: article.prose.text, range: article.sentences[Int(sentence)].range)
    }
    if let unit = match.unit { span = unit.tokens.map { span[$0] } }
    return AlignmentSide(span, weight: corpus.weight, figuresGiven: figuresGiven)
  }

  /// A draft sentence's clause units, each read as a side of its own; none for a sentence of one clause.
  static func clauses(of tokens: [Token], text: String, corpus: Corpus) -> [AlignmentSide] {
    guard let first = tokens.first, let last = tokens.last else { return [] }
    return ClauseUnits.units(of: first.range.lowerBound..<last.range.upperBound, tokens: tokens, in: text).map {
      AlignmentSide($0.tokens.map { tokens[$0] }, weight: corpus.weight, isOwnWording: corpus.isOwnWording)
    }
  }

  /// The source sentences read in full for a draft sentence: retrieval's best candidates, then the sentences that
  /// give the draft's figures in the first 30 articles it ranks (`figureReach`, `sentencesGivingTheFigures`).
  /// Each sentence written as one read before it (`wordingsToRead`) comes with that one, whose reading it takes
  /// (`copied`).
  static func sentencesToRead(for draft: AlignmentSide, in corpus: Corpus)
    -> (read: [SentenceRef], copyOf: [SentenceRef: SentenceRef])
  {
    let found = candidates(for: draft, in: corpus)
    let read =
      found.read + sentencesGivingTheFigures(of: draft, in: found.articles, corpus: corpus, besides: found.read)
    return (read, found.copyOf)
  }

  /// Step: a sentence written word for word as one read for the claim (wire copy) is judged as that one was, its
  /// match moved to where it stands; so every outlet that carries a wording is linked by one reading of it, however
  /// many carry it. A match of two
  /// sentences takes the copy's own neighbour, which may differ: that copy is read in full. Nil when the copy's
  /// sentence is not written as the match's (a copy whose article is gone).
  static func copied(_ match: SentenceMatch, to copy: SentenceRef, corpus: Corpus) -> SentenceMatch? {
    guard match.sentences.count == 1, let from = corpus.article(match.article), let to = corpus.article(copy.article)
    else { return nil }
    let (source, target) = (
      from.sentences[Int(match.sentences.lowerBound)].range, to.sentences[Int(copy.sentence)].range
    )
    var moved = match
    moved.article = Int32(copy.article)
    moved.sentences = Int32(copy.sentence)..<Int32(copy.sentence + 1)
    if let unit = match.unit {
      let shift = target.lowerBound - source.lowerBound
      moved.unit?.range = (unit.range.lowerBound + shift)..<(unit.range.upperBound + shift)
    }
    return moved
  }

  /// The source sentences read in full for a draft sentence, best first, and the first articles its candidates rank
  /// (`figureReach`): retrieval looks up the draft's rarest terms, and a quick pass ranks what it found by the share
  /// of the draft's weight each carries.
  static func candidates(for draft: AlignmentSide, in corpus: Corpus)
    -> (read: [SentenceRef], articles: Set<Int32>, copyOf: [SentenceRef: SentenceRef])
  {
    guard !draft.terms.isEmpty, corpus.sentenceCount > 0 else { return ([], [], [:]) }
    var weights: [Term: Double] = [:]
    for word in draft.words { weights[word.term] = word.weight }
    // Sorted, so sums run in the same order in every process: Set order changes with the hash seed.
    let unique = draft.terms.sorted()
    let draftWeight = unique.reduce(0) { $0 + weights[$1]! }

    // Retrieval: candidates accumulate the weight of the rare terms they share.
    let rare = unique.filter { corpus.documentFrequency($0) > 0 }.sorted { (weights[$0]!, $1) > (weights[$1]!, $0) }
    let commonCutoff = max(2_000, corpus.sentenceCount / 10)
    let postingLists = rare.prefix(retrievalTerms).compactMap { term -> (weight: Double, [SentenceRef])? in
      let postings = corpus.sentences(containing: term)
      return postings.count <= commonCutoff ? (weights[term]!, postings) : nil
    }
    var accumulated: [SentenceRef: Double] = [:]
    accumulated.reserveCapacity(postingLists.reduce(0) { $0 + $1.1.count })
    for (weight, postings) in postingLists {
      for reference in postings { accumulated[reference, default: 0] += weight }
    }
    let retrieved = Self.placesForWordings(
      Self.best(candidateLimit * copiesWindow, of: accumulated), scores: accumulated, limit: candidateLimit
    ) { corpus.terms(of: $0) == corpus.terms(of: $1) }

    // Quick pass: the share of the draft's weight each candidate's terms carry, its copies sharing it.
    let quick = retrieved.map { group -> (SentenceRef, Double, [SentenceRef]) in
      let terms = Set(corpus.terms(of: group.reference))
      let share = unique.reduce(0) { terms.contains($1) ? $0 + weights[$1]! : $0 } / draftWeight
      return (group.reference, share, group.copies)
    }.sorted { ($0.1, -$0.0.article, -$0.0.sentence) > ($1.1, -$1.0.article, -$1.0.sentence) }
    let (read, copyOf) = wordingsToRead(quick.map { ($0.0, $0.2) }, corpus: corpus)
    var reach: Set<Int32> = []
    // Copies count as the candidates they are: their articles are asked too.
    let ranked = quick.flatMap { reference, share, copies in ([reference] + copies).map { ($0, share) } }
    for (reference, _) in ranked where reach.count < figureReach { reach.insert(reference.article) }
    let unread = bestUnreadOfEachArticle(ranked.filter { reach.contains($0.0.article) }[...], besides: read)
    return (read + unread, reach, copyOf)
  }

  /// Step: the first `readLimit` wordings among ranked candidates (each with the candidates retrieval found
  /// written alike, `best`), with every copy of each: a sentence several outlets carry word for word (wire copy)
  /// takes one place among those read, so that where a story is syndicated its copies do not fill the places of the
  /// sentences after it. Each wording is read once; its copies, listed after it, take that reading (`copied`).
  static func wordingsToRead(_ ranked: [(SentenceRef, [SentenceRef])], corpus: Corpus)
    -> (read: [SentenceRef], copyOf: [SentenceRef: SentenceRef])
  {
    var first: [Substring: SentenceRef] = [:]
    var read: [SentenceRef] = []
    var copyOf: [SentenceRef: SentenceRef] = [:]
    for (reference, alike) in ranked {
      for member in [reference] + alike {
        // Written the same, figures included: two outlets' "lasted 3 days" and "lasted 4 days" are two wordings.
        guard let article = corpus.article(member.article) else { continue }
        let wording = TextBuffer.substring(article.prose.text, article.sentences[Int(member.sentence)].range)
        if let original = first[wording] {
          copyOf[member] = original
        } else if first.count < readLimit {
          first[wording] = member
        } else {
          continue
        }
        read.append(member)
      }
      if first.count == readLimit { break }
    }
    return (read, copyOf)
  }

  /// The share of the draft's weight, written the same way, a candidate must carry in the quick pass to be read as
  /// its article's best unread (`bestUnreadOfEachArticle`): below it, bridges seldom lift a span to the article-best
  /// rule's bar (`AlignmentModel.articleBestCarried`). On the tuned stories read three times over
  /// (`scripts/measure-coverage.py --copies 3`), links recall 68.4% without the step, 77.8% with this bar, 78.9% at
  /// 0.2 and 79.1% with none; the benchmark's alignment p95 went 8–9 ms → 14–15 ms at this bar, and further below.
  static let unreadArticleShare = 0.25

  /// Step: the best candidate of each of the first 30 articles the quick pass ranks (`figureReach`) that is not
  /// among those read and carries a good part of the draft, best first. Where many outlets tell a story, a few
  /// outlets' near repeats of a claim fill the ten read, and an outlet none of whose sentences is read is linked to
  /// nothing. An outlet with a sentence read gets its next best read too: the read one may share the claim's names
  /// and tell its setting, where the next words the claim (WRTV's "crashed the DART spacecraft into Dimorphos" had
  /// been read and linked, its "confirmed Tuesday that its Double Asteroid Redirection Test spacecraft successfully
  /// redirected the path of an asteroid" not read). On the tuned stories one right link more and one wrong fewer,
  /// alone or read three times over; the benchmark's alignment p95 9.5 → 10.4 ms.
  static func bestUnreadOfEachArticle(_ ranked: ArraySlice<(SentenceRef, Double)>, besides read: [SentenceRef])
    -> [SentenceRef]
  {
    let known = Set(read)
    var articles: Set<Int32> = []
    return ranked.filter {
      $0.1 >= unreadArticleShare && !known.contains($0.0) && articles.insert($0.0.article).inserted
    }
    .map(\.0)
  }

  /// Step: the sentences of the articles retrieval found for a claim that give every figure of the draft of two
  /// digits or more (`Carriage.givesEveryDraftFigure`), beyond those already read; then, for a draft that gives
  /// several, the sentences that give some of them. The index leaves figures out, so a sentence that retells the
  /// claim in other words ("rotates around its parent asteroid in 11 hours and 55 minutes" for "one orbit lasted 11
  /// hours and 55 minutes") is found by its figures or not at all; and more articles are asked than those of the few
  /// candidates read (`figureReach`), since where many outlets tell the claim in its own words their sentences fill
  /// the read ones. A sentence that gives one of several figures tells the claim in part ("altered its orbit by 32
  /// minutes" for a draft that gives the orbit before as well), and the same-figures step may link it beside the
  /// article's span that gives the rest (`givesTheFiguresLeftOut`): on the tuned stories one right link more, none
  /// wrong.
  static func sentencesGivingTheFigures(
    of draft: AlignmentSide, in articles: Set<Int32>, corpus: Corpus, besides read: [SentenceRef]
  ) -> [SentenceRef] {
    let particular = draft.particularFigures
    guard !particular.isEmpty else { return [] }
    let known = Set(read)
    var every: [[SentenceRef]] = []
    var some: [[SentenceRef]] = []
    for index in articles.sorted() {
      guard let article = corpus.article(index) else { continue }
      let places = particular.map { Set(article.sentences(giving: $0)) }
      let giving = places.dropFirst().reduce(places[0]) { $0.intersection($1) }
      let givingSome = particular.count > 1 ? places.reduce(Set<Int>()) { $0.union($1) }.subtracting(giving) : []
      func references(_ sentences: Set<Int>) -> [SentenceRef] {
        sentences.sorted().map { SentenceRef(article: Int(index), sentence: $0) }.filter { !known.contains($0) }
      }
      every.append(references(giving))
      some.append(references(givingSome))
    }
    // As many as retrieval reads: a figure as common as "10" may stand in hundreds of a long article's sentences.
    // Taken from each article in turn, its first sentence giving the figures, then its second…, so that where many
    // outlets give them the first articles do not take every place; those giving every figure first.
    return Array((inTurn(every) + inTurn(some)).prefix(readLimit))
  }

  /// The lists' first elements in order, then their second elements, and so on.
  static func inTurn<Element>(_ lists: [[Element]]) -> [Element] {
    let longest = lists.map(\.count).max() ?? 0
    return (0..<longest).flatMap { position in lists.compactMap { position < $0.count ? $0[position] : nil } }
  }

  /// The figures the articles that tell a claim give: a draft figure none of them gives is a changed number
  /// (`Carriage.Bridge.figureSlot`).
  static func figures(givenBy read: [SentenceRef], in corpus: Corpus) -> Set<String> {
    Set(read.map(\.article)).reduce(into: Set<String>()) { given, article in
      if let article = corpus.article(article) { given.formUnion(article.figureValues) }
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

  /// The `limit` best-scored references, best first (ties by position): a bounded insertion, since only a few
  /// dozen of the thousands of retrieved sentences are kept and sorting them all cost more than the rest.
  static func best(_ limit: Int, of scores: [SentenceRef: Double]) -> [SentenceRef] {
    func before(_ a: (SentenceRef, Double), _ b: (SentenceRef, Double)) -> Bool {
      (a.1, -a.0.article, -a.0.sentence) > (b.1, -b.0.article, -b.0.sentence)
    }
    var kept: [(SentenceRef, Double)] = []
    kept.reserveCapacity(limit + 1)
    for entry in scores {
      let candidate = (entry.key, entry.value)
      if kept.count == limit, let last = kept.last, !before(candidate, last) { continue }
      let at = kept.firstIndex { before(candidate, $0) } ?? kept.count
      kept.insert(candidate, at: at)
      if kept.count > limit { kept.removeLast() }
    }
    return kept.map(\.0)
  }

  /// Step: of retrieval's best candidates (`best`, in order), those of the same score and terms as one before them
  /// (wire copy, as `wordingsToRead` then tells) take no place of their own and come with it; the first `limit`
  /// places are kept. Where ten outlets carry each sentence, the places went to a few sentences' copies, and the
  /// rest of the claim's wordings were never read: the tuned stories told by ten copies of each outlet
  /// (`scripts/measure-coverage.py --copies 10`) linked 70.7% of their labelled lines (by outlet 77.7%), against
  /// 88.1% told once; with this step and `copied`, 84.3% (by outlet 90.9%), one and three copies as before.
  /// Retrieval keeps `copiesWindow` times as many candidates as places for them; the benchmark's alignment p50 went
  /// 5.2 → 5.8 ms.
  static func placesForWordings(
    _ ranked: [SentenceRef], scores: [SentenceRef: Double], limit: Int, alike: (SentenceRef, SentenceRef) -> Bool
  ) -> [(reference: SentenceRef, copies: [SentenceRef])] {
    var places: [(reference: SentenceRef, copies: [SentenceRef])] = []
    // Candidates of one score stand together in `ranked`: only the places since its first are asked.
    var runStart = 0
    for reference in ranked {
      let score = scores[reference]
      if let last = places.last, scores[last.reference] != score { runStart = places.count }
      if let twin = places[runStart...].firstIndex(where: { alike($0.reference, reference) }) {
        places[twin].copies.append(reference)
      } else if places.count < limit {
        places.append((reference, []))
      }
    }
    return places
  }

  /// How many times as many candidates as places retrieval keeps (`placesForWordings`): room for a wording's copies
  /// beside the other wordings, and a bound on how many copies a wording brings (four times `candidateLimit`).
  static let copiesWindow = 4

  /// Ranked by the share of the draft carried (in steps of 5%, so that near ties count as ties), then by the
  /// decision's probability, then by position for a stable order.
  /// Step: of two spans of one article that carry the claim alike, the one that says less besides comes first: a
  /// sentence before its widened pair ("Clinton has won 15.6 million votes, which is 3.7 million more" had been
  /// outranked by the pair that opens with the sentence before it, and linked in its place).
  static func ranksBefore(_ first: SentenceMatch, _ second: SentenceMatch) -> Bool {
    func key(_ match: SentenceMatch) -> (Double, Double, Int32, Double, Int32) {
      (
        (match.carried * 20).rounded(), match.score, -match.article, match.carriage.carriedBack,
        -match.sentences.lowerBound
      )
    }
    return key(first) > key(second)
  }

  /// For each of a draft sentence's matches, the draft words it carries only through a bridge (another word for
  /// it, initials, a given name…), as indices into the draft's tokens: what `inspect alignment` shows beside each
  /// link.
  public static func bridges(draft tokens: [Token], matches: [SentenceMatch], corpus: Corpus) -> [[(
    token: Int, bridge: Carriage.Bridge
  )]] {
    let draft = AlignmentSide(tokens, weight: corpus.weight, isOwnWording: corpus.isOwnWording)
    // The figures the decision asked about: those of the articles read for the claim, and each match's own.
    let read = figures(givenBy: sentencesToRead(for: draft, in: corpus).read, in: corpus)
    return matches.map { match in
      guard let article = corpus.article(match.article),
        let source = span(of: match, corpus: corpus, figuresGiven: read.union(article.figureValues))
      else { return [] }
      return Carriage.bridges(draft: draft, source: source)
    }
  }

  /// The draft words weighed as the writer's own wording (`Corpus.isOwnWording`), as indices into the draft's
  /// tokens: what `inspect alignment` lists under each draft sentence.
  public static func ownWording(draft tokens: [Token], corpus: Corpus) -> [Int] {
    AlignmentSide(tokens, weight: corpus.weight, isOwnWording: corpus.isOwnWording).words.filter(\.isOwnWording)
      .map(\.token)
  }

  /// The sentence, the best of its clause units, or the sentence with a neighbour, whichever the model finds
  /// most likely to carry the draft.
  public static func bestSpan(draft tokens: [Token], sentence: SentenceRef, corpus: Corpus) -> SentenceMatch? {
    guard let article = corpus.article(sentence.article) else { return nil }
    return bestSpan(
      draft: AlignmentSide(tokens, weight: corpus.weight, isOwnWording: corpus.isOwnWording), sentence: sentence,
      corpus: corpus,
      figuresGiven: article.figureValues)
  }

  /// `figuresGiven`: the figures of the articles that may tell the claim (`AlignmentSide.figuresGiven`).
  static func bestSpan(draft: AlignmentSide, sentence reference: SentenceRef, corpus: Corpus, figuresGiven: Set<String>)
    -> SentenceMatch?
  {
    guard let article = corpus.article(reference.article) else { return nil }
    let index = Int(reference.sentence)
    let text = article.prose.text
    let tokens = Tokenizer.tokens(in: text, range: article.sentences[index].range)
    func side(_ words: [Token]) -> AlignmentSide {
      AlignmentSide(words, weight: corpus.weight, figuresGiven: figuresGiven)
    }
    func judged(_ source: AlignmentSide, sentences: Range<Int>, unit: ClauseUnit?) -> SentenceMatch {
      let carriage = Carriage(draft: draft, source: source)
      let decision = AlignmentModel.decide(carriage)
      return SentenceMatch(
        article: reference.article, sentences: Int32(sentences.lowerBound)..<Int32(sentences.upperBound),
        score: decision.probability, rule: decision.rule, carriage: carriage, unit: unit)
    }
    var best = judged(side(tokens), sentences: index..<(index + 1), unit: nil)
    for unit in ClauseUnits.units(of: article.sentences[index].range, tokens: tokens, in: text) {
      let candidate = judged(
        side(unit.tokens.map { tokens[$0] }), sentences: index..<(index + 1),
        unit: unit)
      // A unit is chosen when it does clearly better, or as well with less: definition lands on the part of the
      // sentence that carries the claim. Not one the decision rates higher that carries much less: the rules below
      // the threshold go by the share carried, and 6abc's "A judge denied his bail the request, that left him
      // where he has already spent months, MDC in Sunset Park" had lost the initials of the draft's "Metropolitan
      // Detention Center" to its insertion, and its link.
      let better = candidate.score > best.score + 0.02 && candidate.carried >= best.carried - 0.1
      let asGoodAndNarrower =
        candidate.carried >= best.carried - 0.02 && candidate.score >= best.score - 0.05
        && unit.range.count < (best.unit?.range ?? article.sentences[index].range).count
      if better || asGoodAndNarrower { best = candidate }
    }
    // A draft sentence that joins two source sentences is carried by the pair; one already carried in full
    // needs no neighbour.
    for (first, second) in [(index - 1, index), (index, index + 1)]
    where best.carried < 0.9 && first >= 0 && second < article.sentences.count
      && article.sentences[first].block == article.sentences[second].block
    {
      let other = Tokenizer.tokens(in: text, range: article.sentences[first == index ? second : first].range)
      let combined = first == index ? tokens + other : other + tokens
      let candidate = judged(side(combined), sentences: first..<(second + 1), unit: nil)
      // Only a clear gain counts, so that a sentence is not padded with an unrelated neighbour.
      if candidate.score > best.score + 0.05 && candidate.carried >= best.carried + 0.1 { best = candidate }
    }
    return best
  }
}
