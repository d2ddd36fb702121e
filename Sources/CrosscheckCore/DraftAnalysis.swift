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
  /// What the next analysis of this draft can reuse.
  public let cache: AnalysisCache

  public init(
    text: String, format: ProseText.Format, corpus: Corpus = .empty, threshold: Double = 0.5,
    cache previous: AnalysisCache? = nil, reportScareQuotes: Bool = false
  ) {
    let prose = ProseText(parsing: text, format: format)
    self.prose = prose
    self.corpus = corpus
    let sentences = SentenceSplitter.split(prose)
    self.sentences = sentences
    let old =
      previous.flatMap { $0.fits(corpus, threshold: threshold) ? $0 : nil }
      ?? AnalysisCache(generation: corpus.generation, threshold: threshold)
    var fresh = AnalysisCache(generation: corpus.generation, threshold: threshold)

    // Tokens by a sentence's bytes, with ranges relative to its start: normalising every word again on each
    // keystroke cost as much as aligning the edited sentence.
    // The lede's dateline is no part of its claim (`Dateline`): its words are not read at all.
    let lede = Lede.index(of: sentences, in: prose)
    let tokens = sentences.enumerated().map { index, sentence -> [Token] in
      let raw = String(TextBuffer.substring(prose.text, sentence.range))
      let relative =
        fresh.tokens[raw] ?? old.tokens[raw] ?? Tokenizer.tokens(in: raw, range: 0..<raw.utf8.count)
      fresh.tokens[raw] = relative
      let dateline = index == lede ? Dateline.length(in: raw[...]) ?? 0 : 0
      return relative.lazy.filter { $0.range.lowerBound >= dateline }.map { $0.shifted(by: sentence.range.lowerBound) }
    }
    self.tokens = tokens

    // Each sentence's text keys the caches of both alignments and figures.
    let texts = sentences.map { prose.text(of: $0) }

    // MARK: Alignment: only sentences whose words changed are aligned again.
    let aligned = zip(texts, tokens).enumerated().map { index, sentence -> [SentenceMatch] in
      let (sentenceText, sentenceTokens) = sentence
      let key = AnalysisCache.AlignmentKey(text: sentenceText, isLede: index == lede)
      if LeadIn.introducesWhatFollows(index, of: sentences, text: sentenceText) { return [] }
      let matches =
        fresh.alignments[key] ?? old.alignments[key]
        ?? Aligner.align(
          tokens: sentenceTokens, text: prose.text, in: corpus, threshold: threshold, isLede: key.isLede)
      fresh.alignments[key] = matches
      return matches
    }

    // MARK: Quotes
    quotations = QuoteScanner.quotations(in: prose)
    let quotes = QuoteAnalysis.quotes(in: prose, sentences: sentences).flatMap { $0.paragraphs(in: prose) }
    self.quotes = quotes
    var sourceQuotes: [Int32: [Quote]] = [:]
    quoteSourcing = quotes.map { quote in
      guard quote.closed, quote.kind == .full || quote.kind == .partial else { return [] }
      let hostSentences = sentences.indices(overlapping: quote.range)
      let hosts = hostSentences.flatMap { aligned[$0] }
      let hostClaims = hostSentences.contains {
        QuoteSourcer.claimsMore(than: quote, in: tokens[$0], text: prose.text)
      }
      let introduced =
        QuoteSourcer.introduction(of: quote, in: hostSentences, sentences: sentences, tokens: tokens, text: prose.text)
        .map { aligned[$0] } ?? []
      let quoteIsTheClaim = QuoteSourcer.quoteIsTheClaim(
        quote, in: hostSentences, tokens: tokens, text: prose.text)
      let key = AnalysisCache.QuoteKey(
        text: quote.text, hosts: hosts, hostClaims: hostClaims, introduced: introduced,
        quoteIsTheClaim: quoteIsTheClaim)
      let start = quote.content.lowerBound
      if let known = fresh.quoteSourcing[key] ?? old.quoteSourcing[key] {
        fresh.quoteSourcing[key] = known
        return known.map { $0.shifted(by: start) }
      }
      let found = QuoteSourcer.sourcing(
        for: quote, prose: prose, hostMatches: hosts, hostClaims: hostClaims, introduced: introduced,
        quoteIsTheClaim: quoteIsTheClaim, corpus: corpus,
        sourceQuotes: &sourceQuotes)
      fresh.quoteSourcing[key] = found.map { $0.shifted(by: -start) }
      return found
    }
    let people = Array(Set(quotes.compactMap(\.speaker)))
    let alignments = QuotationLinks.added(
      to: aligned, quotes: quotes, sourcing: quoteSourcing, sentences: sentences, tokens: tokens, text: prose.text,
      corpus: corpus
    ) { host, quoting in
      let key = AnalysisCache.QuotationKey(text: texts[host], quoting: quoting)
      let spans =
        fresh.quotationSpans[key] ?? old.quotationSpans[key]
        ?? QuotationLinks.spans(quoting: quoting, draft: tokens[host], corpus: corpus)
      fresh.quotationSpans[key] = spans
      return spans
    }
    self.alignments = alignments

    // MARK: Figures. Dates without a year take the year the sources were published in.
    let referenceYear = corpus.referenceYear
    var figures: [Figure] = []
    var figureSources: [[FigureSource]] = []
    for (index, (sentence, text)) in zip(sentences, texts).enumerated() {
      let relative =
        fresh.draftFigures[text] ?? old.draftFigures[text]
        ?? FigureExtractor.figures(in: prose.text, range: sentence.range, referenceYear: referenceYear)
        .map { $0.shifted(by: -sentence.range.lowerBound) }
      fresh.draftFigures[text] = relative
      guard !relative.isEmpty else { continue }
      let found = relative.map { $0.shifted(by: sentence.range.lowerBound) }
      figures += found
      let matches = alignments[index]
      let key = AnalysisCache.FigureKey(text: text, matches: matches)
      let paired =
        fresh.figureSources[key] ?? old.figureSources[key]
        ?? FigureChecks.sources(for: found, sentence: index, analysis: (prose, tokens, matches), corpus: corpus)
      fresh.figureSources[key] = paired
      figureSources += paired
    }
    self.figures = figures
    self.figureSources = figureSources
    cache = fresh

    let checks: [Finding] =
      UnclosedQuoteCheck.findings(quotations)
      + QuoteChecks.findings(
        quotes: quotes, sourcing: quoteSourcing, prose: prose, corpus: corpus, namedInDraft: people,
        reportScareQuotes: reportScareQuotes)
      + FigureChecks.findings(
        figures: figures, sources: figureSources, alignments: alignments, prose: prose, tokens: tokens, corpus: corpus)
      + FigureChecks.selfContradictions(figures, sentences: sentences, tokens: tokens, text: prose.text)
      + FigureChecks.weekdayDates(figures)
    findings = checks.sorted { ($0.range.lowerBound, $0.code) < ($1.range.lowerBound, $1.code) }
  }

  /// What a figure of this draft measures, as the figure checks read it (`inspect figures` shows it).
  public func measuredThing(of figure: Figure) -> MeasuredThing {
    let sentence = sentences.index(holding: figure.range.lowerBound)
    return MeasuredThing(of: figure, in: sentence.map { tokens[$0] } ?? [], text: prose.text)
  }

  /// The sentence that contains a byte offset, or the one that ends right at it (a cursor after the period).
  public func sentenceIndex(at offset: Int) -> Int? {
    sentences.index(holding: offset)
      ?? sentences.index(holding: offset - 1).flatMap {
        sentences[$0].range.upperBound == offset ? $0 : nil
      }
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
