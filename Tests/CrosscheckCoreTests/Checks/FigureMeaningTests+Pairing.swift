import Testing

@testable import CrosscheckCore

/// Which source figures a draft figure is paired with, by the rule that linked their spans and what each measures.
extension FigureMeaningTests {
  /// The source figures the draft's first sentence is paired with, when the corpus's first article's first sentence
  /// is linked to it by `rule`.
  static func paired(_ analysis: DraftAnalysis, with corpus: Corpus, as rule: AlignmentModel.Rule) -> [String] {
    let side = AlignmentSide(analysis.tokens[0], weight: { _ in 1 })
    let span = SentenceMatch(
      article: 0, sentences: 0..<1, score: 0.9, rule: rule, carriage: Carriage(draft: side, source: side))
    return FigureChecks.sources(
      for: analysis.figures, sentence: 0, analysis: (analysis.prose, analysis.tokens, [span]), corpus: corpus
    ).flatMap { $0.map(\.figure.text) }
  }

  /// An age is compared with an age however it is written ("a 61-year-old", "who is 58 years old"), and paired
  /// alone only in a span the model or containment linked: a span linked as its article's closest gives someone
  /// else's age as often as not.
  @Test func anAgeIsComparedWithAnAgeInAStronglyLinkedSpan() throws {
    let corpus = Self.corpus(
      ofOneSource: "Vela, who is 58 years old, could still be sentenced to up to 12 years in prison.")
    let analysis = DraftAnalysis(
      text: "The 61-year-old skipper could still be sentenced to up to 12 years in prison.", format: .plain,
      corpus: corpus)
    #expect(
      analysis.findings.filter { $0.code == "figure-mismatch" }.map(\.message) == [
        "Draft says 61-year-old; brann-post: 58 years old"
      ])
    #expect(Self.paired(analysis, with: corpus, as: .model).contains("58 years old"))
    #expect(!Self.paired(analysis, with: corpus, as: .articleBest).contains("58 years old"))
  }

  /// A month is paired alone, with nothing said alike around it, in a span the model or containment linked: "in
  /// August" against "in September last year" is a changed month. A span linked as its article's closest may tell
  /// of another month's event.
  @Test func aMonthIsComparedWithTheMonthOfAStronglyLinkedSpan() throws {
    let corpus = Self.corpus(
      ofOneSource: "Vela was arrested in September last year at the port of Brann, prosecutors said.")
    let analysis = DraftAnalysis(
      text: "Vela was arrested at the port of Brann in August, prosecutors said.", format: .plain, corpus: corpus)
    #expect(
      analysis.findings.filter { $0.code == "figure-mismatch" }.map(\.message) == [
        "Draft says August; brann-post: September"
      ])
    #expect(Self.paired(analysis, with: corpus, as: .model) == ["September"])
    #expect(Self.paired(analysis, with: corpus, as: .articleBest).isEmpty)
  }

  /// A source span of two sentences reads each figure's words in its own sentence: the charges of the sentence
  /// before say nothing of what "30 years" at sea measures, so it is not paired with a draft's term in jail.
  @Test func aSourceFiguresWordsStopAtItsSentence() throws {
    let corpus = Self.corpus(
      ofOneSource: "The skipper denies the charges. Vela sailed 30 years at sea and 2 years on lakes.")
    let draft = "The charges carry up to 12 years in jail."
    let analysis = DraftAnalysis(text: draft, format: .plain, corpus: corpus)
    let side = AlignmentSide(analysis.tokens[0], weight: { _ in 1 })
    let span = SentenceMatch(
      article: 0, sentences: 0..<2, score: 0.9, rule: .model, carriage: Carriage(draft: side, source: side))
    let paired = FigureChecks.sources(
      for: analysis.figures, sentence: 0, analysis: (analysis.prose, analysis.tokens, [span]), corpus: corpus)
    #expect(analysis.figures.map(\.text) == ["up to 12 years"])
    #expect(paired.map(\.count) == [0])
  }

  /// A span's figure that cannot measure what the draft's does (an age beside a term in prison) leaves the other
  /// alone of its kind, and that one is paired though the two sentences share only what they count.
  @Test func aFigureAloneButForAnAgeIsPaired() {
    let source = "Vela, who is 58 years old, could still be sentenced to up to 12 years in prison."
    let found = findings("The charges could still bring up to 15 years in prison.", againstOneSource: source)
    #expect(
      found.filter { $0.code == "figure-mismatch" }.map(\.message) == [
        "Draft says up to 15 years; brann-post: up to 12 years"
      ])
  }

  /// Where the draft gives several figures of a kind, a level and a change of one crossing, each is paired with the
  /// span's one figure that can measure it and no other of the draft's, though the words around them differ. A span
  /// figure two of the draft's could be is left to the words around it.
  @Test func aLevelAndAChangeArePairedWithTheSpansLevelAndChange() throws {
    let source =
      "Before the refit, the ferry took 2 hours, 40 minutes to cross from its home quay to the island of Brann. "
      + "Pilots said after the refit that it shortened the Brann run by 25 minutes."
    let corpus = Self.corpus(ofOneSource: source)
    let analysis = DraftAnalysis(
      text: "The refit shortened the ferry's 2-hour, 40-minute crossing to its sister port, Brann, by 35 minutes.",
      format: .plain, corpus: corpus)
    let side = AlignmentSide(analysis.tokens[0], weight: { _ in 1 })
    let span = SentenceMatch(
      article: 0, sentences: 0..<2, score: 0.9, rule: .model, carriage: Carriage(draft: side, source: side))
    let paired = FigureChecks.sources(
      for: analysis.figures, sentence: 0, analysis: (analysis.prose, analysis.tokens, [span]), corpus: corpus)
    #expect(analysis.figures.map(\.text) == ["2-hour, 40-minute", "35 minutes"])
    #expect(paired.map { $0.map(\.figure.text) } == [["2 hours, 40 minutes"], ["25 minutes"]])
    // "13 hours" may be either of the draft's durations, and no word around it is said alike: it is paired with
    // the draft's own 13 hours by its value (`FigureChecks.givesTheDrafts`), and "28 days" is not paired with it by
    // their kind alone (it would be called wrong).
    let either = Self.corpus(ofOneSource: "The jury in Brann deliberated for 13 hours.")
    let both = DraftAnalysis(
      text: "The Brann jurors reached their verdict about 13 hours in, and the trial had run 28 days.", format: .plain,
      corpus: either)
    let whole = SentenceMatch(
      article: 0, sentences: 0..<1, score: 0.9, rule: .model,
      carriage: Carriage(draft: AlignmentSide(both.tokens[0], weight: { _ in 1 }), source: side))
    let pairedEither = FigureChecks.sources(
      for: both.figures, sentence: 0, analysis: (both.prose, both.tokens, [whole]), corpus: either)
    #expect(pairedEither.map { $0.map(\.figure.text) } == [["13 hours"], []])
  }
}
