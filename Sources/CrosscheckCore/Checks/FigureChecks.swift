/// The figure checks: `figure-mismatch`, `sources-disagree` and `inconsistent-figure`.
///
/// Ties and minority reports: a draft figure consistent with at least one aligned outlet is not a mismatch unless
/// at least two outlets, and at least twice as many as agree, say otherwise. Outlets that disagree among
/// themselves are reported as information, with the camps listed.
public enum FigureChecks {
  /// Pairs each draft figure with the figure that plays the same role in each outlet's best aligned sentence.
  static func sources(
    for figures: [Figure], sentence: Int, analysis: (prose: ProseText, tokens: [[Token]], best: [SentenceMatch]),
    corpus: Corpus
  ) -> [[FigureSource]] {
    var result = Array(repeating: [FigureSource](), count: figures.count)
    for match in analysis.best {
      guard let article = corpus.article(match.article) else { continue }
      let range = match.range(in: article)
      let sourceFigures = article.figures(in: range)
      guard !sourceFigures.isEmpty else { continue }
      let sourceTokens = Tokenizer.tokens(in: article.prose.text, range: range)
      for (index, figure) in figures.enumerated() {
        let candidates = sourceFigures.filter { $0.isComparable(with: figure) }
        guard !candidates.isEmpty else { continue }
        let comparable = figures.filter { $0.isComparable(with: figure) }
        let rank = comparable.firstIndex(of: figure) ?? 0
        let best: Figure
        if candidates.count == comparable.count {
          // Aligned sentences with as many figures of this kind: they play their roles in the same order.
          best = candidates[rank]
        } else {
          let context = contextWords(of: figure.range, in: analysis.tokens[sentence])
          best =
            candidates.enumerated().max { left, right in
              let leftScore = (
                context.intersection(contextWords(of: left.element.range, in: sourceTokens)).count,
                left.offset == rank ? 1 : 0
              )
              let rightScore = (
                context.intersection(contextWords(of: right.element.range, in: sourceTokens)).count,
                right.offset == rank ? 1 : 0
              )
              return leftScore < rightScore
            }!.element
        }
        result[index].append(FigureSource(article: match.article, outlet: article.metadata.outlet, figure: best))
      }
    }
    return result
  }

  /// Content words within four words of a figure: what the figure counts ("homes"), what it measures ("target").
  static func contextWords(of range: Range<Int>, in tokens: [Token]) -> Set<String> {
    guard let first = tokens.firstIndex(where: { $0.range.upperBound > range.lowerBound }) else { return [] }
    let last = tokens.lastIndex(where: { $0.range.lowerBound < range.upperBound }) ?? first
    let window = tokens[max(0, first - 4)..<min(tokens.count, last + 5)]
    return Set(window.filter { $0.isContent && !range.overlaps($0.range) }.map(\.normalized))
  }

  public static func findings(figures: [Figure], sources: [[FigureSource]], prose: ProseText, corpus: Corpus)
    -> [Finding]
  {
    var findings: [Finding] = []
    for (figure, outlets) in zip(figures, sources) where !outlets.isEmpty {
      let related = outlets.compactMap { source -> Finding.Related? in
        guard let article = corpus.article(source.article) else { return nil }
        return Finding.Related(
          path: article.path, range: source.figure.range, message: "\(source.outlet): \(source.figure.text)")
      }
      let agree = outlets.filter { figure.isConsistent(with: $0.figure) }
      let disagree = outlets.filter { !figure.isConsistent(with: $0.figure) }
      if agree.isEmpty || (disagree.count >= 2 && disagree.count >= 2 * agree.count) {
        let camp = camps(disagree).max { $0.count < $1.count }!
        let fix = FigureStyle.rewrite(figure, in: prose, to: camp[0].figure.value).map { edit in
          // The title shows the figure as the draft will read: the sources' value in the draft's own style.
          var fixed = TextBuffer(figure.text)
          fixed.replace(
            (edit.range.lowerBound - figure.range.lowerBound)..<(edit.range.upperBound - figure.range.lowerBound),
            with: edit.replacement)
          return Finding.Fix(title: "Use the sources' figure: \(fixed.text)", edits: [edit], isPreferred: agree.isEmpty)
        }
        findings.append(
          Finding(
            code: "figure-mismatch", severity: .warning,
            message: "Draft says \(figure.text); \(describe(outlets))", range: figure.range, related: related,
            fixes: fix.map { [$0] } ?? []))
      }
      let groups = camps(outlets)
      if groups.count > 1 {
        findings.append(
          Finding(
            code: "sources-disagree", severity: .information,
            message: "Sources disagree on this figure: "
              + groups.map { camp in
                "\(camp[0].figure.text) (\(camp.map(\.outlet).joined(separator: ", ")))"
              }.joined(separator: " vs "), range: figure.range, related: related))
      }
    }
    return findings
  }

  /// Outlets grouped by what they say: "Coastline Post: 3%; Daily Meridian, Northern Ledger: 3 per cent".
  static func describe(_ outlets: [FigureSource]) -> String {
    let groups = Dictionary(grouping: outlets) { $0.figure.text.lowercased() }
    return groups.values.sorted { $0[0].outlet < $1[0].outlet }.map { group in
      "\(group.map(\.outlet).sorted().joined(separator: ", ")): \(group[0].figure.text)"
    }.joined(separator: "; ")
  }

  /// Groups outlets whose figures agree with each other, largest camp first.
  static func camps(_ outlets: [FigureSource]) -> [[FigureSource]] {
    var camps: [[FigureSource]] = []
    for source in outlets {
      if let index = camps.firstIndex(where: { $0[0].figure.isConsistent(with: source.figure) }) {
        camps[index].append(source)
      } else {
        camps.append([source])
      }
    }
    return camps.sorted { $0.count > $1.count }
  }

  // MARK: - Within the draft

  /// `inconsistent-figure`: the draft gives the same quantity (kind, unit and the word it counts) two values.
  public static func selfContradictions(_ figures: [Figure], tokens: [Token]) -> [Finding] {
    var findings: [Finding] = []
    let measured = figures.filter { [.count, .money, .percent, .percentagePoints].contains($0.kind) }
    for (index, figure) in measured.enumerated() {
      guard let subject = subject(of: figure, in: tokens) else { continue }
      for earlier in measured[..<index] where earlier.isComparable(with: figure) && !earlier.isConsistent(with: figure)
      {
        guard subject == self.subject(of: earlier, in: tokens) else { continue }
        findings.append(
          Finding(
            code: "inconsistent-figure", severity: .warning,
            message: "The draft says \(figure.text) here but \(earlier.text) earlier",
            range: figure.range,
            related: [Finding.Related(path: nil, range: earlier.range, message: "the draft says \(earlier.text) here")])
        )
        break
      }
    }
    return findings
  }

  /// The word a figure counts: the first content word after it ("40,000 homes"), else the one before it.
  private static func subject(of figure: Figure, in tokens: [Token]) -> String? {
    subjectToken(of: figure, in: tokens)?.normalized
  }

  private static func subjectToken(of figure: Figure, in tokens: [Token]) -> Token? {
    if let after = tokens.firstIndex(where: { $0.range.lowerBound >= figure.range.upperBound }),
      let word = tokens[after..<min(tokens.count, after + 3)].first(where: \.isContent)
    {
      return word
    }
    return tokens.last { $0.range.upperBound <= figure.range.lowerBound && $0.isContent }
  }

  /// A weekday next to a date that falls on another day: "on Wednesday, 14 October 2025" (a Tuesday).
  public static func weekdayDates(_ figures: [Figure]) -> [Finding] {
    var findings: [Finding] = []
    for weekday in figures where weekday.kind == .weekday {
      guard
        let date = figures.first(where: { $0.kind == .date && abs($0.range.lowerBound - weekday.range.upperBound) < 12 }
        ),
        date.value >= 10_000_000
      else { continue }
      let year = Int(date.value) / 10_000
      let month = Int(date.value) / 100 % 100
      let day = Int(date.value) % 100
      let actual = Calendar.weekday(year: year, month: month, day: day)
      guard actual != Int(weekday.value) else { continue }
      let name = Calendar.weekdays[actual - 1].capitalized
      findings.append(
        Finding(
          code: "figure-mismatch", severity: .warning,
          message: "\(date.text) is a \(name), not a \(weekday.text)", range: weekday.range,
          related: [Finding.Related(path: nil, range: date.range, message: "the date")],
          fixes: [
            Finding.Fix(
              title: "Change to \(name)", edits: [Finding.Edit(range: weekday.range, replacement: name)],
              isPreferred: true)
          ]))
    }
    return findings
  }
}
