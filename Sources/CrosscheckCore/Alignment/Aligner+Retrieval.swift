/// Which source sentences are read in full for a draft sentence: retrieval by the draft's rarest terms, a quick
/// pass ranking what it found, each wording read once with its copies, an unread best of each article, and the
/// sentences that give the draft's figures.
extension Aligner {
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
}
