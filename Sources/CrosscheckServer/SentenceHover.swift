import CrosscheckCore

/// Renders how every outlet worded a draft sentence: a header saying how many outlets carry it, then each outlet's
/// wording, best first, with the words the draft does not use marked and differing figures called out. The
/// percentage is the share of the draft's claim the outlet carries.
enum SentenceHover {
  static func render(_ analysis: DraftAnalysis, sentence index: Int, at offset: Int, markdown: Bool) -> String? {
    let matches = analysis.alignments[index]
    guard !matches.isEmpty else { return nil }
    if let figure = analysis.figures.indices.first(where: { analysis.figures[$0].range.contains(offset) }),
      !analysis.figureSources[figure].isEmpty
    {
      // The sources may agree with a rounded or hedged draft figure and still disagree among themselves: hover
      // says so as the diagnostics do, in the same words.
      let range = analysis.figures[figure].range
      let disagreement = analysis.findings.first { $0.code == "sources-disagree" && $0.range == range }
      let flagged = analysis.findings.contains { $0.code == "figure-mismatch" && $0.range == range }
      return figureTable(
        analysis.figures[figure], analysis.figureSources[figure], in: analysis, disagreement: disagreement?.message,
        flagged: flagged, markdown: markdown)
    }
    let draftTokens = analysis.tokens[index]
    let draftStems = Set(draftTokens.map(\.stem))
    let sentenceRange = analysis.sentences[index].range
    let draftFigures = analysis.figures.indices.filter { sentenceRange.contains(analysis.figures[$0].range.lowerBound) }
    let outlets = Set(matches.compactMap { analysis.corpus.article($0.article)?.metadata.outlet })
    let allOutlets = analysis.corpus.outlets.keys
    let count = outlets.count == 1 ? "1 outlet carries" : "\(outlets.count) outlets carry"
    var lines = [
      markdown
        ? "**\(count) this sentence** (of \(allOutlets.count) in the sources)"
        : "\(count) this sentence (of \(allOutlets.count) in the sources)"
    ]
    lines += quoteWordings(analysis, sentence: index, markdown: markdown)
    // The share shown is how much of the draft's claim the outlet carries, not how likely the match is. Outlets
    // are listed by it, so the list reads in order; alignment's own order (which breaks near ties by the
    // decision's probability) orders equal shares.
    let shown = matches.enumerated().map { (share: Int(($0.element.carried * 100).rounded()), order: $0.offset) }
    for (share, order, outlets) in wordingsOnce(shown, matches, corpus: analysis.corpus) {
      let match = matches[order]
      guard let article = analysis.corpus.article(match.article) else { continue }
      let range = match.range(in: article)
      let tokens = Tokenizer.tokens(in: article.prose.text, range: range)
      let differingWords = WordRuns.differing(tokens, from: draftStems, in: article.prose.text)
      // The figures that differ are those the figure check paired with a draft figure, in this span, and found
      // to disagree: hover says what the diagnostics say, and a figure of the same unit that measures something
      // else ("55 years old" beside "up to 10 years in prison") is not called out.
      let differingFigures = draftFigures.flatMap { index in
        analysis.figureSources[index].filter { source in
          source.article == match.article && range.contains(source.figure.range.lowerBound)
            && !analysis.figures[index].isConsistent(with: source.figure)
        }.map { (draft: analysis.figures[index], source: $0) }
      }
      let score = "\(share)%"
      lines.append("")
      let names = listed(outlets)
      if markdown {
        lines.append("**\(escape(names))** · \(score)")
        lines.append("> " + marked(article.prose, range: range, emphasised: differingWords))
      } else {
        lines.append("\(names) (\(score)):")
        lines.append("  " + article.prose.cleanText(range))
      }
      if let first = differingFigures.first {
        let list = differingFigures.map { shownFigure($0.source, in: analysis) }.joined(separator: ", ")
        // A passage linked only as its article's closest says so, as the figure's own hover does: its figure is as
        // often another claim of the same shape as a disagreement, and no warning was raised for it.
        let draftText =
          " (draft: \(differingFigures.map { FigureChecks.shown($0.draft, in: analysis.prose.text) }.joined(separator: ", ")))"
          + verdict(first.draft, first.source).loosely
        lines.append(
          markdown
            ? ">\n> Figures that differ: **\(escape(list))**\(escape(draftText))"
            : "  Figures that differ: \(list)\(draftText)")
      }
    }
    return lines.joined(separator: "\n")
  }

  /// Step: outlets that carry the sentence in the same words (wire copy) are listed together under one wording, in
  /// the place of the first of them: a story carried by dozens of outlets had listed its one sentence dozens of
  /// times. Each entry: the share shown, the match shown, and the outlets that word it so, in order.
  static func wordingsOnce(_ shown: [(share: Int, order: Int)], _ matches: [SentenceMatch], corpus: Corpus)
    -> [(share: Int, order: Int, outlets: [String])]
  {
    var entries: [(share: Int, order: Int, outlets: [String])] = []
    var entryOf: [String: Int] = [:]
    for (share, order) in shown.sorted(by: { ($0.share, -$0.order) > ($1.share, -$1.order) }) {
      guard let article = corpus.article(matches[order].article) else { continue }
      let outlet = article.metadata.outlet
      let key = "\(share) \(matches[order].text(in: article))"
      if let entry = entryOf[key] {
        if !entries[entry].outlets.contains(outlet) { entries[entry].outlets.append(outlet) }
      } else {
        entryOf[key] = entries.count
        entries.append((share, order, [outlet]))
      }
    }
    return entries
  }

  /// Outlets named in a hover's heading of a wording: the first three, and how many more.
  static func listed(_ outlets: [String]) -> String {
    outlets.count <= listedOutlets
      ? outlets.joined(separator: ", ")
      : outlets.prefix(listedOutlets).joined(separator: ", ") + " and \(outlets.count - listedOutlets) more"
  }

  static let listedOutlets = 3

  /// Hover on a figure: what each outlet says for it, and the `sources-disagree` message when there is one.
  /// `flagged`: whether `figure-mismatch` calls the draft's figure wrong.
  private static func figureTable(
    _ figure: Figure, _ sources: [FigureSource], in analysis: DraftAnalysis, disagreement: String?, flagged: Bool,
    markdown: Bool
  ) -> String {
    let agreeing = sources.filter { figure.isConsistent(with: $0.figure) }.count
    let header =
      "\(FigureChecks.shown(figure, in: analysis.prose.text)): \(agreeing) of \(sources.count) "
      + (sources.count == 1 ? "outlet agrees" : "outlets agree")
    let explanation = disagreement ?? (flagged || agreeing > 0 ? nil : notFlagged)
    let note = explanation.map { ["", markdown ? "*\(escape($0))*" : $0] } ?? []
    guard markdown else {
      return
        ([header] + note + [""]
        + sources.map { source in
          let verdict = verdict(figure, source)
          return
            "\(source.outlet): \(shownFigure(source, in: analysis))\(verdict.agrees ? "" : " (differs\(verdict.loosely))")"
        })
        .joined(separator: "\n")
    }
    var lines = ["**\(escape(header))**"] + note + ["", "| Outlet | Figure | |", "| --- | --- | --- |"]
    for source in sources {
      let verdict = verdict(figure, source)
      let mark = verdict.agrees ? "agrees" : "**differs**\(verdict.loosely)"
      lines.append("| \(escape(source.outlet)) | \(escape(shownFigure(source, in: analysis))) | \(mark) |")
    }
    return lines.joined(separator: "\n")
  }

  /// An outlet's figure as the diagnostics show it: a count with the word it counts ("160 meters", not "160").
  private static func shownFigure(_ source: FigureSource, in analysis: DraftAnalysis) -> String {
    analysis.corpus.article(source.article).map { FigureChecks.shown(source.figure, in: $0.prose.text) }
      ?? source.figure.text
  }

  /// Whether an outlet's figure agrees with the draft's, and, for one that differs in a passage linked only as its
  /// article's closest or as its headline, a word saying so: such a passage is as often another claim of the same
  /// shape ("altered its orbit by 32 minutes" beside "a change of 10 minutes would count as a success") as a
  /// disagreement, and `sources-disagree` does not count it either (`FigureChecks.disagreesAsASource`).
  private static func verdict(_ figure: Figure, _ source: FigureSource) -> (agrees: Bool, loosely: String) {
    let agrees = figure.isConsistent(with: source.figure)
    return (agrees, !agrees && source.linkedWeakly ? ", loosely matched" : "")
  }

  /// Said when outlets give the figure otherwise and `figure-mismatch` holds back: no outlet agrees with the
  /// draft, the sources do not disagree among themselves (that has its own message), and so a single outlet gives
  /// another value, from a passage its article was linked by only as its closest (`FigureChecks.isCorroborated`).
  /// Without it, a table of "differs" and no warning reads like a missed error.
  static let notFlagged =
    "Not flagged: one outlet alone gives another figure, in a passage that may not make the same claim"

  /// For a quote in the sentence whose wording the outlets disagree on: each outlet's wording and speaker.
  private static func quoteWordings(_ analysis: DraftAnalysis, sentence index: Int, markdown: Bool) -> [String] {
    let range = analysis.sentences[index].range
    var lines: [String] = []
    for (quote, sources) in zip(analysis.quotes, analysis.quoteSourcing) where quote.range.overlaps(range) {
      guard Set(sources.map { $0.wording.lowercased() }).count > 1 else { continue }
      lines.append("")
      lines.append(markdown ? "**The outlets quote it differently:**" : "The outlets quote it differently:")
      for source in sources {
        let speaker = source.speaker.map { " (\($0))" } ?? ""
        lines.append(
          markdown
            ? "- **\(escape(source.outlet))**: “\(escape(source.wording))”\(escape(speaker))"
            : "- \(source.outlet): “\(source.wording)”\(speaker)")
      }
    }
    return lines
  }

  /// The sentence as Markdown with the given byte ranges in italics.
  private static func marked(_ prose: ProseText, range: Range<Int>, emphasised: [Range<Int>]) -> String {
    prose.cleanText(range, marking: emphasised, mark: { "*" + escape($0) + "*" }, plain: { escape($0) })
  }

  /// Escapes the characters Markdown would read as markup.
  static func escape(_ text: String) -> String {
    var escaped = ""
    for character in text {
      if "\\*_`[]<>#|".contains(character) { escaped.append("\\") }
      escaped.append(character)
    }
    return escaped
  }
}
