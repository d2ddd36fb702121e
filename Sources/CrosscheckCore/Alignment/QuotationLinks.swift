/// Step: a draft sentence that is a quotation and who said it, and nothing else ("“After all, it's the only one we
/// have,” he said."), is carried by each source sentence that quotes its words as written, however few or common
/// they are. Alignment weighs words by rarity and leaves out a sentence of one content word or of the commonest
/// words, which a quotation often is: such sentences of real coverage linked to nothing, though an outlet had the
/// very words (`AlignmentModel.Rule.quotation`).
enum QuotationLinks {
  /// From how many words a quotation is the speaker's own wherever an outlet has it: "Thank you" or "Love you!" are
  /// anyone's.
  static let minimumWords = 4

  /// `alignments` with, for each such sentence, a match for each outlet that quotes it exactly and was not linked
  /// there already. `spans` gives the matches for a sentence and the source sentences that quote it
  /// (`spans(quoting:draft:corpus:)`, which the caller may have cached).
  static func added(
    to alignments: [[SentenceMatch]], quotes: [Quote], sourcing: [[QuoteSourcing]], sentences: [Sentence],
    tokens: [[Token]], text: String, corpus: Corpus, spans: (_ host: Int, _ quoting: [SentenceRef]) -> [SentenceMatch]
  ) -> [[SentenceMatch]] {
    var result = alignments
    for (quote, sources) in zip(quotes, sourcing)
    where quote.closed && quote.kind == .full && quote.wordCount >= minimumWords && sources.contains(where: \.exact) {
      let hosts = sentences.indices(overlapping: quote.range)
      guard let host = hosts.first,
        QuoteSourcer.saysOnlyWhoSaidIt(quote, in: hosts, tokens: tokens, text: text)
      else { continue }
      let quoting = sources.filter(\.exact).compactMap { source -> SentenceRef? in
        guard let article = corpus.article(source.article),
          let sentence = article.sentences.index(holding: source.wordingRange.lowerBound),
          !result[host].contains(where: { $0.article == source.article && $0.sentences.contains(Int32(sentence)) })
        else { return nil }
        return SentenceRef(article: Int(source.article), sentence: sentence)
      }
      if !quoting.isEmpty { result[host] += spans(host, quoting) }
    }
    return result
  }

  /// The span each of `quoting` offers the draft sentence `tokens`, linked by the `quotation` rule.
  static func spans(quoting: [SentenceRef], draft tokens: [Token], corpus: Corpus) -> [SentenceMatch] {
    quoting.compactMap { reference in
      guard var match = Aligner.bestSpan(draft: tokens, sentence: reference, corpus: corpus) else { return nil }
      match.rule = .quotation
      return match
    }
  }
}
