import Foundation

/// Which figure of each outlet the checks compare a draft figure with: the pairing step of `FigureChecks`.
extension FigureChecks {
  /// Pairs each draft figure with one figure per outlet, from the spans aligned to the sentence (best first): the
  /// first that agrees with the draft when any does (an outlet that tells the claim twice, once with the draft's
  /// figure and once beside another, agrees), or else the one in the outlet's best span. Within a span, the figure
  /// is the one that measures the same thing
  /// (`MeasuredThing.mayMeasureTheSame`: same kind and unit, owners that do not conflict, something said in common),
  /// the most words in common nearby winning, then the most names, the same position among figures of its kind
  /// counting as one more word when both sides have as many. A figure whose unit makes it specific (a percentage,
  /// money, a date…) and that is the only one of its kind on both sides is paired without words in common. So "six
  /// were missing" is never compared with "two were pulled from the water".
  static func sources(
    for figures: [Figure], sentence: Int, analysis: (prose: ProseText, tokens: [[Token]], matches: [SentenceMatch]),
    corpus: Corpus
  ) -> [[FigureSource]] {
    var result = Array(repeating: [FigureSource](), count: figures.count)
    let draftThings = Self.sharingRestatements(
      figures.map { MeasuredThing(of: $0, in: analysis.tokens[sentence], text: analysis.prose.text) }, of: figures,
      in: analysis.prose.text)
    let ranks = Self.ranksAmongComparable(figures, in: analysis.prose.text)
    for match in analysis.matches {
      guard let article = corpus.article(match.article) else { continue }
      let range = match.range(in: article)
      let sourceFigures = article.figures(in: range)
      guard !sourceFigures.isEmpty else { continue }
      let sourceTokens = Tokenizer.tokens(in: article.prose.text, range: range)
      // Step: in a span of two sentences, each figure's words are read in its own sentence ("… Mann Act charges.
      // Combs, who is 55 years old": the charges are not what the 55 years measure). The tokens are parted by
      // sentence once, not once per figure: a sentence may hold thousands of figures.
      let bySentence = Dictionary(grouping: sourceTokens) { article.sentences.index(holding: $0.range.lowerBound) }
      let sourceThings = Self.sharingRestatements(
        sourceFigures.map { figure in
          let own = article.sentences.index(holding: figure.range.lowerBound).flatMap { bySentence[$0] }
          return MeasuredThing(of: figure, in: own ?? sourceTokens, text: article.prose.text)
        }, of: sourceFigures, in: article.prose.text)
      let sourceRanks = Self.ranksAmongComparable(sourceFigures, in: article.prose.text)
      var chosen: [(index: Int, candidate: Int, fit: Fit)] = []
      // Per figure of the span, whether it can measure only one of the draft's (`alone` below): worked out once per
      // span, not once per draft figure, since a sentence may hold thousands of figures.
      var measuresOneOfTheDrafts: [Int: Bool] = [:]
      func measuresOne(_ candidate: Int) -> Bool {
        if let known = measuresOneOfTheDrafts[candidate] { return known }
        let fits = Set(
          figures.indices.filter {
            sourceFigures[candidate].isComparable(with: figures[$0])
              && !sourceThings[candidate].conflicts(with: draftThings[$0])
          }.map { ranks[$0].rank })
        measuresOneOfTheDrafts[candidate] = fits.count == 1
        return fits.count == 1
      }
      for (index, figure) in figures.enumerated() {
        let (rank, comparable) = ranks[index]
        let candidates = sourceFigures.indices.filter { sourceFigures[$0].isComparable(with: figure) }
        // With as many figures of the kind on both sides, the same position counts as much as a shared word
        // ("27 votes to 9" and "27 in favour and 9 against"); otherwise it only breaks ties.
        let positionWeight = candidates.first.map { sourceRanks[$0].of } == comparable ? 1 : 0
        // Step: a figure of the span that cannot measure what the draft's does (an age beside a term in prison, a
        // level beside a change) leaves the other alone of its kind ("Combs, who is 55 years old, could still be
        // sentenced to up to 20 years in prison" for "could still bring up to 25 years in prison").
        // Step: an age says whose it is only through the claim around it, so it is paired alone only in a span the
        // model or containment linked ("The 57-year-old mogul was convicted on two counts" and "Combs, who is 55
        // years old"): a span linked as its article's closest, on another story, gives someone else's age. So with
        // a month: "arrested in August" against "arrested in September last year" is a changed month where the
        // span carries the claim, and may be another event's month where it is only its article's closest.
        let specific =
          specificKinds.contains(figure.kind) || ([.age, .month].contains(figure.kind) && match.rule.isStrong)
        let fitting = candidates.filter { !sourceThings[$0].conflicts(with: draftThings[index]) }
        // Step: where the draft gives several figures of the kind, a figure of the span is paired alone with the
        // one it can measure when it can measure no other, nor the draft's any other of the span's: "shortened the
        // moonlet's 11-hour, 55-minute orbit … by 36 minutes" against "it took … 11 hours, 55 minutes … it shortened
        // Dimorphos' orbit … by 32 minutes", a level and a change on both sides. A span figure two of the draft's
        // could be ("13 hours" for a draft's "about 13 hours after 28 days") is left to the words around it.
        let alone =
          specific && Set(fitting.map { sourceRanks[$0].rank }).count == 1
          && (comparable == 1 || fitting.allSatisfy(measuresOne))
        var best: (fit: Fit, candidate: Int)?
        // Bare counts must count the same word ("160 metres" is not "two forms"); a unit says more.
        let bare = figure.kind == .count || figure.kind == .fraction
        for candidate in candidates
        where
          (sourceThings[candidate].mayMeasureTheSame(as: draftThings[index])
          && !(bare && sourceThings[candidate].countedDiffers(from: draftThings[index]))
          && !sourceThings[candidate].ofPhraseDiffers(from: draftThings[index]))
          || (alone && !sourceThings[candidate].conflicts(with: draftThings[index]))
          || isTimeSpentOn(figure, sourceThings[candidate], draftThings[index])
          || (!bare && figure.kind != .age && givesTheDrafts(figure, sourceFigures[candidate])
            && !sourceThings[candidate].conflicts(with: draftThings[index]))
        {
          let sameRank = sourceRanks[candidate].rank == rank ? 1 : 0
          let sameCounted = draftThings[index].countsTheSame(as: sourceThings[candidate])
          let score =
            sourceThings[candidate].sharedWords(with: draftThings[index]) + (sameCounted ? 1 : 0) + sameRank
            * positionWeight
          // Step: of figures said alike, the one said of the draft's names: in a list of counts ("Ines Vela had 14
          // berths, Tor Brandt had 9"), the words around each are the list's, and only the names tell them apart.
          let sharedNames = sourceThings[candidate].sharedNames(with: draftThings[index])
          let fit = Fit(
            givesTheDrafts: Self.givesTheDrafts(figure, sourceFigures[candidate]) ? 1 : 0, score: score,
            sharedNames: sharedNames, nearness: Self.nearness(of: sourceFigures[candidate], to: figure),
            sameUnit: sourceFigures[candidate].unit == figure.unit ? 1 : 0, sameRank: sameRank)
          if let current = best, current.fit >= fit { continue }
          best = (fit, candidate)
        }
        if let best { chosen.append((index, best.candidate, best.fit)) }
      }
      // Step: a measure or a date of the span goes to the draft's figure it fits best, not to two of them (see
      // `goesToOneFigure`). A measure and its restatement are one figure here too.
      let group = { (candidate: Int) in (sourceFigures[candidate].comparisonKey, sourceRanks[candidate].rank) }
      for (index, candidate, fit) in chosen
      where !chosen.contains(where: {
        group($0.candidate) == group(candidate) && $0.index != index
          && Self.goesToOneFigure.contains(sourceFigures[candidate].kind)
          && $0.fit.ofWords > fit.ofWords
      }) {
        let figure = figures[index]
        let sourceFigure = sourceFigures[candidate]
        let source = FigureSource(
          article: match.article, outlet: article.metadata.outlet, figure: sourceFigure,
          linkedWeakly: !isTrustedOnFigures(match),
          sentence: article.sentences.index(holding: sourceFigure.range.lowerBound).map {
            String(TextBuffer.substring(article.prose.text, article.sentences[$0].range))
          }, isErrorMargin: sourceThings[candidate].isErrorMargin)
        if let known = result[index].firstIndex(where: { $0.outlet == source.outlet }) {
          if Self.showsBetter(source.figure, than: result[index][known].figure, against: figure) {
            result[index][known] = source
          }
        } else {
          result[index].append(source)
        }
      }
    }
    return result
  }

  /// Whether an outlet's figure from a later span stands for the outlet rather than the one from an earlier span:
  /// when it agrees with the draft and the other does not, or when neither agrees and it is the same measure given
  /// in the draft's unit ("525 feet or 160 metres" split into two spans, the draft saying "about 190 metres").
  static func showsBetter(_ later: Figure, than earlier: Figure, against figure: Figure) -> Bool {
    let (laterAgrees, earlierAgrees) = (figure.isConsistent(with: later), figure.isConsistent(with: earlier))
    if laterAgrees != earlierAgrees { return laterAgrees }
    return !laterAgrees && later.unit == figure.unit && earlier.unit != figure.unit
      && nearness(of: later, to: figure) == nearness(of: earlier, to: figure)
  }

  /// How well a figure of a span fits a figure of the draft, compared in this order: the draft's own value
  /// (`givesTheDrafts`), words said alike, names said alike, nearness in size (`nearness(of:to:)`), the same unit
  /// (of "525 feet or 160 metres", the one the draft's "about 190 metres" is shown against), the same position
  /// among its kind.
  struct Fit: Comparable {
    var givesTheDrafts: Int
    var score: Int
    var sharedNames: Int
    var nearness: Int
    var sameUnit: Int
    var sameRank: Int

    static func < (lhs: Fit, rhs: Fit) -> Bool {
      (lhs.givesTheDrafts, lhs.score, lhs.sharedNames, lhs.nearness, lhs.sameUnit, lhs.sameRank)
        < (rhs.givesTheDrafts, rhs.score, rhs.sharedNames, rhs.nearness, rhs.sameUnit, rhs.sameRank)
    }

    /// The fit of the words alone, which measure of the span fits which of the draft's better: the draft's own value
    /// tells which of the draft's figures a span's figure is, not which of two draft figures a span's fits.
    var ofWords: Fit {
      var words = self
      words.givesTheDrafts = 0
      return words
    }
  }

  /// Step: a figure of the span of the draft's value, in its unit and of its kind, is the draft's figure, though no
  /// word around it is said alike, and is preferred to another the words fit better (a bare count aside: "two" is
  /// in every other sentence; and an age, as often another person's). The Daily Beast's "by 73 seconds or more. On
  /// Tuesday, NASA announced that it had done 25-times that, changing the orbit by roughly 32 minutes" gives a lab
  /// draft's "a change of 73 seconds would be the minimum for success", and its 32 minutes, beside "changing" and
  /// "NASA", had been called a contradiction.
  static func givesTheDrafts(_ figure: Figure, _ candidate: Figure) -> Bool {
    candidate.kind == figure.kind && candidate.value == figure.value && candidate.unit == figure.unit
  }

  /// Step: of measures said alike, the one nearest the draft's in size: two lengths in one sentence are most often
  /// of two things of different sizes ("Dimorphos is only about 500 feet wide while Didymos is a half-mile wide"),
  /// and the draft's "160 meters in diameter" is the first of them. Other kinds are left to their position:
  /// "27 votes to 9" are two sides of one count. 0 when not a measure; otherwise minus the distance of the two
  /// sizes on a log scale, in steps of 5%: sizes nearer than that are as near (a figure and its restatement in
  /// another unit).
  static func nearness(of candidate: Figure, to figure: Figure) -> Int {
    let (mine, theirs) = (figure.value * figure.unitFactor, candidate.value * candidate.unitFactor)
    guard figure.kind == .measure, mine > 0, theirs > 0 else { return 0 }
    return -Int(abs(log(mine / theirs)) / log(1.05))
  }

  /// Step: two spans of time spent on the same thing, an "of" phrase after each ("28 days of often-harrowing
  /// testimony" and "31 days of testimony"), measure the same thing though nothing else is said alike. Durations
  /// only: two shares "of voters" are shares of one group saying different things.
  static func isTimeSpentOn(_ figure: Figure, _ source: MeasuredThing, _ draft: MeasuredThing) -> Bool {
    figure.kind == .duration && source.sharesOfPhrase(with: draft) && !source.conflicts(with: draft)
  }

  /// Step: a span is trusted on the draft's figures when the model or containment linked it, or when it carries
  /// most of the claim, beyond its names too (`trustedShare`), though the model doubted it: a changed figure is
  /// what makes the model doubt a span it would otherwise link, and leaves containment out ("has suggested that the
  /// sentencing will take place on October 3" carries 84% of a draft's "has suggested sentencing on October 10").
  /// Step: so is a span that would contain the claim but for its figures (`AlignmentModel.containsButForItsFigures`),
  /// though it carries less than that: "They found him guilty of two lesser counts of transportation to engage in
  /// prostitution" carries 66% of a lab draft's "He was convicted of three lesser offences tied to prostitution",
  /// the changed count the only reason containment left it to the model. On twenty new slips planted in the tuned
  /// coverage drafts 18 → 20 caught; the planted slips measured before, false alarms and PolNeAR cross-story
  /// warnings as they were.
  static func isTrustedOnFigures(_ match: SentenceMatch) -> Bool {
    match.rule.isStrong || AlignmentModel.containsButForItsFigures(match.carriage)
      || (match.carriage.carried >= trustedShare && match.carriage.carriedBeyondNames >= trustedShare)
  }

  /// How much of the claim a span the model doubted must carry to be trusted on figures. At 0.5 (containment's
  /// bar) cross-story warnings on PolNeAR's training articles went 23 -> 26, three figure mismatches against
  /// other stories' spans; at 0.7 none, and a lab draft's changed sentencing date is caught.
  static let trustedShare = 0.7

  /// Each figure's position among the figures it is comparable with, and how many those are, a restatement in
  /// another unit (`isRestatement`) counting as the figure it restates. Counted once for the sentence, since a run
  /// of text with no full stop may hold thousands of figures.
  static func ranksAmongComparable(_ figures: [Figure], in text: String) -> [(rank: Int, of: Int)] {
    let keys = figures.map(\.comparisonKey)
    var counts: [Figure.ComparisonKey: Int] = [:]
    let ranks = keys.indices.map { index in
      let key = keys[index]
      if index > 0, isRestatement(figures[index], of: figures[index - 1], in: text) {
        return counts[key, default: 1] - 1
      }
      defer { counts[key, default: 0] += 1 }
      return counts[key, default: 0]
    }
    return zip(ranks, keys).map { ($0, counts[$1]!) }
  }

  /// Step: a measure given again right after itself in another unit of its dimension, after "or" or in brackets
  /// ("spans 525 feet or 160 meters in diameter", "14,000 mph (22,500 km/h)"), is one figure, not the next of its
  /// kind: ranked as two, the 160 meters stood second and met a half-mile-wide asteroid second in another outlet's
  /// sentence on two asteroids.
  static func isRestatement(_ figure: Figure, of previous: Figure, in text: String) -> Bool {
    guard figure.kind == .measure, previous.comparisonKey == figure.comparisonKey, previous.unit != figure.unit,
      previous.range.upperBound <= figure.range.lowerBound
    else { return false }
    let gap = TextBuffer.substring(text, previous.range.upperBound..<figure.range.lowerBound).filter {
      !$0.isWhitespace
    }
    return restatingGaps.contains(gap.lowercased())
  }

  /// A measure and its restatement (`isRestatement`) are one figure, and what is said around either is said of
  /// both: in "The lighthouse, which has two lamps, stands 525 feet or 160 metres high", the lighthouse is near
  /// the feet and "high" after the metres.
  static func sharingRestatements(_ things: [MeasuredThing], of figures: [Figure], in text: String)
    -> [MeasuredThing]
  {
    var shared = things
    for index in figures.indices.dropFirst() where isRestatement(figures[index], of: figures[index - 1], in: text) {
      let (first, second) = (shared[index - 1], shared[index])
      for (index, other) in [(index - 1, second), (index, first)] {
        shared[index].words.formUnion(other.words)
        shared[index].names.formUnion(other.names)
        if shared[index].countedLast == shared[index].counted { shared[index].countedLast = other.countedLast }
      }
    }
    return shared
  }

  /// What stands between a measure and its restatement, spaces left out.
  private static let restatingGaps: Set<String> = ["or", ",or", "(", "[", "/", "—", "–"]

  /// The kinds of figure a span's figure is paired with one draft figure of, the one its words fit best: "about 500
  /// feet wide while Didymos is a half-mile wide" has a second length that another outlet's "525 feet or 160 meters
  /// in diameter" does not give, and its half-mile is no other figure for Dimorphos's width; The New York Sun's "a
  /// remote conference for July 8" is the date of a draft's "a remote conference for July 9", not another date for
  /// its "suggested October 3" for sentencing, which had been told the sources disagree. Other kinds may share a
  /// figure: "27 votes to 9" and "27 in favour, 9 against and 9 abstaining".
  static let goesToOneFigure: Set<Figure.Kind> = [.measure, .date]

  /// Kinds whose unit says enough about what they measure to be paired without words in common.
  static let specificKinds: Set<Figure.Kind> = [.percent, .percentagePoints, .money, .date, .year, .duration, .time]
}
