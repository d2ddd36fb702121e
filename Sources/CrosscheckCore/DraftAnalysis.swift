/// Everything Crosscheck knows about one version of a draft: its prose, sentences and their alignments to the
/// sources, quotations, and findings. A pure function of the text and the corpus, so it can run on any thread and
/// be thrown away.
public struct DraftAnalysis: Sendable {
  public let prose: ProseText
  public let sentences: [Sentence]
  /// The tokens of each sentence.
  public let tokens: [[Token]]
  /// For each sentence, the source sentences that carry it, best first.
  public let alignments: [[SentenceMatch]]
  public let quotations: [QuoteScanner.Quotation]
  public let findings: [Finding]
  public let corpus: Corpus
  /// The alignments by content, for the next analysis of this draft to reuse.
  public let alignmentCache: AlignmentCache

  public init(
    text: String, format: ProseText.Format, corpus: Corpus = .empty, threshold: Double = 0.5,
    cache: AlignmentCache? = nil
  ) {
    let prose = ProseText(parsing: text, format: format)
    self.prose = prose
    self.corpus = corpus
    let sentences = SentenceSplitter.split(prose)
    self.sentences = sentences
    let tokens = sentences.map { Tokenizer.tokens(in: prose.text, range: $0.range) }
    self.tokens = tokens
    var cache =
      cache.flatMap { $0.generation == corpus.generation && $0.threshold == threshold ? $0 : nil }
      ?? AlignmentCache(generation: corpus.generation, threshold: threshold)
    var fresh = AlignmentCache(generation: corpus.generation, threshold: threshold)
    alignments = tokens.map { sentenceTokens in
      let terms = sentenceTokens.filter(\.isContent).map(\.term)
      let matches = cache.entries[terms] ?? Aligner.align(terms: terms, in: corpus, threshold: threshold)
      cache.entries[terms] = matches
      fresh.entries[terms] = matches
      return matches
    }
    alignmentCache = fresh
    quotations = QuoteScanner.quotations(in: prose)
    findings = UnclosedQuoteCheck.findings(quotations).sorted { $0.range.lowerBound < $1.range.lowerBound }
  }

  /// The sentence that contains a byte offset, or the one that ends right at it (a cursor after the period).
  public func sentenceIndex(at offset: Int) -> Int? {
    sentences.firstIndex { $0.range.contains(offset) } ?? sentences.firstIndex { $0.range.upperBound == offset }
  }

  /// The first match of each outlet: that outlet's best.
  public func bestPerOutlet(_ sentence: Int) -> [SentenceMatch] {
    var seen: Set<String> = []
    return alignments[sentence].filter { match in
      corpus.article(match.article).map { seen.insert($0.metadata.outlet).inserted } ?? false
    }
  }
}
