import Foundation

/// How much of what one span says another span carries: the features the alignment decision is made from.
/// Directional: `carried` is the share of the draft's content (weighted by rarity) the source carries, so a short
/// draft sentence inside a long source sentence is fully carried however much more the source says.
public struct Carriage: Sendable, Hashable, Encodable {
  /// Share of the draft's content weight the source carries, with soft matches and bridges (0…1).
  public var carried: Double
  /// The same the other way: share of the source's content weight the draft carries.
  public var carriedBack: Double
  /// Of the draft words the source carries, the share that come in the same order.
  public var order: Double
  /// The same share counting only words that are not names: what the claim says about the people in it.
  public var carriedBeyondNames: Double
  /// Share of the draft's content weight in names the source does not have.
  public var missingNames: Double
  /// The same share leaving out settings (`AlignmentSide.Word.isSetting`): names of whom or what the claim is about.
  public var missingNamesBeyondSettings: Double
  /// Whether the source sets its claim somewhere the draft does not name ("won 38 delegates in Ohio").
  public var namesAnotherSetting: Bool
  /// Share of the draft's content weight in figures the source leaves out, giving no figure of what they count or
  /// measure, and in months it does not name.
  public var missingFigures: Double
  /// Share of the source's content weight in names the draft does not have.
  public var extraNames: Double
  /// Figures both sides give, over the figures either gives (0 when neither has one). Figures that differ are
  /// not held against a match: a draft that changed a number must still align, so the figure check can see it.
  public var sharedFigures: Double
  /// Share of the draft's words, word pairs and word triples (stop words included) the source has, and the
  /// reverse; and the same for runs of four letters.
  public var wordPrecision: Double
  public var wordRecall: Double
  public var pairPrecision: Double
  public var pairRecall: Double
  public var triplePrecision: Double
  public var tripleRecall: Double
  public var letterPrecision: Double
  public var letterRecall: Double
  /// 1 when each side gives a figure the other does not: a different number, not just one more.
  public var figuresDiffer: Double
  /// The shorter span's word count over the longer's.
  public var lengthRatio: Double
  /// Whether the draft has more words than the source: then containment asks for nearly all of the claim.
  public var draftIsLonger: Bool
  /// How many different content words the draft sentence has besides its figures: how much it claims to be matched
  /// on. A word said twice claims once: "Domestic violence is violence" is a claim of three words, not four.
  public var draftContentWords: Int
  /// Whether the draft sentence gives a figure.
  public var draftGivesAFigure: Bool
  /// 1 when one side is negated and the other is not.
  public var negationDiffers: Double
  /// Whether one side says the opposite of a word of the other, and not the word itself ("found guilty" where the
  /// draft says "acquitted"; `ParaphraseLexicon.opposite(of:)`): the claim's words with the claim reversed.
  public var saysTheOpposite: Bool
  /// Whether the draft states an outcome (a word with an opposite: "acquitted", "rose", "win") that the span
  /// states neither way, nor gives the draft's figures: the span tells the claim's setting ("the jury in Combs'
  /// sex trafficking and racketeering conspiracy trial"), not what came of it.
  public var leavesOutTheOutcome: Bool
  /// Whether the draft says what would or could be (`Modality`: "would have called a change of 10 minutes a
  /// success") and the span speaks of nothing that would, could or was expected to be: it tells as fact ("the
  /// mission was successful") what the draft tells as a hypothesis. The rules that link what the model doubts
  /// (article-best, same figures, headline, lede, echo) refuse such a span; the model and containment judge it by
  /// its words. On the tuned coverage stories, five wrong links fewer and no right one lost: two spans telling the
  /// mission a success for "would have called a change of 10 minutes a success", three telling the asteroid's
  /// course changed for "meant to show whether a spacecraft could push a dangerous asteroid off its path".
  public var tellsAsFact: Bool
  /// Whether the span gives another figure of something the draft measures ("32 minutes" against the draft's "11
  /// hours and 55 minutes") where an article read for the claim gives the draft's: the span speaks of another
  /// claim, or disagrees, and its other words alone do not make it a carrier (`AlignmentModel.contains`).
  public var givesAnotherFigure: Bool
  /// Whether the span gives another figure of what the draft measures (`givesAnotherFigure`) at another time: one
  /// side is placed before some event and the other after it ("Before impact, it took Dimorphos 11 hours and 55
  /// minutes" against "It now takes Dimorphos 11 hours and 23 minutes"). It tells another claim of the same shape.
  public var tellsAnotherTime: Bool
  /// Whether the span gives every figure the draft gives, one of them of two digits or more ("32 minutes", "£4.2
  /// million"; not "two counts", which many sentences of a story give): the most particular thing the draft says.
  public var givesEveryDraftFigure: Bool
  /// Whether the span gives one of the draft's figures of two digits or more (`givesEveryDraftFigure`).
  public var givesAParticularFigure: Bool
  /// The words to replace, beyond those the difference in length forces in or out, to turn one side's wording
  /// into the other's (stems, stop words included), over the shorter side's word count: how differently the two
  /// word what they share. The length difference is left out so that a short sentence inside a long one is not
  /// held apart by the long one's extra words.
  public var editDistance: Double
  /// 1 when either side gives a figure the other does not.
  public var figuresUnequal: Double
  /// How many content words, on both sides together, the other side does not carry at all, as log(1 + count):
  /// what one says that the other does not, counted rather than weighed (a share hides a long extra clause).
  public var uncarriedWords: Double

  /// The share of the draft's content carried, leaving out the figures the source lacks while giving none of
  /// what they measure: how much of the rest of the claim a headline, which seldom gives figures, states.
  public var carriedApartFromFigures: Double {
    missingFigures < 1 ? carried / (1 - missingFigures) : 0
  }

  /// The features in the order the model's weights are listed.
  var features: [Double] {
    [
      carried, carriedBack, min(carried, carriedBack), order, missingNames, extraNames, sharedFigures,
      wordPrecision, wordRecall, pairPrecision, pairRecall, triplePrecision, tripleRecall, letterPrecision,
      letterRecall, lengthRatio, negationDiffers, figuresDiffer, editDistance, figuresUnequal, uncarriedWords,
    ]
  }

  /// The form "one" and "1" take as figures.
  static let one = Normalizer.normalize("1")

  /// Credit for a draft word the source has only as a longer or shorter form of the same word.
  static let prefixCredit = 0.7

  /// Credit for a name the other side calls by its office alone (`Roles`): the office says which person, but not
  /// that it is this one. At full credit, "A judge denied his bail request" outranked 6abc's quotation for
  /// "“We are not done fighting,” Judge Arun Subramanian said outside the courthouse", and two planted
  /// misattributions of the tuned coverage went unseen (quote slips 9 of 9 → 7 of 9); at half, links are as at full.
  static let officeCredit = 0.5

  init(draft: AlignmentSide, source: AlignmentSide) {
    let forward = Self.coverage(of: draft, in: source)
    let backward = Self.coverage(of: source, in: draft)
    carried = forward.share
    carriedBeyondNames = forward.beyondNames
    carriedBack = backward.share
    order = Self.order(draft, source)
    missingNames = forward.missingNames
    missingNamesBeyondSettings = forward.missingBeyondSettings
    namesAnotherSetting = source.words.contains { $0.isSetting && !draft.terms.contains($0.term) }
    missingFigures = forward.missingFigures
    extraNames = backward.missingNames
    let union = draft.figures.union(source.figures)
    sharedFigures = union.isEmpty ? 0 : Double(draft.figures.intersection(source.figures).count) / Double(union.count)
    (wordPrecision, wordRecall) = Self.overlap(draft.unigrams, source.unigrams)
    (pairPrecision, pairRecall) = Self.overlap(draft.bigrams, source.bigrams)
    (triplePrecision, tripleRecall) = Self.overlap(draft.trigrams, source.trigrams)
    (letterPrecision, letterRecall) = Self.overlap(draft.letterRuns, source.letterRuns)
    let givesTheDraftsFigures = draft.figures.isSubset(of: source.figures)
    givesEveryDraftFigure = !draft.particularFigures.isEmpty && givesTheDraftsFigures
    givesAParticularFigure = draft.particularFigures.contains { source.figures.contains($0) }
    figuresDiffer = givesTheDraftsFigures || source.figures.isSubset(of: draft.figures) ? 0 : 1
    lengthRatio =
      Double(min(draft.wordCount, source.wordCount)) / Double(max(1, max(draft.wordCount, source.wordCount)))
    draftIsLonger = draft.wordCount > source.wordCount
    draftContentWords = Set(draft.words.filter { !$0.isFigure }.map(\.term)).count
    draftGivesAFigure = !draft.figures.isEmpty
    // Step: a negated draft asks the span to be negated too; an unnegated one asks only that the span not
    // negate what the draft says: the span's negation may govern a clause of its own.
    negationDiffers = (draft.isNegated ? !source.isNegated : source.negates(anyOf: draft.terms)) ? 1 : 0
    saysTheOpposite = Self.reverses(draft, source) || Self.reverses(source, draft)
    // A span that gives every figure of the draft states the change in its own words ("5 percent higher" for
    // "rose 5 percent"): the figure is the outcome. Step: so does a span that gives another figure of the same
    // thing in a figure's place (`Bridge.figureSlot`): a draft that changed "ten years" to "twelve years" had lost
    // the span that gives the ten, and with it the figure check that would have seen the change.
    leavesOutTheOutcome =
      (draft.figures.isEmpty || !(givesTheDraftsFigures || forward.figuresInPlace))
      && draft.terms.contains { term in
        guard let opposite = ParaphraseLexicon.opposite(of: term) else { return false }
        return !source.terms.contains(term) && !source.terms.contains(opposite)
      }
    // Step: a span that gives every figure of the draft, one of two digits or more (`givesEveryDraftFigure`),
    // tells the same claim however it hedges it: "the smallest change that would count" and "the minimum
    // requirement to change the asteroid's orbital period was 73 seconds" both give the 73 seconds.
    tellsAsFact = draft.saysWhatWouldBe && !source.isHedged && !givesEveryDraftFigure
    // Step: the span's figure of that unit must be one the draft does not give: a span that gives one of the
    // draft's figures and leaves out another ("altered orbit by 32 minutes" for "shortened its 11-hour, 55-minute
    // orbit by 32 minutes") gives no other.
    givesAnotherFigure = draft.words.contains { word in
      guard word.isFigure, !source.terms.contains(word.term), let unit = word.unit,
        source.figuresGiven?.contains(word.normalized) == true
      else { return false }
      return source.words.contains { $0.isFigure && $0.unit == unit && !draft.terms.contains($0.term) }
    }
    tellsAnotherTime =
      givesAnotherFigure && draft.phase != nil && source.phase != nil && draft.phase != source.phase
    let (draftLength, sourceLength) = (draft.wordCount, source.wordCount)
    // The distance costs one step per pair of words: past `editDistanceCells` (a run of text hundreds of words
    // long with no full stop, never a sentence pair) the spans count as worded as differently as can be.
    editDistance =
      draftLength * sourceLength > Self.editDistanceCells
      ? 1
      : Double(EditDistance.between(draft.stemSequence, source.stemSequence) - abs(draftLength - sourceLength))
        / Double(max(1, min(draftLength, sourceLength)))
    figuresUnequal = draft.figures == source.figures ? 0 : 1
    uncarriedWords = log(1 + Double(forward.uncarried + backward.uncarried))
  }

  /// The most pairs of words the edit distance is computed over: 500 by 500, far beyond any sentence.
  static let editDistanceCells = 250_000

  /// Whether `other` has the opposite of one of `side`'s words where `side` has not, and lacks the word itself.
  private static func reverses(_ side: AlignmentSide, _ other: AlignmentSide) -> Bool {
    side.terms.contains { term in
      guard let opposite = ParaphraseLexicon.opposite(of: term) else { return false }
      return other.terms.contains(opposite) && !other.terms.contains(term) && !side.terms.contains(opposite)
    }
  }

  private static func overlap(_ draft: Set<Int>, _ source: Set<Int>) -> (Double, Double) {
    let shared = Double(draft.intersection(source).count)
    return (draft.isEmpty ? 0 : shared / Double(draft.count), source.isEmpty ? 0 : shared / Double(source.count))
  }

  /// The share of `side`'s content weight that `other` carries, each distinct word counted once at its best
  /// credit; the shares in names and in figures `other` lacks; how many distinct words `other` does not carry
  /// at all; and whether `other` has each of `side`'s figures, or another figure of the same thing in its place.
  private static func coverage(of side: AlignmentSide, in other: AlignmentSide)
    -> (
      share: Double, missingNames: Double, missingBeyondSettings: Double, missingFigures: Double,
      beyondNames: Double, uncarried: Int, figuresInPlace: Bool
    )
  {
    var credits: [Term: (weight: Double, credit: Double, isName: Bool, isSetting: Bool)] = [:]
    var missingFigureTerms: Set<Term> = []
    let wordCredits = Self.credits(of: side, in: other)
    let slotCarried = Set(zip(side.words, wordCredits).filter { $0.1.bridge == .figureSlot }.map(\.0.term))
    var figuresInPlace = true
    for (word, (credit, _)) in zip(side.words, wordCredits) {
      // A figure the other side gives too carries the claim, and so does one in the same place (a figure of the
      // same thing, "15 minutes" against "10 minutes"): a draft that changed a number must still align, so that
      // the figure check sees the change. Any other figure is left out rather than held against the match when
      // the other side gives figures that may be this one in other terms; where it gives none, or none of what
      // this one counts or measures, the figure is part of the claim it leaves out ("a change of 10 minutes would
      // count as a success" is not carried by "congratulated the team on its success", "Thirty-four people
      // testified" not by "two of his former partners testified"); a bare "one" is left out still, being seldom a
      // figure of the claim ("could one day turn aside an asteroid"). A figure written in parts ("11 hours and 23
      // minutes") is carried only when every part is.
      if word.isFigure && !word.figureGroup.allSatisfy({ slotCarried.contains($0) || other.terms.contains($0) }) {
        figuresInPlace = false
        let heldAgainst = other.figures.isEmpty || word.unit.map({ !other.figureUnits.contains($0) }) == true
        if heldAgainst && word.normalized != Self.one {
          credits[word.term] = (word.weight, 0, false, false)
          missingFigureTerms.insert(word.term)
        }
        continue
      }
      let known = credits[word.term]?.credit ?? -1
      if credit > known { credits[word.term] = (word.weight, credit, word.isName, word.isSetting) }
      // Step: a month the other side does not name is a date the claim states and the span leaves out, as a
      // figure is ("Combs was arrested last September" is not contained by "incarcerated since his arrest last
      // year"; on the tuned coverage one wrong link fewer, none right lost).
      if credit == 0 && CalendarWords.isMonth(word.normalized) { missingFigureTerms.insert(word.term) }
    }
    var total = 0.0
    var carried = 0.0
    var missingNames = 0.0
    var missingBeyondSettings = 0.0
    var missingFigures = 0.0
    var otherTotal = 0.0
    var otherCarried = 0.0
    var uncarried = 0
    // Sorted, so sums run in the same order in every process: dictionary order changes with the hash seed.
    for term in credits.keys.sorted() {
      let entry = credits[term]!
      total += entry.weight
      carried += entry.weight * entry.credit
      if entry.isName && entry.credit == 0 { missingNames += entry.weight }
      if entry.isName && !entry.isSetting && entry.credit == 0 { missingBeyondSettings += entry.weight }
      if missingFigureTerms.contains(term) { missingFigures += entry.weight }
      if entry.credit == 0 { uncarried += 1 }
      if !entry.isName {
        otherTotal += entry.weight
        otherCarried += entry.weight * entry.credit
      }
    }
    guard total > 0 else { return (0, 0, 0, 0, 0, uncarried, figuresInPlace) }
    return (
      carried / total, missingNames / total, missingBeyondSettings / total, missingFigures / total,
      otherTotal > 0 ? otherCarried / otherTotal : 1,
      uncarried, figuresInPlace
    )
  }

  /// How the other side carries each of a side's words, in order: the credit (0…1) and, for a word it does not
  /// write the same way, the bridge that carried it. Each bridge is one named step.
  static func credits(of side: AlignmentSide, in other: AlignmentSide) -> [(credit: Double, bridge: Bridge?)] {
    // Names the other side gives as initials, and initials it spells out (`Acronyms`).
    let spelledByOther = other.acronyms.isEmpty ? [] : Acronyms.wordsSpelling(other.acronyms, in: side.capitalRuns)
    let spelledOutByOther =
      side.acronyms.isEmpty || other.capitalRuns.isEmpty
      ? [] : side.acronyms.filter { !Acronyms.wordsSpelling([$0], in: other.capitalRuns).isEmpty }
    return side.words.enumerated().map { index, word in
      if other.terms.contains(word.term) { return (1, other.unigrams.contains(word.stemHash) ? nil : .paraphrase) }
      // "reopened" and "opened again": a verb with "re-" carries the verb without it.
      if word.normalized.hasPrefix("re"), word.normalized.count >= 6,
        other.terms.contains(Token.hash(String(word.normalized.dropFirst(2))))
      {
        return (1, .again)
      }
      if word.normalized.count >= 6, other.prefixes.contains(word.normalized.prefix(5)) {
        return (prefixCredit, .inflection)
      }
      // A figure no article that may tell the claim gives, where the span gives a figure of the same thing ("15
      // minutes" against "10 minutes"), is a changed number in the same claim. One an article gives has its own
      // sentence there: an orbit "before" and "after" are two claims.
      if word.isFigure, let unit = word.unit, other.figureUnits.contains(unit),
        let given = other.figuresGiven, !given.contains(word.normalized)
      {
        return (1, .figureSlot)
      }
      if isAnotherDay(word, in: other) { return (1, .figureSlot) }
      if spelledByOther.contains(index) || word.acronym.map(spelledOutByOther.contains) == true {
        return (1, .initials)
      }
      // A given name right before a surname the other side has (`Word.isGivenNameOfNext`): "Ines Vela" and "Vela"
      // are one person. The surname must be a name there too, or open it ("Diddy acquitted of trafficking
      // charges"): "Italian Space Agency" is nobody's given name before the "space" of "a space rock".
      if word.isGivenNameOfNext,
        other.words.contains(where: { ($0.isName || $0.token == 0) && $0.term == side.words[index + 1].term })
      {
        return (1, .givenName)
      }
      // A name its office names, where the other side names that office and nobody by it (`Roles`).
      if word.isName, let role = word.role, other.unnamedRoles.contains(role) { return (officeCredit, .role) }
      return (0, nil)
    }
  }

  /// Step: a weekday that no article that may tell the claim names, where the span names another, is the claim's
  /// day changed, as a figure is ("the agency said on Monday" against "the agency announced Tuesday"): the draft
  /// must still align for the figure check to see it. One an article names has its own sentence there: the day of
  /// a crash and the day it was announced are two claims. A month is left to its day: "July 8" against "October
  /// 13" is another date, another event's.
  static func isAnotherDay(_ word: AlignmentSide.Word, in other: AlignmentSide) -> Bool {
    guard CalendarWords.isWeekday(word.term), let given = other.figuresGiven, !given.contains(word.normalized)
    else { return false }
    return other.words.contains { CalendarWords.isWeekday($0.term) }
  }

  /// What carried a draft word the source does not write the same way; `inspect alignment` lists them.
  public enum Bridge: String, Sendable, Hashable, Encodable {
    /// Another word of its paraphrase group, a demonym or a phrase ("lifted" and "raised", "Norwegian" and
    /// "Norway", "call for" and "urge").
    case paraphrase
    /// A longer or shorter form the stemmer leaves apart ("announcement" and "announced").
    case inflection
    /// A verb with "re-" and the verb without it ("reopened" and "opened again").
    case again = "re-"
    /// A given name before a surname the source has.
    case givenName = "given name"
    /// A name and the office the other side calls that person by (`Roles`).
    case role = "office"
    /// Initials and the name they spell (`Acronyms`).
    case initials
    /// Another figure of the same thing ("15 minutes" and "10 minutes"), or another weekday (`isAnotherDay`):
    /// the figure check compares the two.
    case figureSlot = "figure of the same thing"
  }

  /// The draft words a source span carries through a bridge, as indices into the draft's tokens.
  static func bridges(draft: AlignmentSide, source: AlignmentSide) -> [(token: Int, bridge: Bridge)] {
    zip(draft.words, credits(of: draft, in: source)).compactMap { word, credit in
      credit.bridge.map { (word.token, $0) }
    }
  }

  /// The longest run of shared words in the same order on both sides, over the shared words: reordered clauses
  /// keep their order within each clause, so a paraphrase scores high and a word salad low.
  private static func order(_ draft: AlignmentSide, _ source: AlignmentSide) -> Double {
    var firstPosition: [Term: Int] = [:]
    for (index, word) in source.words.enumerated() where firstPosition[word.term] == nil {
      firstPosition[word.term] = index
    }
    var seen: Set<Term> = []
    let positions = draft.words.compactMap { word -> Int? in
      guard seen.insert(word.term).inserted else { return nil }
      return firstPosition[word.term]
    }
    guard positions.count > 1 else { return positions.isEmpty ? 0 : 1 }
    // Longest increasing subsequence, patience sorting.
    var tails: [Int] = []
    for position in positions {
      let low = tails.partitionPoint { $0 >= position }
      if low == tails.count { tails.append(position) } else { tails[low] = position }
    }
    return Double(tails.count) / Double(positions.count)
  }
}
