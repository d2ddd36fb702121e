import CrosscheckCore
import Foundation
import Testing

/// Alignment on paraphrase, in a fictional story: the port of Calderwick, its harbour master Ines Vela and a
/// ferry subsidy, told by outlets that word each claim their own way.
@Suite struct CarriageTests {
  /// The matches of a one-sentence draft against sources given as (file name, text).
  func matches(_ draft: String, sources: [(String, String)]) -> [(match: SentenceMatch, text: String)] {
    let corpus = Corpus(
      articles: sources.map { SourceArticle(path: "/story/sources/\($0.0)", text: $0.1) }, problems: [])
    let analysis = DraftAnalysis(text: draft, format: .plain, corpus: corpus)
    return analysis.alignments.first!.map { ($0, $0.text(in: corpus.article($0.article)!)) }
  }

  /// How much of a one-sentence draft the best span of one source sentence (after the filler) carries.
  func carried(_ draft: String, by source: String) throws -> Double {
    try #require(matches(draft, sources: [("source.txt", Self.filler + "\n" + source)]).first).match.carried
  }

  /// Filler sentences, so that rarity weights behave as in a real story.
  static let filler = """
    The port handles grain, timber and fish.
    Ferries leave the north quay every hour in summer.
    The town has about 12,000 residents.
    """

  // MARK: - Kinds of miss

  @Test func aShortDraftSentenceInsideALongSourceSentenceIsCarried() throws {
    let found = matches(
      "The harbour master, Ines Vela, said the channel was silting.",
      sources: [
        (
          "tide.txt",
          Self.filler
            + "\nHarbour master Ines Vela, who took over the port in 2019 after two decades at sea, said the channel was silting."
        )
      ])
    let first = try #require(found.first)
    #expect(first.text.hasPrefix("Harbour master Ines Vela"))
    #expect(first.match.carried > 0.9)
  }

  /// An outlet that calls an official by their office carries the claim of a draft that names them: the name
  /// was most of what "A judge denied the skipper bail" left out, and it was linked to nothing.
  @Test func anOfficialCalledByTheirOfficeCarriesTheDraftThatNamesThem() throws {
    let found = matches(
      "The judge, Tomas Brill, refused to free the skipper before his trial.",
      sources: [("court.txt", Self.filler + "\nA judge denied the skipper bail before his trial on Friday.")])
    let first = try #require(found.first)
    #expect(first.text == "A judge denied the skipper bail before his trial on Friday.")
    #expect(first.match.rule == .containment)
  }

  /// A terse line that gives two figures is carried by an outlet that gives one of them in its own words: the
  /// figure is the most particular thing the line says, and the outlet's other words share too little of it.
  @Test func aLineOfTwoFiguresIsCarriedByAnOutletGivingOne() {
    let found = matches(
      "Crossing to Brann now: 3 hours 10 minutes, 25 minutes shorter.",
      sources: [
        ("quay.txt", Self.filler + "\nThe new ferry now crosses to Brann in 3 hours 10 minutes, the operator said."),
        (
          "yard.txt",
          "Ferries leave the north quay every hour in summer.\nA refit of the engines has cut the crossing by 25 minutes, according to the shipyard."
        ),
      ])
    #expect(
      found.map(\.text) == [
        "The new ferry now crosses to Brann in 3 hours 10 minutes, the operator said.",
        "A refit of the engines has cut the crossing by 25 minutes, according to the shipyard.",
      ])
    #expect(found.last?.match.rule == .articleBest)
  }

  /// The clause unit a draft sentence's best match lands on in one source sentence, and its text.
  func bestUnit(_ draft: String, in source: String) throws -> (kind: ClauseUnit.Kind?, text: String) {
    let first = try #require(matches(draft, sources: [("unit.txt", Self.filler + "\n" + source)]).first)
    return (first.match.unit?.kind, first.text)
  }

  @Test func oneClaimOfSeveralLandsOnItsClauseUnit() throws {
    let unit = try bestUnit(
      "The pier will shut for the winter.", in: "The ferry will run every hour; the pier will shut for the winter.")
    #expect(unit.kind == .semicolon)
    #expect(unit.text == "the pier will shut for the winter")
  }

  /// Headlines join two main clauses with "and" and no comma; a pronoun opening the second marks it a clause.
  @Test func aClauseAfterAndWithoutACommaIsAUnitWhenAPronounOpensIt() throws {
    let unit = try bestUnit(
      "The crew's families cheered on the quay.",
      in: "Skipper waved from the bridge and his crew's families cheered on the quay")
    #expect(unit.kind == .coordination)
    #expect(unit.text == "his crew's families cheered on the quay")
  }

  /// "But" before an auxiliary joins a second predicate to the subject, a second claim, with no comma; before any
  /// other word it stays inside its clause ("not the ferry but the pier").
  @Test func aPredicateAfterButWithoutACommaIsAUnit() throws {
    let unit = try bestUnit(
      "She was fined for two of the breaches of port rules.",
      in: "Vela was cleared of smuggling but was fined for two of the breaches of port rules.")
    #expect(unit.kind == .coordination)
    #expect(unit.text == "was fined for two of the breaches of port rules")
    let notButs = try bestUnit(
      "The board will close the pier for the winter.",
      in: "The board will close not the ferry but the pier for the winter.")
    #expect(notButs.kind == nil)
  }

  /// "But" before a verb in the past and what it acts on joins a second predicate with no comma, as an
  /// auxiliary does; a word in "-ed" before a noun is an adjective, and stays inside its clause.
  @Test func aPastVerbAndItsObjectAfterButWithoutACommaIsAUnit() throws {
    let unit = try bestUnit(
      "They fined her for two of the breaches of port rules.",
      in: "The court cleared Vela of smuggling but fined her for two of the breaches of port rules.")
    #expect(unit.kind == .coordination)
    #expect(unit.text == "fined her for two of the breaches of port rules")
    let adjective = try bestUnit(
      "The board gave a measured reply about the pier on Monday.",
      in: "The board gave a brief but measured reply about the pier on Monday.")
    #expect(adjective.kind == nil)
  }

  /// The colon of a time ("9:52 a.m.") or a ratio joins two figures; only a colon before a space leads in a clause.
  @Test func aColonInsideAFigureIsNoClauseBoundary() throws {
    let found = matches(
      "The jury sent its note to the judge at 9:52 a.m. on Wednesday.",
      sources: [("jury.txt", Self.filler + "\nIt was 9:52 a.m. on Wednesday when the jury sent its note to the judge.")]
    )
    let first = try #require(found.first)
    #expect(first.text.hasPrefix("It was 9:52 a.m."))
  }

  @Test func aRelativeClauseUnitStartsWithItsAntecedent() throws {
    let unit = try bestUnit(
      "Ines Vela runs the harbour office.",
      in: "The subsidy was signed by Ines Vela, who runs the harbour office, on a wet Monday.")
    #expect(unit.kind == .relative)
    #expect(unit.text == "Ines Vela, who runs the harbour office")
  }

  /// A unit the decision rates higher is not chosen over its whole sentence when it leaves out much of what the
  /// sentence carries: the initials "HDC" are in the insertion, and without them the rest carried too little for
  /// any rule to link the outlet.
  @Test func aUnitThatLeavesOutWhatTheSentenceCarriesIsNotChosen() throws {
    let unit = try bestUnit(
      "The magistrate later refused Vela bail, and she remains in the Harbour Detention Centre in Calderwick.",
      in:
        "A magistrate refused her bail the request, that left her where she has already spent weeks, HDC in Old Quay, Calderwick."
    )
    #expect(unit.kind == nil)
  }

  @Test func differentWordsForTheSameThingAlign() {
    let found = matches(
      "Norway lifted its ferry subsidy by a third.",
      sources: [("fjord.txt", Self.filler + "\nThe Norwegian government raised its ferry subsidy by a third.")])
    #expect(found.map(\.text) == ["The Norwegian government raised its ferry subsidy by a third."])
  }

  /// "None" and "either" are function words, as "no" and "any" are: a key-facts line that writes the claim with
  /// them is carried by the outlet that writes it without.
  @Test func aDenialWrittenWithNoneOrEitherIsCarriedAsWithNo() throws {
    #expect(
      try carried("Danger to the town: none, from either storm.", by: "The storms pose no danger to the town.") == 1)
  }

  @Test func aSurnameWithATitleIsTheSamePersonAsTheFullName() {
    let found = matches(
      "Ines Vela opened the new pier.",
      sources: [("pier.txt", Self.filler + "\nHarbour master Vela opened the new pier on Friday.")])
    #expect(found.first?.match.carried == 1)
  }

  @Test(arguments: [
    (
      "The PCHA will dredge the channel in May.",
      "The Port of Calderwick Harbour Authority will dredge the channel in May."
    ),
    ("The Calderwick Harbour Authority will dredge the channel in May.", "The CHA will dredge the channel in May."),
    ("The NFF will dredge the channel in May.", "The National Fund for Ferries will dredge the channel in May."),
  ])
  func initialsCarryTheNameTheySpell(draft: String, source: String) throws {
    #expect(try carried(draft, by: source) == 1)
  }

  @Test func initialsThatSpellAnotherNameDoNot() throws {
    #expect(
      try carried(
        "The CHA will dredge the channel in May.", by: "The Calder Ferry Board will dredge the channel in May.")
        < 1)
  }

  /// A day after "Jan." is a date, as it is after "January"; "Jan" before a name is a given name.
  @Test func monthsThatAreAlsoWordsAreReadBeforeADay() throws {
    #expect(
      try carried(
        "The council will vote on the ferry subsidy on January 12.",
        by: "The council votes on the ferry subsidy Jan. 12.") == 1)
    func normalized(_ text: String) -> [String] {
      Tokenizer.tokens(in: text, range: 0..<text.utf8.count).map(\.normalized)
    }
    let named = normalized("Jan Vela met the pilots on Mar 3.")
    #expect(named.first == "jan")
    #expect(named.contains(Normalizer.normalize("march")))
    // An ordinal day names the month as a bare one does; a number past any month's days does not.
    #expect(normalized("The ferry sails Mar 3rd.").contains(Normalizer.normalize("march")))
    #expect(normalized("Jan 40 pilots signed.").first == "jan")
  }

  /// `inspect alignment` names the step that carried each word the source writes another way.
  @Test func eachBridgeIsNamedForTheWordItCarried() throws {
    let source = "The Norwegian Harbour Authority raised the dredging budget in May, Vela announced."
    let draft = "The NHA lifted the redredging budget in May, Ines Vela said in an announcement from Norway."
    let corpus = Corpus(
      articles: [SourceArticle(path: "/story/sources/port.txt", text: Self.filler + "\n" + source)], problems: [])
    let analysis = DraftAnalysis(text: draft, format: .plain, corpus: corpus)
    let match = try #require(analysis.alignments.first?.first)
    let bridged = Aligner.bridges(draft: analysis.tokens[0], matches: [match], corpus: corpus)[0].map { bridged in
      (word: TextBuffer(draft).slice(analysis.tokens[0][bridged.token].range), bridge: bridged.bridge)
    }
    #expect(bridged.map(\.word) == ["NHA", "lifted", "redredging", "Ines", "announcement", "Norway"])
    #expect(bridged.map(\.bridge) == [.initials, .paraphrase, .again, .givenName, .inflection, .paraphrase])
  }

  @Test func aReportingVerbChangedOrDroppedCostsNothing() {
    let said = matches(
      "Vela said the dredger would arrive in May.",
      sources: [("dredge.txt", Self.filler + "\nThe dredger will arrive in May, Vela told reporters.")])
    #expect(said.first?.match.carried == 1)
  }

  /// "I'm gonna" and "I'll" are function words contracted: a quote retold with either carries the same claim.
  @Test func contractedFunctionWordsCarryNoClaim() throws {
    let retold = try carried(
      "“I'm gonna reopen the pier soon,” Vela said.", by: "- I'll reopen the pier soon, Vela said.")
    #expect(retold == 1)
  }

  @Test func anUnrelatedSentenceSharingOneNameDoesNotAlign() {
    let found = matches(
      "Ines Vela opened the new pier.",
      sources: [("other.txt", Self.filler + "\nIn 2019 Ines Vela sailed a trawler to Iceland with her brother.")])
    #expect(found.isEmpty)
  }
}
