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
      return figureTable(analysis.figures[figure], analysis.figureSources[figure], markdown: markdown)
    }
    let draftTokens = analysis.tokens[index]
    let draftStems = Set(draftTokens.map(\.stem))
    let sentenceRange = analysis.sentences[index].range
    let draftFigures = analysis.figures.filter { sentenceRange.contains($0.range.lowerBound) }
    let outlets = Set(matches.compactMap { analysis.corpus.article($0.article)?.metadata.outlet })
    let allOutlets = analysis.corpus.outlets.keys
    let count = outlets.count == 1 ? "1 outlet carries" : "\(outlets.count) outlets carry"
    var lines = [
      markdown
        ? "**\(count) this sentence** (of \(allOutlets.count) in the sources)"
        : "\(count) this sentence (of \(allOutlets.count) in the sources)"
    ]
    lines += quoteWordings(analysis, sentence: index, markdown: markdown)
    // Listed by the share shown beside each, so the list reads in order; alignment's own order (which breaks near
    // ties by the decision's probability) orders equal shares.
    // How much of the draft's claim each outlet carries, not how likely the match is.
    let shown = matches.enumerated().map { (share: Int(($0.element.carried * 100).rounded()), order: $0.offset) }
    for (share, order) in shown.sorted(by: { ($0.share, -$0.order) > ($1.share, -$1.order) }) {
      let match = matches[order]
      guard let article = analysis.corpus.article(match.article) else { continue }
      let range = match.range(in: article)
      let tokens = Tokenizer.tokens(in: article.prose.text, range: range)
      let differing = WordRuns.differing(tokens, from: draftStems)
      // A draft figure is contradicted when the span gives figures of its kind and unit and none of them agrees
      // with it; those figures differ. A span that gives the draft's figure beside another ("took 11 hours and 55
      // minutes before the impact; after it, 11 hours and 23 minutes") contradicts nothing.
      let spanFigures = article.figures(in: range)
      let contradicted = draftFigures.filter { draft in
        let comparable = spanFigures.filter { $0.isComparable(with: draft) }
        return !comparable.isEmpty && !comparable.contains { draft.isConsistent(with: $0) }
      }
      let figures = spanFigures.filter { source in contradicted.contains { $0.isComparable(with: source) } }
      let score = "\(share)%"
      lines.append("")
      if markdown {
        lines.append("**\(escape(article.metadata.outlet))** · \(score)")
        lines.append("> " + marked(article.prose, range: range, emphasised: differing))
      } else {
        lines.append("\(article.metadata.outlet) (\(score)):")
        lines.append("  " + article.prose.cleanText(range))
      }
      if !figures.isEmpty {
        let list = figures.map(\.text).joined(separator: ", ")
        let draftList = contradicted.map(\.text)
        let draftText = draftList.isEmpty ? "" : " (draft: \(draftList.joined(separator: ", ")))"
        lines.append(
          markdown
            ? ">\n> Figures that differ: **\(escape(list))**\(escape(draftText))"
            : "  Figures that differ: \(list)\(draftText)")
      }
    }
    return lines.joined(separator: "\n")
  }

  /// Hover on a figure: what each outlet says for it.
  private static func figureTable(_ figure: Figure, _ sources: [FigureSource], markdown: Bool) -> String {
    let agreeing = sources.filter { figure.isConsistent(with: $0.figure) }.count
    let header =
      "\(figure.text): \(agreeing) of \(sources.count) \(sources.count == 1 ? "outlet agrees" : "outlets agree")"
    guard markdown else {
      return
        ([header, ""]
        + sources.map { "\($0.outlet): \($0.figure.text)\(figure.isConsistent(with: $0.figure) ? "" : " (differs)")" })
        .joined(separator: "\n")
    }
    var lines = ["**\(escape(header))**", "", "| Outlet | Figure | |", "| --- | --- | --- |"]
    for source in sources {
      let mark = figure.isConsistent(with: source.figure) ? "agrees" : "**differs**"
      lines.append("| \(escape(source.outlet)) | \(escape(source.figure.text)) | \(mark) |")
    }
    return lines.joined(separator: "\n")
  }

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
