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
  /// The draft's quotes, and for each, the closest quotation each outlet has.
  public let quotes: [Quote]
  public let quoteSourcing: [[QuoteSourcing]]
  /// The draft's figures, and for each, what each outlet says.
  public let figures: [Figure]
  public let figureSources: [[FigureSource]]
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
    let quotes = QuoteAnalysis.quotes(in: prose, sentences: sentences)
    self.quotes = quotes
    var sourceQuotes: [Int32: [Quote]] = [:]
    let alignments = self.alignments
    quoteSourcing = quotes.map { quote in
      guard quote.closed, quote.kind == .full || quote.kind == .partial else { return [] }
      let hosts = sentences.indices.filter { sentences[$0].range.overlaps(quote.range) }
      return QuoteSourcer.sourcing(
        for: quote, prose: prose, hostMatches: hosts.flatMap { alignments[$0] }, corpus: corpus,
        sourceQuotes: &sourceQuotes)
    }
    let people = Array(Set(quotes.compactMap(\.speaker)))
    // Dates without a year take the year the sources were published in.
    let years = corpus.liveArticles.compactMap { $0.article.metadata.date.flatMap { Int($0.prefix(4)) } }
    let referenceYear = Dictionary(grouping: years, by: { $0 }).max { $0.value.count < $1.value.count }?.key
    var figures: [Figure] = []
    var figureSources: [[FigureSource]] = []
    for (index, sentence) in sentences.enumerated() {
      let found = FigureExtractor.figures(in: prose.text, range: sentence.range, referenceYear: referenceYear)
      guard !found.isEmpty else { continue }
      figures += found
      figureSources += FigureChecks.sources(
        for: found, sentence: index,
        analysis: (prose, tokens, Self.bestPerOutlet(alignments[index], corpus: corpus)), corpus: corpus)
    }
    self.figures = figures
    self.figureSources = figureSources
    let checks: [Finding] =
      UnclosedQuoteCheck.findings(quotations)
      + QuoteChecks.findings(
        quotes: quotes, sourcing: quoteSourcing, prose: prose, corpus: corpus, namedInDraft: people)
      + FigureChecks.findings(figures: figures, sources: figureSources, prose: prose, corpus: corpus)
      + FigureChecks.selfContradictions(figures, tokens: tokens.flatMap { $0 })
      + FigureChecks.weekdayDates(figures)
    findings = checks.sorted { ($0.range.lowerBound, $0.code) < ($1.range.lowerBound, $1.code) }
  }

  /// The sentence that contains a byte offset, or the one that ends right at it (a cursor after the period).
  public func sentenceIndex(at offset: Int) -> Int? {
    sentences.firstIndex { $0.range.contains(offset) } ?? sentences.firstIndex { $0.range.upperBound == offset }
  }

  /// The first match of each outlet: that outlet's best.
  public func bestPerOutlet(_ sentence: Int) -> [SentenceMatch] {
    Self.bestPerOutlet(alignments[sentence], corpus: corpus)
  }

  static func bestPerOutlet(_ matches: [SentenceMatch], corpus: Corpus) -> [SentenceMatch] {
    var seen: Set<String> = []
    return matches.filter { match in
      corpus.article(match.article).map { seen.insert($0.metadata.outlet).inserted } ?? false
    }
  }
}
