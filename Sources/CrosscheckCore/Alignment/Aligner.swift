/// Finds the source sentences that say what a draft sentence says.
///
/// Retrieval looks up the draft sentence's rarest content terms in the index; each candidate is then scored by
/// a rarity-weighted overlap of content words (a weighted Dice coefficient) plus a share for words in the same
/// order (shared word pairs). Figures are not content terms, so a disputed number never breaks a match.
public enum Aligner {
  /// How many of the rarest draft terms drive retrieval, and how many candidates get a precise score.
  static let retrievalTerms = 10
  static let candidateLimit = 80

  /// Every source sentence at or above `threshold` for a draft sentence's content terms, best first; the first
  /// match of each outlet is that outlet's best.
  public static func align(terms: [Term], in corpus: Corpus, threshold: Double) -> [SentenceMatch] {
    // Sorted, so sums run in the same order in every process: Set order changes with the hash seed.
    let unique = Array(Set(terms)).sorted()
    guard !unique.isEmpty, corpus.sentenceCount > 0 else { return [] }
    let weights = Dictionary(uniqueKeysWithValues: unique.map { ($0, corpus.weight($0)) })
    let draftWeight = unique.reduce(0) { $0 + weights[$1]! }
    let draftPairs = pairs(terms)

    // Retrieval: candidates accumulate the weight of the rare terms they share.
    var accumulated: [SentenceRef: Double] = [:]
    let rare = unique.filter { corpus.documentFrequency($0) > 0 }.sorted { (weights[$0]!, $1) > (weights[$1]!, $0) }
    let commonCutoff = max(2_000, corpus.sentenceCount / 10)
    for term in rare.prefix(retrievalTerms) {
      let postings = corpus.sentences(containing: term)
      guard postings.count <= commonCutoff else { continue }
      for reference in postings { accumulated[reference, default: 0] += weights[term]! }
    }
    let candidates = accumulated.sorted {
      ($0.value, -$0.key.article, -$0.key.sentence) > ($1.value, -$1.key.article, -$1.key.sentence)
    }.prefix(candidateLimit).map(\.key)

    // Precise scoring, then 1:2 splits for each outlet's best.
    func score(_ sourceTerms: ArraySlice<Term>) -> Double {
      similarity(
        unique, draftWeight: draftWeight, draftPairs: draftPairs, source: sourceTerms, weights: weights, corpus: corpus)
    }
    var scored = candidates.map { reference in
      SentenceMatch(
        article: reference.article, sentences: reference.sentence..<(reference.sentence + 1),
        score: score(corpus.terms(of: reference)))
    }
    scored = scored.map { match in widenToSplit(match, corpus: corpus, score: score) }
    scored.sort {
      ($0.score, -$0.article, -$0.sentences.lowerBound) > ($1.score, -$1.article, -$1.sentences.lowerBound)
    }

    var result: [SentenceMatch] = []
    for match in scored where match.score >= threshold {
      // A widened pair and its single sentence are the same match: keep the better, which sorts first.
      if result.contains(where: { $0.article == match.article && $0.sentences.overlaps(match.sentences) }) { continue }
      result.append(match)
    }
    return result
  }

  /// A draft sentence that joins two source sentences scores better against the pair: try both neighbours.
  private static func widenToSplit(_ match: SentenceMatch, corpus: Corpus, score: (ArraySlice<Term>) -> Double)
    -> SentenceMatch
  {
    guard let article = corpus.article(match.article) else { return match }
    var best = match
    let index = Int(match.sentences.lowerBound)
    for (first, second) in [(index - 1, index), (index, index + 1)]
    where first >= 0 && second < article.sentences.count
      && article.sentences[first].block == article.sentences[second].block
    {
      let combined = score(article.terms(ofSentence: first) + article.terms(ofSentence: second))
      // Only a clear gain counts, so that a sentence is not padded with an unrelated neighbour.
      if combined > best.score + 0.08 {
        best = SentenceMatch(article: match.article, sentences: Int32(first)..<Int32(second + 1), score: combined)
      }
    }
    return best
  }

  static func similarity(
    _ draft: [Term], draftWeight: Double, draftPairs: Set<Pair>, source: ArraySlice<Term>,
    weights: [Term: Double],
    corpus: Corpus
  ) -> Double {
    let sourceSet = Set(source)
    guard !sourceSet.isEmpty else { return 0 }
    var shared = 0.0
    for term in draft where sourceSet.contains(term) { shared += weights[term]! }
    var sourceWeight = 0.0
    for term in sourceSet.sorted() { sourceWeight += weights[term] ?? corpus.weight(term) }
    let dice = 2 * shared / (draftWeight + sourceWeight)
    guard !draftPairs.isEmpty else { return dice }
    let sourcePairs = pairs(source)
    let order =
      Double(draftPairs.intersection(sourcePairs).count) / Double(min(draftPairs.count, max(1, sourcePairs.count)))
    return 0.8 * dice + 0.2 * min(1, order) * dice.squareRoot()
  }

  struct Pair: Hashable {
    var first: Term
    var second: Term
  }

  static func pairs<Terms: Collection<Term>>(_ terms: Terms) -> Set<Pair> {
    Set(zip(terms, terms.dropFirst()).map { Pair(first: $0, second: $1) })
  }
}
