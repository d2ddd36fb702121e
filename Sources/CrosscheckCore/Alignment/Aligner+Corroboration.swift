/// The steps that weigh what other outlets' linked spans say of a span the model doubts: an echo of one of them is
/// linked, and an article's best span none of them vouches for is left out.
extension Aligner {
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
}
