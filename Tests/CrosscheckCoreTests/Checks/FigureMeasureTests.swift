import Testing

@testable import CrosscheckCore

/// Lengths, speeds, masses and areas: read with their unit, compared across the units of their dimension, and
/// paired with the source's measure of the same thing.
@Suite struct FigureMeasureTests {
  func figures(_ text: String) -> [Figure] {
    FigureExtractor.figures(in: text, range: 0..<text.utf8.count, referenceYear: 2026)
  }

  func one(_ text: String) throws -> Figure {
    let found = figures(text)
    try #require(found.count == 1, "\(found.map(\.text))")
    return found[0]
  }

  @Test(arguments: [
    ("the pier is 2.5 metres high", "2.5 metres", 2.5, "metre"),
    ("a half-mile wide", "a half-mile", 0.5, "mile"),
    ("half a mile wide", "half a mile", 0.5, "mile"),
    ("a mile wide", "a mile", 1, "mile"),
    ("at 14,000 miles per hour", "14,000 miles per hour", 14_000, "mile per hour"),
    ("at 22,500 km/h", "22,500 km/h", 22_500, "kilometre per hour"),
    ("at 6 kilometres a second", "6 kilometres a second", 6, "kilometre per second"),
    ("250 square miles burned", "250 square miles", 250, "square mile"),
    ("5 cubic metres of sand", "5 cubic metres", 5, "cubic metre"),
    ("a 525-foot tower", "525-foot", 525, "foot"),
    ("4,000 hectares of forest", "4,000 hectares", 4_000, "hectare"),
    ("the 5-foot-11 guard", "5-foot-11", 5.0 + 11.0 / 12.0, "foot"),
    ("he stands 6 feet 3 inches tall", "6 feet 3 inches", 6.25, "foot"),
  ])
  func measuresAreReadWithTheirUnit(text: String, written: String, value: Double, unit: String) throws {
    let figure = try one(text)
    #expect(figure.kind == .measure)
    #expect(figure.text == written)
    #expect(figure.value == value)
    #expect(figure.unit == unit)
  }

  @Test func idiomsAndPricesAreNoMeasures() {
    #expect(figures("She would not give an inch, nor set foot in a yard.").isEmpty)
    #expect(figures("Diesel rose to $5 a gallon.").map(\.kind) == [.money])
  }

  @Test func measuresCompareAcrossUnitsAsRoundedConversions() throws {
    #expect(try one("525 feet").isConsistent(with: one("160 metres")))
    #expect(try one("more than 14,000 mph").isConsistent(with: one("more than 22,500 km/h")))
    #expect(try one("roughly 7 million miles").isConsistent(with: one("11 million kilometres")))
    #expect(try one("a half-mile").isConsistent(with: one("800 metres")))
    #expect(try !one("roughly 7 million miles").isConsistent(with: one("30 million kilometres")))
    #expect(try !one("about 300 metres").isConsistent(with: one("about 500 feet")))
    // In one unit, no rounding is assumed: a changed digit is a changed figure.
    #expect(try !one("22,500 km/h").isConsistent(with: one("22,530 km/h")))
    // A ton is several sizes: it is compared with tons only.
    #expect(try !one("5 tons").isComparable(with: one("5,000 kilograms")))
    #expect(try !one("5 kilograms").isComparable(with: one("5 kilometres")))
    #expect(try !one("250 square miles").isComparable(with: one("250 miles")))
    #expect(try one("5 cubic metres").isConsistent(with: one("5,000 litres")))
  }

  @Test func aRestatementInAnotherUnitIsRankedAsTheFigureItRestates() {
    let text = "The beacon spans 525 feet or 160 metres, and its twin (80 metres) stands 3 km away."
    let found = figures(text)
    #expect(found.map(\.text) == ["525 feet", "160 metres", "80 metres", "3 km"])
    let ranks = FigureChecks.ranksAmongComparable(found, in: text)
    #expect(ranks.map(\.rank) == [0, 0, 1, 2])
    #expect(ranks.map(\.of) == [3, 3, 3, 3])
  }

  static let corpus = Corpus(
    articles: [
      SourceArticle(
        path: "/s/brann-post.md",
        text:
          "---\noutlet: Brann Post\n---\nThe survey found the Skarv rock is only about 500 feet wide while the Ravn reef is a half-mile wide.\n\nThe survey ship sailed roughly 7 million miles to reach the reef.\n"
      )
    ], problems: [])

  func found(_ draft: String) -> [Finding] { figureFindings(draft, against: Self.corpus) }

  @Test func aMeasureInAnotherUnitIsCheckedAgainstTheSourcesMeasureOfTheSameThing() {
    #expect(found("The survey found the Skarv rock is only about 160 metres wide.").isEmpty)
    #expect(
      found("The survey found the Skarv rock is only about 300 metres wide.").map(\.message)
        == ["Draft says about 300 metres; Brann Post: about 500 feet"])
    #expect(
      found("The survey ship sailed roughly 30 million kilometres to reach the reef.").map(\.message)
        == ["Draft says roughly 30 million kilometres; Brann Post: roughly 7 million miles"])
  }

  @Test func aSourcesMeasureGoesToTheDraftsMeasureOfNearestSize() {
    // The half-mile is the reef's, and the draft does not give the reef's width: it is no other figure for the
    // rock's, though it is said of "wide" too.
    #expect(found("The survey found the Skarv rock is 525 feet or 160 metres wide.").isEmpty)
  }

  @Test func aSourcesMeasureGoesToOneOfTheDraftsMeasures() {
    let corpus = Corpus(
      articles: [
        SourceArticle(
          path: "/s/brann-post.md",
          text:
            "---\noutlet: Brann Post\n---\nThe survey found the Skarv rock is only 525 feet or 160 metres wide, while the Ravn reef is far wider.\n"
        )
      ], problems: [])
    // The draft's second length is the reef's, which the source does not give: the source's one length, said twice,
    // is the rock's.
    #expect(
      figureFindings(
        "The survey found the Skarv rock is only about 500 feet wide while the Ravn reef is a half-mile wide.",
        against: corpus
      )
      .isEmpty)
  }

  @Test func nearerInSizeIsNearer() throws {
    let draft = try one("160 metres")
    #expect(
      try FigureChecks.nearness(of: one("about 500 feet"), to: draft)
        > FigureChecks.nearness(of: one("a half-mile"), to: draft))
    // A restatement is as near as the figure it restates.
    #expect(
      try FigureChecks.nearness(of: one("525 feet"), to: draft)
        == FigureChecks.nearness(of: one("160 metres"), to: draft))
    #expect(try FigureChecks.nearness(of: one("40 homes"), to: one("400 homes")) == 0)
  }

  /// Two tallies said only of a name ("and Patel at least 312") are the same tally: a changed one is a mismatch.
  @Test func aTallySaidOnlyOfANameIsComparedWithTheSameNamesTally() {
    let corpus = outletCorpus([
      "Fjord Herald":
        "Counting the postal votes, the lead grew. Vela now has at least 1,140, while Patel has at least 312.\n"
    ])
    func findings(_ draft: String) -> [String] {
      DraftAnalysis(text: draft, format: .markdown, corpus: corpus).findings.map(\.message)
    }
    #expect(findings("Counting the postal votes, Vela has at least 1,140 votes and Patel at least 312.").isEmpty)
    #expect(
      findings("Counting the postal votes, Vela has at least 1,140 votes and Patel at least 321.")
        == ["Draft says at least 321; Fjord Herald: at least 312"])
  }

  /// The findings' messages for a draft checked against the Fjord Herald's one sentence.
  func messages(_ draft: String, herald: String) -> [String] {
    DraftAnalysis(text: draft, format: .markdown, corpus: outletCorpus(["Fjord Herald": herald + "\n"])).findings
      .map(\.message)
  }

  /// What the first figure of a sentence measures, read in the sentence alone.
  func thing(_ text: String) -> MeasuredThing? {
    let tokens = Tokenizer.tokens(in: text, range: 0..<text.utf8.count)
    return figures(text).first.map { MeasuredThing(of: $0, in: tokens, text: text) }
  }

  /// "Ten minutes less" is the size of a difference, as "ten minutes shorter" is, and is compared with the change
  /// a source gives; "two more ferries" still counts ferries beyond others.
  @Test func moreOrLessAfterAFigureInAUnitIsADifference() {
    let less = thing("The crossing now takes 10 minutes less than before.")
    #expect(less?.isChangeAmount == true && less?.isIncrement == false)
    #expect(thing("Two more ferries joined the route.")?.isIncrement == true)
    #expect(
      messages(
        "With the new hull, the Brann crossing takes 12 minutes less.",
        herald: "The new hull cut the Brann crossing by 10 minutes.") == [
          "Draft says 12 minutes; Fjord Herald: 10 minutes"
        ])
  }

  /// The time a ferry needs for a crossing is the time it takes; the berths a port needs are not the berths it has.
  @Test func aTimeNeededIsTheTimeTakenNotARequirement() {
    let needs = thing("The Brann ferry now needs 2 hours and 10 minutes to cross the fjord.")
    let takes = thing("The Brann ferry now takes 2 hours and 5 minutes to cross the fjord.")
    #expect(needs?.isRequirement == false)
    #expect(needs.map { takes?.conflicts(with: $0) } == false)
    #expect(thing("The port needs 40 berths to stay open.")?.isRequirement == true)
    #expect(
      messages(
        "The Brann ferry now needs 2 hours and 10 minutes to cross the fjord.",
        herald: "The Brann ferry now takes 2 hours and 5 minutes to cross the fjord.")
        == ["Draft says 2 hours and 10 minutes; Fjord Herald: 2 hours and 5 minutes"])
  }

  @Test func whatIsSaidAroundAMeasureIsSaidOfItsRestatement() {
    let text = "The lighthouse, which has two lamps, stands 525 feet or 160 metres high."
    let figures = figures(text).filter { $0.kind == .measure }
    let tokens = Tokenizer.tokens(in: text, range: 0..<text.utf8.count)
    let things = figures.map { MeasuredThing(of: $0, in: tokens, text: text) }
    // Read alone, the feet say nothing of what they measure, and the metres are said of "high".
    #expect(things[0].countedLast != things[1].countedLast)
    let shared = FigureChecks.sharingRestatements(things, of: figures, in: text)
    #expect(shared[0].countedLast == shared[1].countedLast)
    #expect(shared[0].words == shared[1].words)
  }

  @Test func aDraftsTwoMeasuresAreOneQuantityOnlyWhenSaidOfTheSameWord() {
    let contradictions = { (draft: String) in
      DraftAnalysis(text: draft, format: .markdown, corpus: Corpus(articles: [], problems: [])).findings
        .filter { $0.code == "inconsistent-figure" }.map(\.message)
    }
    #expect(
      contradictions("The ship sailed about seven million miles.\n\nThe Skarv rock is roughly 160 metres wide.\n")
        .isEmpty)
    #expect(
      contradictions(
        "The rock is roughly 11 million kilometres from Brann.\n\nIt is roughly 30 million kilometres from Brann.\n")
        == ["The draft says roughly 30 million kilometres here but roughly 11 million kilometres earlier"])
  }

  /// A figure of the span of the draft's value, in its unit, is the draft's, though no word around it is said alike
  /// and another figure of its kind in the span is said with the draft's words (`FigureChecks.givesTheDrafts`): no
  /// contradiction. Another value is still one.
  @Test(arguments: [("40 seconds", false), ("50 seconds", true)])
  func theSpansFigureOfTheDraftsValueIsTheDrafts(_ draftFigure: String, _ contradicted: Bool) {
    let corpus = Corpus(
      articles: [
        SourceArticle(
          path: "/s/quay-times.md",
          text: "---\noutlet: Quay Times\n---\nThe board hoped the new engines would trim the Brann crossing, which "
            + "takes 95 minutes, by 40 seconds or more. On Friday the harbour office said the engines had changed the "
            + "crossing by roughly 6 minutes.\n\nThe ferry company declined to comment.\n")
      ], problems: [])
    let draft = "The harbour office had said a change of \(draftFigure) would be the least the engines must make."
    let mismatches = figureFindings(draft, against: corpus).filter { $0.code == "figure-mismatch" }.map(\.message)
    #expect(mismatches.count == (contradicted ? 1 : 0), "\(mismatches)")
  }
}
