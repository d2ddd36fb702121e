/// Where a draft quote's words stand in one outlet: the closest quotation that outlet has, and how close it is.
public struct QuoteSourcing: Sendable, Hashable {
  public var article: Int32
  public var outlet: String
  /// The source quotation's range in the article's prose, and its speaker there.
  public var quoteRange: Range<Int>
  public var speaker: String?
  public var exact: Bool
  public var similarity: Double
  /// The source words that correspond to the draft's, and the replacements that would make the draft match.
  public var wording: String
  /// Where those words stand in the article's prose, from the first to the last.
  public var wordingRange: Range<Int>
  /// Each place the draft's words differ, in order: empty when they are the same.
  public var replacements: [QuoteReplacement]
  /// The draft's words that run past where the source quotation begins or ends (`QuoteWords.Comparison.quoted`),
  /// each run as the draft writes it: words the source did not quote, which the replacement leaves alone.
  public var unquoted: [String]
  /// What the span the source quotation stands in shares with the draft quote's sentence.
  public var claim: Claim

  /// Ordered by how much the span shares: found twice, a quotation keeps the larger share.
  public enum Claim: Int, Sendable, Hashable {
    /// Only words: the span tells another claim, or was found by the quote's words alone (`theQuotes` aside).
    case another = 0
    /// The quote's claim: the span tells what the quote says, and the quote's sentence says nothing else but who
    /// said it (`QuoteSourcer.tellsTheQuotesClaim`), so that who said it is what the draft may have changed.
    case theQuotes = 1
    /// The sentence's claim: the span is aligned with the draft quote's sentence, or with the sentence the quote
    /// bears out.
    case theSentences = 2
  }

  /// Whether the source quotation stands in a span aligned with the draft quote's sentence: the same claim, not
  /// only the same words.
  public var inSameClaim: Bool { claim == .theSentences }

  /// Whether the source quotation tells the quote's claim, in the draft sentence's or in the quote's own.
  public var inQuotesClaim: Bool { claim != .another }
}

/// The part of a draft quote that differs from a source, and what the source has there.
public struct QuoteReplacement: Sendable, Hashable {
  public var draftRange: Range<Int>
  public var draftText: String
  /// What replaces `draftRange`: the source's words, with the space that joins them to the draft's when the draft
  /// left them out.
  public var sourceText: String

  /// The source's words as a message quotes them, without that space.
  public var sourceWords: String { sourceText.trimmingCharacters(in: .whitespaces) }
}

/// Finds, for each draft quote, the closest quotation in each outlet. Candidates come from the sentences the
/// quote's own sentence aligns with, from aligning the quote's words alone (a quote often sits in a sentence the
/// draft has rewritten around it), and from the index itself: every source sentence holding most of the quote's
/// rarest words, so a partial quote is found wherever it stands, aligned or not.
enum QuoteSourcer {
  static let closeEnough = 0.5
  /// How close a draft quote must be to a quotation read across its interruption (`quotations`).
  static let joinedCloseEnough = 0.8
  /// How many of the quote's rarest words the index is asked for, and how many sentences it may return.
  static let indexTerms = 6
  static let indexLimit = 60

  /// Source sentences that hold most of the quote's rarest content words (all of them for a quote of one or two).
  /// Words the sources write otherwise count by the sources' terms (`Compounds`).
  static func indexed(_ tokens: [Token], text: String, in corpus: Corpus) -> [(article: Int32, range: Range<Int>)] {
    let isKnown = { corpus.documentFrequency($0) > 0 }
    let ownTerms = tokens.filter(\.isContent).map(\.term)
    let terms = Array(
      Set(ownTerms + Compounds.termsWrittenOtherwise(tokens, text: text, isKnown: isKnown)).filter(isKnown)
        .sorted { (corpus.documentFrequency($0), $0) < (corpus.documentFrequency($1), $1) }.prefix(indexTerms))
    guard !terms.isEmpty else { return [] }
    let needed = terms.count <= 2 ? terms.count : (terms.count + 1) / 2 + 1
    var counts: [SentenceRef: Int] = [:]
    for term in terms { for reference in corpus.sentences(containing: term) { counts[reference, default: 0] += 1 } }
    return counts.filter { $0.value >= needed }
      .sorted { ($0.value, -$0.key.article, -$0.key.sentence) > ($1.value, -$1.key.article, -$1.key.sentence) }
      .prefix(indexLimit)
      .compactMap { reference, _ in
        corpus.article(reference.article).map { (reference.article, $0.sentences[Int(reference.sentence)].range) }
      }
  }

  /// Whether a quote's sentence says something besides the quote: who said it by name, or anything else. Only
  /// then is what its alignments carry a claim: "“I'll put it this way,” she said." aligns by the quote's own
  /// words, with anyone's sentence that has them, and its matches are candidates like any other, not the same
  /// claim (`hostClaims`); "“Domestic violence is a crime,” Judge Arun Subramanian said." says who.
  static func claimsMore(than quote: Quote, in tokens: [Token], text: String) -> Bool {
    saysWords(besides: quote, in: tokens, text: text, speaker: [])
  }

  /// Whether a sentence has a content word outside the quote that is no speech cue and none of `speaker`'s words
  /// (folded).
  private static func saysWords(besides quote: Quote, in tokens: [Token], text: String, speaker: Set<String>)
    -> Bool
  {
    tokens.contains { token in
      guard token.isContent, !quote.range.overlaps(token.range) else { return false }
      let word = String(TextBuffer.substring(text, token.range))
      return !SpeechCues.isCue(word) && !speaker.contains(Normalizer.fold(word))
    }
  }

  /// Step: a quote whose sentence says nothing besides it and who said it ("“It was a bullseye,” Nelson said.")
  /// takes its claim from the sentence before it in its paragraph, which it bears out ("Nelson said a change of 10
  /// minutes would have been a success."): the sources that sentence aligns with tell the quote's claim too, and a
  /// short quote they give to someone else is misattributed there, not anyone's phrase. The index of that
  /// sentence, or nil when the quote's sentence says more or opens its paragraph. Its matches are `introduced`.
  static func introduction(
    of quote: Quote, in hostSentences: Range<Int>, sentences: [Sentence], tokens: [[Token]], text: String
  ) -> Int? {
    guard let host = hostSentences.first, host > 0, sentences[host - 1].block == sentences[host].block,
      saysOnlyWhoSaidIt(quote, in: hostSentences, tokens: tokens, text: text)
    else { return nil }
    return host - 1
  }

  /// Whether a quote's one sentence says nothing besides it and who said it ("“It was a bullseye,” Nelson said.").
  static func saysOnlyWhoSaidIt(_ quote: Quote, in hostSentences: Range<Int>, tokens: [[Token]], text: String)
    -> Bool
  {
    guard hostSentences.count == 1, let host = hostSentences.first else { return false }
    let speaker = Set((quote.speaker ?? "").split(separator: " ").map { Normalizer.fold(String($0)) })
    return !saysWords(besides: quote, in: tokens[host], text: text, speaker: speaker)
  }

  /// Whether a quote is its sentence's claim: the sentence says nothing besides it and who said it
  /// (`saysOnlyWhoSaidIt`), and who said it is a person (`QuoteChecks.isPersonName`), whom the sources may name
  /// otherwise. A document's words ("The budget forecast reads: “…”") are no one's to misattribute.
  static func quoteIsTheClaim(_ quote: Quote, in hostSentences: Range<Int>, tokens: [[Token]], text: String) -> Bool {
    quote.speaker.map(QuoteChecks.isPersonName) == true
      && saysOnlyWhoSaidIt(quote, in: hostSentences, tokens: tokens, text: text)
  }

  /// The probability from which a span the quote's words align with tells its claim: the product's default
  /// alignment threshold, where the quote's words alone are aligned at a lower one to find candidates.
  static let quoteClaimProbability = 0.5

  /// Step: of a quote that is its sentence's claim (`quoteIsTheClaim`), a span its words alone align with, as the
  /// model or containment links, tells the same claim: when the draft gives the words to the wrong person, its
  /// sentence aligns with nothing of the speaker's (the name it gives is the one no source has), and "“Domestic
  /// violence is violence,” Agnifilo said" had found the judge's words only among quotes in other claims, where
  /// four words are anyone's phrase.
  static func tellsTheQuotesClaim(_ match: SentenceMatch, quoteIsTheClaim: Bool) -> Bool {
    quoteIsTheClaim && match.rule.isStrong && match.score >= quoteClaimProbability
  }

  static func sourcing(
    for quote: Quote, prose: ProseText, hostMatches: [SentenceMatch], hostClaims: Bool,
    introduced: [SentenceMatch], quoteIsTheClaim: Bool, corpus: Corpus,
    sourceQuotes: inout [Int32: [Quote]]
  ) -> [QuoteSourcing] {
    let draftWords = QuoteWords(prose, quote.content)
    guard !draftWords.words.isEmpty else { return [] }
    let tokens = Tokenizer.tokens(in: prose.text, range: quote.content)
    func spans(_ matches: [SentenceMatch], claim: (SentenceMatch) -> QuoteSourcing.Claim)
      -> [(article: Int32, range: Range<Int>, claim: QuoteSourcing.Claim)]
    {
      matches.compactMap { match in
        let claim = claim(match)
        return corpus.article(match.article).map {
          (match.article, claim == .another ? match.range(in: $0) : paragraph(of: match, in: $0), claim)
        }
      }
    }
    let candidates =
      spans(hostMatches, claim: { _ in hostClaims ? .theSentences : .another })
      + spans(introduced, claim: { _ in .theSentences })
      + spans(
        Aligner.align(tokens: tokens, text: prose.text, in: corpus, threshold: 0.3),
        claim: { tellsTheQuotesClaim($0, quoteIsTheClaim: quoteIsTheClaim) ? .theQuotes : .another })
      + indexed(tokens, text: prose.text, in: corpus).map { ($0.article, $0.range, .another) }
    var best: [String: QuoteSourcing] = [:]
    for (slot, range, claim) in candidates {
      guard let article = corpus.article(slot) else { continue }
      if sourceQuotes[slot] == nil {
        sourceQuotes[slot] = QuoteAnalysis.quotes(in: article.paragraphs, sentences: article.sentences)
      }
      for source in Self.quotations(sourceQuotes[slot]!, overlapping: range, prose: article.prose) {
        let sourceWords = source.words
        let comparison = draftWords.compare(with: sourceWords)
        guard comparison.similarity >= closeEnough else { continue }
        let window = sourceWords.allWords[comparison.window]
        // A quotation read across its interruption counts only where the draft runs its two parts together, and
        // close: its parts alone are candidates too, and a long joined quotation holds half of any short quote's
        // common words.
        if source.resumes != nil && !(comparison.similarity >= joinedCloseEnough && source.isReadAcross(window)) {
          continue
        }
        let outlet = article.metadata.outlet
        if let existing = best[outlet],
          (existing.exact ? 1 : 0, existing.similarity, existing.claim.rawValue) >= (
            comparison.exact ? 1 : 0, comparison.similarity, claim.rawValue
          )
        {
          continue
        }
        let words = comparison.words
        let unquoted = [words[..<comparison.quoted.lowerBound], words[comparison.quoted.upperBound...]].compactMap {
          run in run.first.map { prose.cleanText($0.range.lowerBound..<run.last!.range.upperBound) }
        }
        best[outlet] = QuoteSourcing(
          article: slot, outlet: outlet, quoteRange: source.range, speaker: source.speaker,
          exact: comparison.exact, similarity: comparison.similarity,
          wording: source.wording(window, in: article.prose),
          wordingRange: window.first!.range.lowerBound..<window.last!.range.upperBound,
          replacements: comparison.exact
            ? [] : replacements(words[comparison.quoted], prose, Array(window), article.prose),
          unquoted: unquoted, claim: claim)
      }
    }
    return best.values.sorted {
      ($0.exact ? 1 : 0, $0.similarity, $1.outlet) > ($1.exact ? 1 : 0, $1.similarity, $0.outlet)
    }
  }

  /// A source quotation as the draft's are compared with: its marks' range, its speaker and its words, and where
  /// an attribution interrupts it, the quotation it resumes in.
  struct Quotation {
    var range: Range<Int>
    var speaker: String?
    var words: QuoteWords
    /// Where the quotation resumes after the attribution that interrupts it, if it does.
    var resumes: Int?

    /// Whether `window` runs from before the interruption to after it.
    func isReadAcross(_ window: ArraySlice<QuoteWords.Word>) -> Bool {
      guard let resumes, let first = window.first, let last = window.last else { return false }
      return first.range.lowerBound < resumes && last.range.lowerBound >= resumes
    }

    /// The source's words from the first of `window` to the last, as written; across an interruption, the words
    /// before it and after it, joined by a space.
    func wording(_ window: ArraySlice<QuoteWords.Word>, in prose: ProseText) -> String {
      let (first, last) = (window.first!.range, window.last!.range)
      guard let resumes, isReadAcross(window),
        let before = window.last(where: { $0.range.lowerBound < resumes }),
        let after = window.first(where: { $0.range.lowerBound >= resumes })
      else { return prose.cleanText(first.lowerBound..<last.upperBound) }
      return prose.cleanText(first.lowerBound..<before.range.upperBound) + " "
        + prose.cleanText(after.range.lowerBound..<last.upperBound)
    }
  }

  /// An article's closed quotations that overlap `range`, each alone and, where an attribution interrupts one
  /// (“We are not done fighting,” said the lawyer, “we are just getting started.”), its two parts joined as one.
  static func quotations(_ quotes: [Quote], overlapping range: Range<Int>, prose: ProseText) -> [Quotation] {
    let closed = quotes.filter(\.closed)
    // A quotation's words are read once, whether it is compared alone, joined, or both.
    var read: [Int: QuoteWords] = [:]
    func words(_ index: Int) -> QuoteWords {
      if let words = read[index] { return words }
      let words = QuoteWords(prose, closed[index].content)
      read[index] = words
      return words
    }
    let alone = closed.indices.filter { closed[$0].range.overlaps(range) }.map {
      Quotation(range: closed[$0].range, speaker: closed[$0].speaker, words: words($0), resumes: nil)
    }
    let joined = closed.indices.dropLast().compactMap { index -> Quotation? in
      let (first, second) = (closed[index], closed[index + 1])
      guard (first.range.lowerBound..<second.range.upperBound).overlaps(range), isInterrupted(first, resumingIn: second)
      else { return nil }
      return Quotation(
        range: first.range.lowerBound..<second.range.upperBound, speaker: first.speaker,
        words: QuoteWords(joining: words(index), words(index + 1)), resumes: second.content.lowerBound)
    }
    return alone + joined
  }

  /// Step: a quotation is interrupted by its attribution when the next quotation follows in the same paragraph,
  /// the speaker named between the two and the second carrying the first's speaker over; the second may open
  /// mid-sentence (“and the ferries will sail”), a title or a term held at arm's length may not.
  static func isInterrupted(_ first: Quote, resumingIn second: Quote) -> Bool {
    guard let speaker = first.speakerRange else { return false }
    return first.endBlock == second.block && first.range.upperBound <= speaker.lowerBound
      && speaker.upperBound <= second.range.lowerBound && first.speaker != nil && second.speaker == first.speaker
      && first.kind == .full && [.full, .partial].contains(second.kind)
  }

  /// Step: the claim a span aligned with a quote's sentence makes runs to the end of its paragraph. Outlets tell
  /// what happened and then quote it ("Combs led them in a brief prayer. “God bless the jurors,” he pleaded."),
  /// where a draft joins the two in one sentence ("Combs prayed: “God bless this jury.”"): the quotation after the
  /// span is the one the draft's stands for.
  static func paragraph(of match: SentenceMatch, in article: SourceArticle) -> Range<Int> {
    let range = match.range(in: article)
    let last = Int(match.sentences.upperBound) - 1
    var end = last
    while end + 1 < article.sentences.count && article.sentences[end + 1].block == article.sentences[last].block {
      end += 1
    }
    return range.lowerBound..<max(range.upperBound, article.sentences[end].range.upperBound)
  }

  /// Where the draft's quoted words (`QuoteWords.Comparison.quoted`) differ from the source window: common words
  /// are trimmed from both ends, so punctuation and the untouched words stay the draft's own, and what lies between
  /// is cut where the two agree again (`changes`). Empty when the words are the same.
  static func replacements(
    _ words: ArraySlice<QuoteWords.Word>, _ prose: ProseText, _ window: [QuoteWords.Word], _ source: ProseText
  ) -> [QuoteReplacement] {
    let words = Array(words)
    var prefix = 0
    while prefix < words.count && prefix < window.count && words[prefix].text == window[prefix].text { prefix += 1 }
    var suffix = 0
    while suffix < words.count - prefix && suffix < window.count - prefix
      && words[words.count - 1 - suffix].text == window[window.count - 1 - suffix].text
    {
      suffix += 1
    }
    let draftSlice = prefix..<(words.count - suffix)
    let sourceSlice = prefix..<(window.count - suffix)
    guard !draftSlice.isEmpty || !sourceSlice.isEmpty else { return [] }
    return changes(words[draftSlice], window[sourceSlice]).map { draft, sourceRun in
      replacement(draft, in: words, prose, sourceRun, source)
    }
  }

  /// How many common words between two changes still leave them one (`changes`).
  static let joinedAcross = 2

  /// Step: two words changed apart ("the night ferry … a second crew" as "the morning ferry … a third crew") are
  /// two changes, each fixed on its own, and the words between them stand as the source has them: the draft
  /// differs by its changed words, not by all it says from the first to the last. Changes one or two common words
  /// apart are one ("to keep the night ferry" as "to run the late ferry" changes "keep the night" once): a word or
  /// two standing between changes is a coincidence, not the source's wording kept.
  static func changes(_ draft: ArraySlice<QuoteWords.Word>, _ source: ArraySlice<QuoteWords.Word>)
    -> [(ArraySlice<QuoteWords.Word>, ArraySlice<QuoteWords.Word>)]
  {
    let common = QuoteWords.commonPairs(draft.map(\.text), source.map(\.text))
    var runs: [(draft: Range<Int>, source: Range<Int>)] = []
    var (nextDraft, nextSource) = (0, 0)
    for (i, j) in common + [(draft.count, source.count)] {
      if i > nextDraft || j > nextSource {
        if let last = runs.last, nextDraft - last.draft.upperBound <= joinedAcross {
          runs[runs.count - 1] = (last.draft.lowerBound..<i, last.source.lowerBound..<j)
        } else {
          runs.append((nextDraft..<i, nextSource..<j))
        }
      }
      (nextDraft, nextSource) = (i + 1, j + 1)
    }
    return runs.map { run in
      (
        draft[(draft.startIndex + run.draft.lowerBound)..<(draft.startIndex + run.draft.upperBound)],
        source[(source.startIndex + run.source.lowerBound)..<(source.startIndex + run.source.upperBound)]
      )
    }
  }

  /// One change: the draft's words and the source's in their place, or where the draft left the source's out, the
  /// source's words inserted where they belong among the draft's `words`.
  private static func replacement(
    _ draftRun: ArraySlice<QuoteWords.Word>, in words: [QuoteWords.Word], _ prose: ProseText,
    _ sourceRun: ArraySlice<QuoteWords.Word>, _ source: ProseText
  ) -> QuoteReplacement {
    let sourceText =
      sourceRun.isEmpty ? "" : source.cleanText(sourceRun.first!.range.lowerBound..<sourceRun.last!.range.upperBound)
    if let first = draftRun.first, let last = draftRun.last {
      let range = first.range.lowerBound..<last.range.upperBound
      // Words the sources do not have go with the space before them (after them, at the quote's start), so
      // that removing them leaves neither two spaces nor a space before a comma.
      let removed = sourceText.isEmpty ? widenedOverSpace(range, in: prose.text) : range
      return QuoteReplacement(draftRange: removed, draftText: prose.cleanText(range), sourceText: sourceText)
    }
    // The draft left words out: insert the source's words where they belong.
    let at = draftRun.startIndex
    let point = at < words.count ? words[at].range.lowerBound : words[words.count - 1].range.upperBound
    return QuoteReplacement(
      draftRange: point..<point, draftText: "", sourceText: at < words.count ? sourceText + " " : " " + sourceText)
  }

  /// `range` with the spaces before it, or, when none come before it, the spaces after it.
  private static func widenedOverSpace(_ range: Range<Int>, in text: String) -> Range<Int> {
    let bytes = text.utf8
    func isSpace(_ index: Int) -> Bool {
      bytes[bytes.index(bytes.startIndex, offsetBy: index)] == UInt8(ascii: " ")
    }
    var start = range.lowerBound
    while start > 0 && isSpace(start - 1) { start -= 1 }
    if start < range.lowerBound { return start..<range.upperBound }
    var end = range.upperBound
    while end < bytes.count && isSpace(end) { end += 1 }
    return range.lowerBound..<end
  }
}
