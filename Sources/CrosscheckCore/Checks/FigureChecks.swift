/// The figure checks: `figure-mismatch`, `sources-disagree` and `inconsistent-figure`.
///
/// Ties and minority reports: a draft figure consistent with at least one aligned outlet is not a mismatch unless
/// at least two outlets, and at least twice as many as agree, say otherwise. Outlets that disagree among
/// themselves are reported as information, with the camps listed.
public enum FigureChecks {
  /// `alignments`: each draft sentence's matches, which say which articles tell the draft's story; `tokens`, its
  /// sentences' words.
  public static func findings(
    figures: [Figure], sources: [[FigureSource]], alignments: [[SentenceMatch]], prose: ProseText,
    tokens: [[Token]], corpus: Corpus
  ) -> [Finding] {
    let story = storyArticles(alignments)
    var findings: [Finding] = []
    // Read once, and only when an age names someone.
    lazy var shared = AgeHolder.sharedSurnames(in: tokens)
    let compared = zip(figures, sources).map { figure, paired in
      paired.filter { !isAnotherPollsMargin($0, story: story) }
        + agesGiven(
          for: figure, in: prose.text, sharedSurnames: shared, besides: paired, story: story, corpus: corpus)
    }
    for (figure, outlets) in zip(figures, compared) where !outlets.isEmpty {
      // Each outlet's figure as the messages show it, worked out once.
      var wording: [FigureSource: String] = [:]
      let related = outlets.compactMap { source -> Finding.Related? in
        guard let article = corpus.article(source.article) else { return nil }
        wording[source] = shown(source.figure, in: article.prose.text)
        return Finding.Related(
          path: article.path, range: source.figure.range, message: "\(source.outlet): \(wording[source]!)")
      }
      let agree = outlets.filter { figure.isConsistent(with: $0.figure) }
      if let camp = contradiction(of: figure, outlets: outlets, story: story) {
        let fix = FigureStyle.rewrite(figure, in: prose, to: camp[0].figure.value).map { edit in
          // The title shows the figure as the draft will read: the sources' value in the draft's own style.
          var fixed = TextBuffer(figure.text)
          fixed.replace(
            (edit.range.lowerBound - figure.range.lowerBound)..<(edit.range.upperBound - figure.range.lowerBound),
            with: edit.replacement)
          return Finding.Fix(title: "Use the sources' figure: \(fixed.text)", edits: [edit], isPreferred: agree.isEmpty)
        }
        // Step: the message names the outlets that decided. A third value from a passage linked only as its
        // article's closest, which left the figure settled (`isCorroborated`), is most often another claim of the
        // same shape ("July 8" for a hearing, beside sentencing's "October 3"): it stays among the related places.
        let named = outlets.filter { disagreesAsASource($0, with: figure) || camp.contains($0) }
        findings.append(
          Finding(
            code: "figure-mismatch", severity: .warning,
            message: "Draft says \(shown(figure, in: prose.text)); \(describe(named, wording: wording))",
            range: figure.range, related: related,
            fixes: fix.map { [$0] } ?? []))
      }
      let groups = camps(outlets.filter { disagreesAsASource($0, with: figure) })
      if groups.count > 1 {
        // Said when no outlet gives the draft's value: the draft then follows none of them. Still information, not
        // a warning: on published articles checked against other stories it added a false alarm.
        let followsNone = agree.isEmpty ? ", and none gives the draft's \(figure.text)" : ""
        findings.append(
          Finding(
            code: "sources-disagree", severity: .information,
            message: "Sources disagree on this figure\(followsNone): "
              + groups.map { camp in
                "\(camp[0].figure.text) (\(camp.map(\.outlet).joined(separator: ", ")))"
              }.joined(separator: " vs "), range: figure.range, related: related))
      }
    }
    return findings
  }

  /// The outlets whose figure the draft's contradicts, when it does: none of the outlets agrees with the draft,
  /// or at least two and twice as many as agree say otherwise, counted in voices (`voices`); and the largest camp
  /// against it is corroborated.
  static func contradiction(of figure: Figure, outlets: [FigureSource], story: Set<Int32>) -> [FigureSource]? {
    // Step: an outlet that gives only a span the draft's time fits in ("over two days" for "about 19 hours of
    // deliberation") neither confirms nor contradicts it, nor one that gives only a time within the draft's span
    // ("13 hours of deliberations" for "about three days"); an outlet that gives the time itself decides.
    let outlets = outlets.filter { !figure.isTimeWithin($0.figure) && !$0.figure.isTimeWithin(figure) }
    let agree = outlets.filter { figure.isConsistent(with: $0.figure) }
    let disagree = outlets.filter { !figure.isConsistent(with: $0.figure) }
    let against = camps(disagree)
    guard agree.isEmpty || (voices(disagree) >= 2 && voices(disagree) >= 2 * voices(agree)),
      let camp = against.max(by: { standing($0, story: story) < standing($1, story: story) }),
      isCorroborated(camp, others: against.filter { $0 != camp }, story: story)
    else { return nil }
    return camp
  }

  /// Step: a figure against the draft's is said by two outlets or more before the draft is called wrong, unless
  /// no other outlet gives a third value (`others`, the other camps against the draft) and the one that gives it is
  /// trusted on the claim: the model (or containment) linked its span, or its article tells the draft's story. An
  /// article's best span, which the model doubted, shares a claim's shape, and across background pieces that is
  /// often another claim of that shape: another poll's share, another month's count, each outlet's its own; and
  /// when every outlet gives another value, the sources have not settled the figure (`sources-disagree` says so).
  static func isCorroborated(_ camp: [FigureSource], others: [[FigureSource]], story: Set<Int32>) -> Bool {
    guard voices(camp) < 2 else { return true }
    // Step: against a span the model (or containment) linked, in an article that tells the draft's story, another
    // value from a passage linked only as its article's closest is that claim's shape, not a third opinion ("a
    // remote conference for July 8" beside "sentencing on October 3"), and leaves the figure settled. Against a
    // passage that was itself only its article's closest, it does not ("seventeen years old" and "five years old",
    // two background pieces' ages).
    let unsettling = isFirm(camp, story: story) ? others.filter { $0.contains { !$0.linkedWeakly } } : others
    return unsettling.isEmpty && camp.contains { !$0.linkedWeakly || story.contains($0.article) }
  }

  /// How a camp against the draft ranks: by how many outlets it holds, then whether one is firm on the claim
  /// (`isFirm`); so that of two single outlets, the one the model linked in the draft's story is weighed.
  static func standing(_ camp: [FigureSource], story: Set<Int32>) -> (Int, Int) {
    (voices(camp), isFirm(camp, story: story) ? 1 : 0)
  }

  /// Step: how many voices sources are on a figure: outlets that carry one sentence word for word (wire copy, or
  /// one outlet's live blog filed twice) say it once, so two copies of a wording do not outvote an outlet that
  /// reported the figure itself.
  static func voices(_ sources: [FigureSource]) -> Int {
    Set(sources.compactMap(\.sentence)).count + sources.filter { $0.sentence == nil }.count
  }

  /// Whether the model (or containment) linked a camp's span in an article that tells the draft's story.
  static func isFirm(_ camp: [FigureSource], story: Set<Int32>) -> Bool {
    camp.contains { !$0.linkedWeakly && story.contains($0.article) }
  }

  /// Step: a source counts toward `sources-disagree` when it gives the draft's value, or when the model or
  /// containment linked its span. A span linked only as its article's best or its headline that gives another
  /// value is more often another claim of the same shape ("a remote conference for July 8" against "sentencing on
  /// October 3") than a disagreement; `figure-mismatch` still weighs it (`isCorroborated`).
  static func disagreesAsASource(_ source: FigureSource, with figure: Figure) -> Bool {
    !source.linkedWeakly || figure.isConsistent(with: source.figure)
  }

  /// Step: a poll's margin of error is compared only where the article tells the draft's story. Every poll story
  /// gives its poll's margin in a sentence worded like every other's ("The poll has a margin of error of plus or
  /// minus three percentage points"), which the model links to the draft's whatever the poll: a background piece on
  /// another poll had outvoted the draft's own margin.
  static func isAnotherPollsMargin(_ source: FigureSource, story: Set<Int32>) -> Bool {
    source.isErrorMargin && !story.contains(source.article)
  }

  /// The articles that tell the draft's story: those the model or containment links to several of its sentences.
  static func storyArticles(_ alignments: [[SentenceMatch]]) -> Set<Int32> {
    var linked: [Int32: Int] = [:]
    for matches in alignments {
      for article in Set(matches.filter(\.rule.isStrong).map(\.article)) {
        linked[article, default: 0] += 1
      }
    }
    return Set(linked.filter { $0.value >= storySentences }.keys)
  }

  /// How many draft sentences an article must carry to tell the draft's story: more than the one a background piece
  /// may share by chance. Planted figure errors are caught alike from 1 to 4.
  static let storySentences = 2

  /// Step: a count is shown with the word it counts when that word follows it ("45,000 homes", "some 40,000
  /// homes"): a count's own text leaves it out, and "Draft says 45,000; Coastline Post: some 40,000" left the reader
  /// to guess what was counted. So is a word hyphened to it ("the 20-member committee"). A word that does not
  /// follow it after one space or hyphen, or says nothing ("12 were hurt"), is left out.
  public static func shown(_ figure: Figure, in text: String) -> String {
    guard figure.kind == .count, figure.unit == nil else { return figure.text }
    let utf8 = text.utf8
    let start = figure.range.upperBound + 1
    guard start < utf8.count else { return figure.text }
    let joiner = utf8[utf8.index(utf8.startIndex, offsetBy: start - 1)]
    guard joiner == UInt8(ascii: " ") || joiner == UInt8(ascii: "-") else { return figure.text }
    let letters = utf8[utf8.index(utf8.startIndex, offsetBy: start)...].prefix { (0x61...0x7A).contains($0) }
    guard !letters.isEmpty,
      let word = Tokenizer.tokens(in: text, range: start..<(start + letters.count)).first, word.isContent
    else { return figure.text }
    return figure.text + String(UnicodeScalar(joiner)) + TextBuffer.substring(text, word.range)
  }

  /// Outlets grouped by what they say: "Coastline Post: 3%; Daily Meridian, Northern Ledger: 3 per cent".
  /// `wording`: each outlet's figure as shown (`shown(_:in:)`); an outlet missing from it shows the figure's text.
  static func describe(_ outlets: [FigureSource], wording: [FigureSource: String]) -> String {
    // Each wording with its outlets; the value most outlets give first (however each words it), so that a reader
    // meets the sources' consensus before a lone outlet's other figure, then alphabetically.
    var campSize: [String: Int] = [:]
    for camp in camps(outlets) {
      for source in camp { campSize[source.outlet] = camp.count }
    }
    let text = { (source: FigureSource) in wording[source] ?? source.figure.text }
    let groups = Dictionary(grouping: outlets) { text($0).lowercased() }.values.map { group in
      (outlets: group.map(\.outlet).sorted(), text: text(group[0]), camp: campSize[group[0].outlet] ?? 0)
    }
    return groups.sorted { ($1.camp, $0.outlets[0]) < ($0.camp, $1.outlets[0]) }.map { group in
      "\(group.outlets.joined(separator: ", ")): \(group.text)"
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
}
