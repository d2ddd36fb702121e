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

  // MARK: - The decision

  @Test func negationLowersTheDecision() {
    let sources = [("a.txt", Self.filler + "\nThe council approved the ferry subsidy.")]
    let plain = matches("The council approved the ferry subsidy on Tuesday night.", sources: sources)
    let negated = matches("The council did not approve the ferry subsidy on Tuesday night.", sources: sources)
    #expect(plain.first?.match.carriage.negationDiffers == 0)
    #expect(negated.first.map { $0.match.carriage.negationDiffers } ?? 1 == 1)
    #expect((negated.first?.match.score ?? 0) <= (plain.first?.match.score ?? 0))
  }

  /// A negation over words the draft does not have ("because no dredger had worked the port") denies nothing the draft
  /// says; one governing the draft's words does ("did not approve the subsidy").
  @Test func aNegationCountsOnlyOverWhatTheDraftSays() throws {
    let draft = "The harbour master said the channel was silting."
    let aside = matches(
      draft,
      sources: [
        (
          "quay.txt",
          Self.filler
            + "\nThe harbour master said the channel was silting because no dredger had worked the port since 2019."
        )
      ])
    let first = try #require(aside.first)
    #expect(first.match.carriage.negationDiffers == 0)
    #expect(first.match.rule == .containment)
    let denying = matches(
      "The council approved the ferry subsidy.",
      sources: [
        ("vote.txt", Self.filler + "\nThe council did not approve the ferry subsidy, the mayor said on Friday.")
      ])
    #expect(denying.first.map { $0.match.carriage.negationDiffers } ?? 1 == 1)
  }

  /// A span that states the opposite outcome ("found guilty" where the draft says "acquitted") has the claim's
  /// words with the claim reversed: neither containment nor a rule for spans the model doubts links it.
  @Test func aSpanThatSaysTheOppositeIsNotLinkedByTheWordsItShares() {
    let reversed = matches(
      "A jury in Calderwick acquitted the former harbour master of fraud on Friday.",
      sources: [
        ("verdict.txt", Self.filler + "\nThe former harbour master was found guilty of fraud by a jury in Calderwick.")
      ])
    #expect(reversed.allSatisfy { $0.match.carriage.saysTheOpposite })
    #expect(reversed.allSatisfy { $0.match.rule == .model }, "\(reversed.map(\.match.rule))")
    let agreeing = matches(
      "A jury in Calderwick acquitted the former harbour master of fraud on Friday.",
      sources: [
        ("verdict.txt", Self.filler + "\nThe former harbour master was cleared of fraud by a jury in Calderwick.")
      ])
    #expect(agreeing.first.map { !$0.match.carriage.saysTheOpposite } == true)
  }

  /// A span that names the claim's setting but not its outcome ("the jury in the fraud and perjury trial of the
  /// former harbour master" for "acquitted … of fraud and perjury") shares most of its words and none of what
  /// came of it: neither containment nor the article-best rule links it, and the article's span that states the
  /// outcome is its best.
  @Test func aSpanThatLeavesOutTheOutcomeIsNotLinkedByTheWordsItShares() throws {
    let verdict =
      Self.filler + """

        It was 11:40 a.m. on Friday when the jury in the fraud and perjury trial of former harbour master Tomas Reyes sent out its note.
        Former harbour master Tomas Reyes wept in the dock after he was acquitted of both charges.
        """
    let found = matches(
      "Former harbour master Tomas Reyes was acquitted on Friday of fraud and perjury.",
      sources: [("verdict.txt", verdict)])
    let setting = found.filter { $0.text.hasPrefix("It was 11:40") }
    #expect(setting.allSatisfy { $0.match.carriage.leavesOutTheOutcome })
    #expect(setting.isEmpty, "\(setting.map(\.match.rule))")
    let first = try #require(found.first)
    #expect(first.text.hasPrefix("Former harbour master Tomas Reyes wept"))
  }

  /// A span that gives the draft's figures states the outcome in them, whatever its words ("5 percent higher" for
  /// "rose 5 percent").
  @Test func aSpanGivingTheDraftsFiguresStatesTheOutcome() throws {
    let found = matches(
      "Ferry fares rose 5 percent in March.",
      sources: [("fares.txt", Self.filler + "\nFerry fares were 5 percent higher in March, the council said.")])
    let first = try #require(found.first)
    #expect(!first.match.carriage.leavesOutTheOutcome)
    #expect(first.match.score >= 0.5)
  }

  /// So does a span that gives another figure of the same thing where the draft changed one: the changed figure
  /// keeps the span linked, so that the figure check sees the change.
  @Test(arguments: ["10", "12"])
  func aSpanGivingAnotherFigureInTheChangedOnesPlaceStatesTheOutcome(_ years: String) throws {
    let source = "Reyes faces up to 10 years in prison on each of the two counts."
    let found = matches(
      "Reyes was convicted on two counts, each carrying up to \(years) years in prison.",
      sources: [("sentence.txt", Self.filler + "\n" + source)])
    let first = try #require(found.first)
    #expect(first.text == source)
    #expect(!first.match.carriage.leavesOutTheOutcome)
    #expect(first.match.rule.isStrong)
  }

  /// A span that carries the draft's names and nothing said of them ("Reyes is back in Calderwick Prison") does
  /// not take its article's best place from a span that carries what the draft says ("a judge refused Reyes bail").
  @Test func aSpanOfNamesAloneDoesNotTakeItsArticlesBestPlace() throws {
    let custody =
      Self.filler + """

        Tomas Reyes is back in Calderwick Prison on the North Quay, despite hoping to walk free.
        A judge refused Tomas Reyes bail after the hearing on Friday.
        """
    let found = matches(
      "The judge later refused Reyes bail, and he remains in Calderwick Prison on the North Quay.",
      sources: [("custody.txt", custody)])
    let first = try #require(found.first)
    #expect(first.text.hasPrefix("A judge refused"), "\(found.map(\.text))")
    #expect(!found.contains { $0.text.hasPrefix("Tomas Reyes is back") })
  }

  /// A span that says both ("acquitted of fraud but convicted of perjury") does not reverse the claim.
  @Test func aSpanThatSaysBothOutcomesDoesNotSayTheOpposite() throws {
    let found = matches(
      "The former harbour master was acquitted of fraud.",
      sources: [
        ("verdict.txt", Self.filler + "\nThe former harbour master was acquitted of fraud but convicted of perjury.")
      ])
    let first = try #require(found.first)
    #expect(!first.match.carriage.saysTheOpposite)
  }

  @Test func containmentDecidesWhenTheSourceCarriesAllOfTheClaim() throws {
    let found = matches(
      "The ferry subsidy was approved.",
      sources: [
        ("long.txt", Self.filler + "\nAfter six hours of argument and two adjournments the ferry subsidy was approved.")
      ])
    let first = try #require(found.first)
    #expect(first.match.rule == .containment)
  }

  /// A span that contains the claim may leave out where it happened, the names "in" introduces, but not who it is
  /// about, nor set it somewhere else.
  @Test(arguments: [
    ("In Calderwick, the council approved the ferry subsidy after a long night.", "", true),
    ("The council in Calderwick approved the ferry subsidy after a long night.", "", true),
    ("Ines Vela and the council approved the ferry subsidy after a long night.", "", false),
    ("The council in Calderwick approved the ferry subsidy after a long night.", " in Port Essel", false),
  ])
  func containmentForgivesASpanTheSettingOnly(draft: String, sourceSetting: String, contained: Bool) throws {
    let source = "After six hours of argument, the council\(sourceSetting) approved the ferry subsidy late at night."
    let first = try #require(matches(draft, sources: [("council.txt", Self.filler + "\n" + source)]).first)
    #expect((first.match.rule == .containment) == contained, "\(first.match.rule) \(first.match.carried)")
  }

  /// A claim of three words is contained only nearly whole: two of them ("last", "week") are what any sentence of
  /// another claim may share.
  /// A short claim's few words, scattered through a long sentence in another order, are there by chance; in its
  /// order they are the claim. A word said twice counts once, so "Silting is silting" with its speaker is short.
  @Test(arguments: [
    (
      "The master of the old harbour reminded the board that its dredger had failed, and that if the channel kept silting, the port would close.",
      false
    ),
    ("\u{201C}Silting is silting,\u{201D} the harbour master added later, warning that the port would close.", true),
  ])
  func aShortClaimIsContainedOnlyWithItsWordsInOrder(source: String, contained: Bool) throws {
    let draft = "\u{201C}Silting is silting,\u{201D} the harbour master said."
    #expect(try carriage(draft, source).draftContentWords == 3)
    let found = matches(draft, sources: [("source.txt", Self.filler + "\n" + source)])
    #expect(found.contains { $0.match.rule == .containment } == contained, "\(found.map(\.match.rule))")
  }

  /// An article's best span must carry more than half of a short claim of words: one of its words and a name the
  /// story repeats are no claim. A short claim that gives a figure is judged by the figure's bars: the figure is
  /// the particular thing it says, and the figure check needs the span to compare it.
  @Test(arguments: [
    ("\u{201C}This will be a challenge\u{201D} for Calderwick, said Vela.", false),
    ("Calderwick paid \u{00A3}4.2 million, Vela said.", true),
  ])
  func anArticlesBestSpanCarriesMoreThanHalfOfAShortClaimOfWords(draft: String, linked: Bool) throws {
    let found = matches(
      draft,
      sources: [
        (
          "source.txt",
          """
          The port of Calderwick handles grain, timber and fish.
          Ferries leave Calderwick every hour in summer.
          Calderwick has about 12,000 residents.
          At first, that is how the crews saw the challenge to Calderwick and its \u{00A3}4.2 million bill.
          """
        )
      ])
    #expect(found.isEmpty != linked, "\(found.map { ($0.match.rule, $0.match.carried) })")
    #expect(found.allSatisfy { $0.match.rule == .articleBest })
  }

  @Test func aShortClaimIsContainedOnlyNearlyWhole() throws {
    let found = matches(
      "Last week it flooded.",
      sources: [("other.txt", Self.filler + "\nLast week the council met in the old town hall to choose a mayor.")])
    #expect(found.allSatisfy { $0.match.rule != .containment }, "\(found.map(\.match.rule))")
  }

  /// Containment forgives a span what it adds. A span shorter than the draft adds little and leaves out part of
  /// the claim, so it must carry nearly all of it; half is not enough.
  @Test func aSpanShorterThanTheDraftMustCarryNearlyAllOfTheClaimForContainment() throws {
    let source = [("short.txt", Self.filler + "\nThe council approved the ferry subsidy.")]
    let half = try #require(
      matches("The council approved the ferry subsidy after a long debate about fares.", sources: source).first)
    #expect(half.match.carriage.draftIsLonger)
    #expect(half.match.carried >= 0.5 && half.match.carried < 0.8, "\(half.match.carried)")
    #expect(half.match.rule != .containment)
    let whole = try #require(
      matches("The council approved the ferry subsidy, and it did so again.", sources: source).first)
    #expect(whole.match.carriage.draftIsLonger)
    #expect(whole.match.rule == .containment)
  }

  /// The features of a one-sentence draft against one source sentence, as `inspect pairs` reads them.
  func carriage(_ draft: String, _ source: String) throws -> Carriage {
    let corpus = Corpus(
      articles: [
        SourceArticle(path: "filler.txt", text: Self.filler), SourceArticle(path: "source.txt", text: source),
      ],
      problems: [])
    let tokens = Tokenizer.tokens(in: draft, range: 0..<draft.utf8.count)
    return try #require(
      Aligner.bestSpan(draft: tokens, sentence: SentenceRef(article: 1, sentence: 0), corpus: corpus)?.carriage)
  }

  @Test func theEditDistanceCountsRewordingNotExtraWords() throws {
    let draft = "The council approved the ferry subsidy."
    #expect(try carriage(draft, "After a long night the council approved the ferry subsidy.").editDistance == 0)
    #expect(try carriage(draft, "The council rejected the ferry plan.").editDistance == 2.0 / 6.0)
  }

  /// Past its bound the distance is not computed (its cost grows with the product of the lengths): a run of text
  /// with no full stop, however like the draft, counts as worded as differently as can be.
  @Test func theEditDistanceIsNotComputedPastItsBound() throws {
    let run = Array(repeating: "the ferry left the quay", count: 120).joined(separator: " and ")
    #expect(try carriage(run + ".", run + ".").editDistance == 1)
    #expect(try carriage("The ferry left the quay.", "The ferry left the quay.").editDistance == 0)
  }

  @Test func figuresUnequalWhenEitherSideGivesOneTheOtherDoesNot() throws {
    let draft = "The town has 12,000 residents."
    #expect(try carriage(draft, "The town has 12,000 residents.").figuresUnequal == 0)
    #expect(try carriage(draft, "The town has 12,000 residents and 3 ferries.").figuresUnequal == 1)
  }

  @Test func uncarriedWordsCountWhatOneSideSaysAndTheOtherDoesNot() throws {
    let draft = "The council approved the ferry subsidy."
    #expect(try carriage(draft, "The council approved the ferry subsidy.").uncarriedWords == 0)
    let more = try carriage(draft, "The council approved the ferry subsidy and a concrete pier.")
    #expect(abs(more.uncarriedWords - log(3)) < 1e-9)
  }

  /// A span giving another figure of what the draft measures, where another article gives the draft's, speaks of
  /// another claim: its few other words ("crossing", "minutes") no longer make it a carrier by containment.
  @Test func containmentDoesNotDecideForASpanGivingAnotherFigureOfTheClaim() throws {
    let draft = "Before the storm, one crossing took 2 hours and 15 minutes."
    let other = "Since the storm, the crossing took 20 minutes longer."
    let found = matches(
      draft,
      sources: [
        ("gale.txt", Self.filler + "\n" + other),
        ("tide.txt", Self.filler + "\nThe crossing used to take 2 hours and 15 minutes, before the harbour silted."),
      ])
    let gale = try #require(found.first { $0.text == other })
    #expect(gale.match.carriage.givesAnotherFigure)
    #expect(gale.match.rule != .containment)
    // Where no article gives the draft's figure, the span's is a changed number in the same claim.
    let alone = try #require(matches(draft, sources: [("gale.txt", Self.filler + "\n" + other)]).first)
    #expect(!alone.match.carriage.givesAnotherFigure)
  }

  /// A span that gives one of the draft's figures and leaves out another ("cut by 20 minutes" for a draft that
  /// gives the crossing's length too) gives no other figure of what the draft measures; one that gives a figure the
  /// draft does not give does.
  @Test(arguments: [("20 minutes", false), ("25 minutes", true)])
  func aSpanGivingOneOfTheDraftsFiguresGivesNoOther(cut: String, another: Bool) throws {
    let found = try carriage(
      "The new engines cut the 2-hour, 15-minute crossing by 20 minutes.",
      "Ferry crossing cut by \(cut)\n\nThe crossing used to take 2 hours and 15 minutes.")
    #expect(found.givesAnotherFigure == another)
  }

  /// A span that gives none of the draft's figure, nor any other figure of what it measures, leaves out the most
  /// particular thing the claim says: the words it shares ("called", "success", "ferry crew") are the claim's
  /// setting, not the claim.
  @Test func containmentDoesNotDecideForASpanLeavingOutTheDraftsFigure() throws {
    let draft = "The port called a change of 12 sailings a success for the ferry crew."
    let source =
      "The port chief called in to the quay ceremony on Tuesday to thank the ferry crew for its successful and "
      + "historic first season on the island route."
    let found = try #require(matches(draft, sources: [("quay.txt", Self.filler + "\n" + source)]).first)
    #expect(found.match.carriage.missingFigures > 0)
    #expect(found.match.carried >= 0.5, "\(found.match.carried)")
    #expect(found.match.rule != .containment)
  }

  /// A month is a date the claim states: a span that does not name it does not contain the claim, whatever else of
  /// it the span carries; one that names it does.
  @Test func containmentDoesNotDecideForASpanLeavingOutTheDraftsMonth() throws {
    let draft = "Vela was arrested last September."
    let without = "Vela has been held in the harbour jail since her arrest last year, the court heard."
    let left = try #require(matches(draft, sources: [("jail.txt", Self.filler + "\n" + without)]).first)
    #expect(left.match.carriage.missingFigures > 0)
    #expect(left.match.carried >= 0.5, "\(left.match.carried)")
    #expect(left.match.rule != .containment)
    let with = "Vela was arrested in September last year, the court heard."
    let named = try #require(matches(draft, sources: [("court.txt", Self.filler + "\n" + with)]).first)
    #expect(named.match.carriage.missingFigures == 0)
    #expect(named.match.rule == .containment || named.match.rule == .model)
  }

  @Test func containmentDoesNotDecideWhenOneSideDeniesTheOther() {
    let source = "After six hours of argument and two adjournments the ferry subsidy was approved."
    let found = matches("The ferry subsidy was not approved.", sources: [("long.txt", Self.filler + "\n" + source)])
    #expect(found.allSatisfy { $0.match.rule != .containment })
  }

  // MARK: - Bridges

  @Test(arguments: [
    ("raised", "lifted"), ("quickest", "fastest"), ("Norwegian", "Norway"), ("slashed", "reduced"),
    ("reopened", "reopened"), ("pledged", "vowed"), ("struck", "slammed"), ("danger", "threat"),
    ("cleared", "acquitted"), ("Sept", "September"), ("Dec", "December"), ("altered", "changed"),
    ("modifies", "change"), ("across", "wide"), ("impact", "collision"), ("prayer", "prayed"), ("virtual", "remote"),
    ("guilty", "convicted"), ("denied", "refused"), ("rejects", "refuse"), ("conceded", "acknowledged"),
    ("admits", "concedes"), ("diameter", "wide"), ("technique", "method"), ("trajectory", "course"),
    ("counts", "charges"), ("gained", "rose"), ("advanced", "climbed"), ("relatives", "family"), ("freed", "released"),
    ("free", "bail"), ("briefing", "conference"),
  ])
  func bridgedWordsMeet(_ first: String, _ second: String) {
    #expect(Normalizer.normalize(first) == Normalizer.normalize(second))
  }

  /// The percent sign, written or spelled out, is the figure's and no word of the claim.
  @Test(arguments: ["rose 5% in March", "rose 5 percent in March", "rose 5 pct in March"])
  func aPercentageCarriesTheSameWrittenAnyWay(_ draft: String) throws {
    let source = "Ferry fares at Calderwick rose five per cent in March."
    #expect(try carried("Ferry fares at Calderwick " + draft + ".", by: source) == 1)
    #expect(
      try #require(
        matches(source, sources: [("fares.txt", Self.filler + "\nFerry fares at Calderwick " + draft + ".")]).first
      ).match.carried == 1)
  }

  @Test func phrasesMeetTheirOneWordEquivalent() {
    let phrase = Tokenizer.tokens(in: "called for", range: 0..<10)
    #expect(phrase.first?.normalized == Normalizer.normalize("urge"))
    let stepDown = Tokenizer.tokens(in: "stepped down", range: 0..<12)
    #expect(stepDown.first?.normalized == Normalizer.normalize("resigned"))
    let goingUp = Tokenizer.tokens(in: "going up", range: 0..<8)
    #expect(goingUp.first?.normalized == Normalizer.normalize("rises"))
    // Only the word right after the verb is its particle.
    let apart = Tokenizer.tokens(in: "called it for", range: 0..<13)
    #expect(apart.first?.normalized == Normalizer.normalize("call"))
  }

  /// A change verb that moves a body tells no change of quantity: "dropped to his knees" keeps its own stem, and a
  /// span that tells the scene in other words is not refused for leaving out a fall. "Dropped to 5 percent" falls.
  @Test func aChangeVerbThatMovesABodyIsNoOutcome() throws {
    func first(_ text: String) -> String? { Tokenizer.tokens(in: text, range: 0..<text.utf8.count).first?.normalized }
    #expect(first("dropped to his knees") != Normalizer.normalize("fell"))
    #expect(first("rose to their feet") != Normalizer.normalize("rise"))
    #expect(first("fell to the ground") != Normalizer.normalize("fall"))
    #expect(first("dropped to 5 percent") == Normalizer.normalize("fell"))
    #expect(first("fell to the lowest level") == Normalizer.normalize("fell"))
    let source = "When the verdict was read, Reyes knelt in the dock and appeared to say a prayer, reporters said."
    let found = matches(
      "Reyes dropped to his knees in the dock and appeared to pray when the verdict was read.",
      sources: [("verdict.txt", Self.filler + "\n" + source)])
    let scene = try #require(found.first)
    #expect(scene.text == source)
    #expect(!scene.match.carriage.leavesOutTheOutcome)
  }

  /// "Found not guilty" asserts an acquittal: it meets "acquitted", and its "not" denies nothing (the index reads it
  /// so too: `AlignerTests.theIndexReadsNotGuiltyAsAcquitted`). "Not found guilty" and "not guilty" apart stay as they were.
  @Test func notGuiltyIsAcquitted() throws {
    let acquitted = Normalizer.normalize("acquitted")
    #expect(Tokenizer.tokens(in: "found not guilty", range: 0..<16).last?.normalized == acquitted)
    #expect(Tokenizer.tokens(in: "not found guilty", range: 0..<16).last?.normalized != acquitted)
    // A plea is no verdict, nor is its "guilty" a verdict's: the counts a harbour master denied are not those a jury
    // found him guilty on.
    #expect(Tokenizer.tokens(in: "pleaded not guilty", range: 0..<18).last?.normalized != acquitted)
    let pleaded = DraftAnalysis(
      text:
        "A jury found the harbour master guilty on two counts of fraud. He had pleaded not guilty to all five counts.",
      format: .markdown, corpus: Corpus(articles: [], problems: []))
    #expect(pleaded.findings.isEmpty)
    func carriage(_ source: String) throws -> Carriage {
      try #require(
        matches(
          "A jury found the former harbour master not guilty of fraud.",
          sources: [("verdict.txt", Self.filler + "\n" + source)]
        ).first
      ).match.carriage
    }
    let acquittal = try carriage("A jury acquitted the former harbour master of fraud on Friday.")
    #expect(acquittal.negationDiffers == 0 && !acquittal.saysTheOpposite)
    #expect(acquittal.carried > 0.8, "all but \"found\"")
    #expect(try carriage("A jury found the former harbour master guilty of fraud on Friday.").saysTheOpposite)
  }

  @Test func reportingWordsCarryNoClaim() {
    for word in ["told", "added", "noted", "reporters"] {
      #expect(Normalizer.analyze(word).isStopWord, "\(word)")
    }
  }

  @Test func aMonthIsNotANameTheSpanMisses() throws {
    let found = matches(
      "The dredger reached Calderwick on September 26.",
      sources: [("dredge.txt", Self.filler + "\nA Dutch dredger reached Calderwick on Sept. 26 after a week at sea.")])
    let first = try #require(found.first)
    #expect(first.match.carriage.missingNames == 0)
    #expect(first.match.carried == 1)
  }

  /// A word no source uses is the writer's own wording and weighs half, once the sources say enough for that to
  /// mean something; a name no source uses is a fact and keeps its weight.
  @Test func aWordNoSourceUsesWeighsLessOnceTheSourcesSayEnough() throws {
    let source = Self.filler + "\nThe harbour master said the north channel was silting up."
    let timetable = (1...40).map { "Timetable line \($0) lists a ferry at \($0) past the hour." }
    func carried(_ draft: String, sayingEnough: Bool) throws -> Double {
      let sources =
        [("tide.txt", source)] + (sayingEnough ? [("timetable.txt", timetable.joined(separator: "\n"))] : [])
      return try #require(matches(draft, sources: sources).first { $0.text.contains("silting") }).match.carried
    }
    let wording = "The harbour master said the north channel was silting and choking."
    let name = "The harbour master, Okafor, said the north channel was silting."
    #expect(try carried(wording, sayingEnough: true) > carried(name, sayingEnough: true))
    #expect(try abs(carried(wording, sayingEnough: false) - carried(name, sayingEnough: false)) < 0.001)
    // `inspect alignment` lists the words so weighed.
    let corpus = Corpus(
      articles: [
        SourceArticle(path: "/story/tide.txt", text: source),
        SourceArticle(path: "/story/timetable.txt", text: timetable.joined(separator: "\n")),
      ], problems: [])
    for draft in [wording, name] {
      let tokens = Tokenizer.tokens(in: draft, range: 0..<draft.utf8.count)
      let own = Aligner.ownWording(draft: tokens, corpus: corpus).map { TextBuffer(draft).slice(tokens[$0].range) }
      #expect(own == (draft == wording ? ["choking"] : []))
    }
  }

  /// A day of the month is a date, not a count: "two" is not carried by "July 2", while "Sept. 26", "September 26"
  /// and "26 September" are one day.
  @Test func aDayOfTheMonthIsNoCount() throws {
    let count = "The harbour board fined two ferry operators."
    #expect(try carriage(count, "The harbour board met the ferry operators on July 2.").sharedFigures == 0)
    #expect(try carriage(count, "The harbour board met 2 ferry operators.").sharedFigures == 1)
    let date = "The dredger reached Calderwick on September 26."
    for source in [
      "The dredger reached Calderwick on 26 September.", "On Sept. 26 the dredger reached Calderwick.",
      "The dredger reached Calderwick on September 26th.", "On the 26th of September the dredger reached Calderwick.",
    ] {
      #expect(try carried(date, bySentence: source) == 1)
      #expect(try carriage(date, source).sharedFigures == 1, "\(source)")
    }
    #expect(try carried(date, bySentence: "The dredger reached Calderwick with 26 crew.") < 1)
  }

  /// How much of a one-sentence draft one source sentence carries, read as alignment reads a candidate; `elsewhere`
  /// is the rest of its article, and so what the article also gives.
  func carried(_ draft: String, bySentence source: String, elsewhere: String = "") throws -> Double {
    let corpus = Corpus(
      articles: [
        SourceArticle(path: "/story/sources/source.txt", text: Self.filler + "\n" + source + "\n" + elsewhere)
      ],
      problems: [])
    let tokens = Tokenizer.tokens(in: draft, range: 0..<draft.utf8.count)
    // The filler is three sentences: the source sentence is the fourth.
    return try #require(Aligner.bestSpan(draft: tokens, sentence: SentenceRef(article: 0, sentence: 3), corpus: corpus))
      .carried
  }

  /// A figure both sides give counts as carried content. One the source gives differently, where the article gives
  /// the draft's figure elsewhere, is left out of the share rather than held against it; one a source that gives
  /// no figure at all leaves out is part of the claim it does not carry.
  @Test func sharedFiguresCarryTheClaimDifferingOnesAreNeutralAndMissingOnesAreNot() throws {
    let draft = "The ferry subsidy will cost Calderwick 40 crowns a crossing."
    let elsewhere = "Last winter a crossing cost 40 crowns."
    let same = try carried(draft, bySentence: "The subsidy will cost the town 40 crowns a crossing, Calderwick said.")
    let different = try carried(
      draft, bySentence: "The subsidy will cost the town 45 crowns a crossing, Calderwick said.", elsewhere: elsewhere)
    let none = try carried(
      draft, bySentence: "The subsidy will cost the town some crowns a crossing, Calderwick said.", elsewhere: elsewhere
    )
    #expect(same > different)
    #expect(different > none + 0.05)
  }

  /// A figure no source gives, where the span gives a figure of the same thing, is a changed number in the same
  /// claim: it keeps its place, so a short sentence whose number was changed still aligns and the figure check
  /// sees the change.
  @Test func aChangedFigureNoSourceGivesKeepsItsPlace() throws {
    let draft = "A delay of just 15 minutes would count as a failure, the harbour office said."
    let source = "The harbour office said a delay of 10 minutes would be a failure."
    let changed = try carried(draft, bySentence: source)
    let unchanged = try carried(draft.replacingOccurrences(of: "15", with: "10"), bySentence: source)
    #expect(abs(changed - unchanged) < 0.001)
    let found = matches(draft, sources: [("office.txt", Self.filler + "\n" + source)])
    let first = try #require(found.first)
    let analysis = DraftAnalysis(text: draft, format: .plain, corpus: Corpus(articles: [], problems: []))
    let bridged = Aligner.bridges(
      draft: analysis.tokens[0], matches: [first.match],
      corpus: Corpus(
        articles: [SourceArticle(path: "/story/sources/office.txt", text: Self.filler + "\n" + source)], problems: []))[
        0]
    #expect(bridged.map(\.bridge) == [.figureSlot])
  }

  /// A weekday no article names, where the span names another, is the claim's day changed: it keeps its place as a
  /// changed figure does. One the article names elsewhere is another claim's day, and a span naming no weekday
  /// does not carry it. A month is left to its day (`AlignerTests.aDayIsADayOfItsMonth`).
  @Test func aChangedWeekdayKeepsItsPlace() throws {
    let source = "The harbour board announced on Tuesday that the north channel would be dredged in October."
    let faithful = "The harbour board said on Tuesday that it would dredge the north channel in October."
    let unchanged = try carried(faithful, bySentence: source)
    let otherDay = try carried(faithful.replacingOccurrences(of: "Tuesday", with: "Monday"), bySentence: source)
    #expect(abs(otherDay - unchanged) < 0.001, "\(otherDay) against \(unchanged)")
    let otherMonth = try carried(faithful.replacingOccurrences(of: "October", with: "November"), bySentence: source)
    #expect(otherMonth < unchanged - 0.02, "\(otherMonth) against \(unchanged)")
    // The article names Monday elsewhere: the draft's Monday may be that sentence's.
    let namedElsewhere = try carried(
      faithful.replacingOccurrences(of: "Tuesday", with: "Monday"), bySentence: source,
      elsewhere: "The dredger arrived on Monday.")
    #expect(namedElsewhere < unchanged - 0.02, "\(namedElsewhere) against \(unchanged)")
    // A span naming no weekday leaves the draft's out.
    let noDay = "The harbour board announced that the north channel would be dredged in October."
    let withDay = try carried(faithful, bySentence: noDay)
    let withOtherDay = try carried(faithful.replacingOccurrences(of: "Tuesday", with: "Monday"), bySentence: noDay)
    #expect(abs(withDay - withOtherDay) < 0.001)
    #expect(withDay < unchanged - 0.02)
  }

  /// A draft figure of something the span gives no figure of is part of the claim the span leaves out, whatever
  /// other figures it gives: "34 witnesses" is no more carried by a span giving "3 days" than by one giving none.
  /// A year counts nothing: another year is left out of the share; so is a bare "one".
  @Test func aFigureOfWhatTheSpanGivesNoFigureOfIsNotCarried() throws {
    let draft = "The harbour master's lawyers called 34 witnesses."
    let sameThing = try carried(draft, bySentence: "The harbour master's lawyers called 12 witnesses.")
    let otherThing = try carried(draft, bySentence: "The harbour master's lawyers called witnesses for 3 days.")
    let none = try carried(draft, bySentence: "The harbour master's lawyers called witnesses for several days.")
    #expect(sameThing > otherThing + 0.05)
    #expect(abs(otherThing - none) < 0.001)
    // A year counts nothing, whatever word follows it: another year is left out of the share, as a figure given
    // differently is.
    let year = try carried(
      "The pier is due to reopen by 2027 and will take 40 boats.",
      bySentence: "The pier, which will take 40 boats, is due to reopen in 2026.")
    #expect(year > 0.99, "\(year)")
    // A bare "one" is seldom a figure of the claim.
    let someDay = try carried(
      "The harbour master said the dredger could one day clear the channel.",
      bySentence: "The dredger could clear the channel some day, the harbour master said.")
    #expect(someDay > 0.99, "\(someDay)")
  }

  /// `inspect` names the bridges the decision used: where another outlet gives the draft's figure, a span with
  /// another figure is not shown carrying it by its place.
  @Test func theFigureSlotBridgeIsShownOnlyWhereTheDecisionUsedIt() throws {
    let draft = "The crossing to Calderwick now takes 11 hours and 23 minutes, the ferry company said."
    let corpus = Corpus(
      articles: [
        SourceArticle(
          path: "/story/sources/before.txt",
          text: Self.filler + "\nThe crossing to Calderwick took 11 hours and 55 minutes, the ferry company said."),
        SourceArticle(
          path: "/story/sources/after.txt",
          text: Self.filler + "\nThe crossing to Calderwick now takes 11 hours and 23 minutes, the ferry company said."),
      ], problems: [])
    let analysis = DraftAnalysis(text: draft, format: .plain, corpus: corpus)
    let before = try #require(analysis.alignments[0].first { $0.article == 0 })
    #expect(
      !Aligner.bridges(draft: analysis.tokens[0], matches: [before], corpus: corpus)[0].contains {
        $0.bridge == .figureSlot
      })
  }

  /// "11 hours and 23 minutes" is one figure: where the article gives it, a span with "11 hours and 55 minutes"
  /// (the crossing before the refit) does not carry it by its 11, nor by its place.
  @Test func aFigureWrittenInPartsIsCarriedOnlyWhole() throws {
    let draft = "The ferry crossing to Calderwick now takes 11 hours and 23 minutes."
    let elsewhere = "Since the refit it takes 11 hours and 23 minutes."
    let other = try carried(
      draft, bySentence: "The crossing to Calderwick took 11 hours and 55 minutes.", elsewhere: elsewhere)
    let another = try carried(
      draft, bySentence: "The crossing to Calderwick took 12 hours and 50 minutes.", elsewhere: elsewhere)
    let same = try carried(draft, bySentence: "The crossing to Calderwick takes 11 hours and 23 minutes.")
    #expect(abs(other - another) < 0.001)
    #expect(same > other)
  }

  // MARK: - An article's best span

  @Test func anArticlesBestSpanIsLinkedWhenItCarriesEnoughOfTheClaim() throws {
    // The outlet retells the claim in other words: the model doubts it, but nothing else in the article is
    // closer, and it carries the pier, the storm and the closure.
    let found = matches(
      "Storm damage forced Calderwick to close its north pier for the rest of the winter.",
      sources: [
        (
          "gale.txt",
          Self.filler
            + "\nOfficials at Calderwick shut the north pier until spring after the storm."
            + "\nThe gale also toppled trees along the coast road."
        )
      ])
    let first = try #require(found.first)
    #expect(first.match.rule == .articleBest)
    #expect(first.text.hasPrefix("Officials at Calderwick shut the north pier"))
    #expect(found.count == 1)
  }

  /// A sentence of the language's commonest words makes no claim: it aligns to nothing, though a source sentence
  /// has both its words. One with a name or a figure of its own still aligns.
  @Test func aSentenceOfCommonWordsAlignsToNothing() {
    let sources = [("talk.txt", Self.filler + "\nVela said the port was looking for a way to pay for the dredging.")]
    #expect(matches("Look at it this way.", sources: sources).isEmpty)
    #expect(!matches("Vela looked for a way to pay.", sources: sources).isEmpty)
  }

  /// A heading of one word names a topic: it aligns to nothing, though source sentences have the word. Two words
  /// may make a claim, and do.
  @Test func aSentenceOfOneWordAlignsToNothing() {
    let sources = [("talk.txt", Self.filler + "\nCalderwick shut the north pier after the storm.")]
    #expect(matches("Calderwick", sources: sources).isEmpty)
    #expect(matches("Storm.", sources: sources).isEmpty)
    #expect(!matches("Calderwick shut.", sources: sources).isEmpty)
  }

  @Test func anArticlesBestSpanCarryingOnlyNamesIsNotLinked() {
    let found = matches(
      "Storm damage forced Calderwick to close its north pier for the rest of the winter.",
      sources: [("fair.txt", Self.filler + "\nCalderwick held its summer fair on the north quay in July.")])
    #expect(found.isEmpty)
  }

  /// Go to definition lands on a draft sentence's first match: among the spans that carry the claim, one that
  /// gives the draft's figure comes first, though another carries more of its words.
  @Test func aSpanGivingTheDraftsFigureComesFirst() throws {
    let found = matches(
      "The Orlen museum reopened on Saturday after repairs that cost £4.2 million.",
      sources: [
        (
          "a.md",
          "Listen to this article.\n\nThe Orlen museum reopened on Saturday after 18 months of repairs to its "
            + "fire-damaged east wing.\n\nThe curator said the river maps survived.\n"
        ),
        ("b.md", "Repairs to the Orlen museum cost £4.2 million, the town said.\n\nInsurance paid for most of it.\n"),
      ])
    try #require(found.count == 2)
    #expect(found[0].text.hasPrefix("Repairs to the Orlen museum cost £4.2 million"))
    #expect(found[1].match.carried > found[0].match.carried)
  }

  // MARK: - A headline

  /// A headline states part of a longer draft sentence in few words: most of it is in the draft, little of the
  /// draft is in it. Beside the body's sentence that is the article's best, it is linked by the `headline` rule;
  /// a headline the draft says little of is not.
  @Test func aHeadlineMostOfWhichTheDraftSaysIsLinked() throws {
    let story = """
      Calderwick pier reopens after storm repairs

      Harbour master Ines Vela said the north pier reopened on Friday, eight weeks after the storm closed it.

      The work took three months and was paid for by the harbour fund, which also covers the breakwater.
      """
    let draft =
      "After three months of repairs, Calderwick reopened its north pier on Friday, eight weeks after the storm "
      + "that closed it, the harbour master Ines Vela said."
    let found = matches(draft, sources: [("pier.md", story)])
    let headline = try #require(found.first { $0.text == "Calderwick pier reopens after storm repairs" })
    #expect(headline.match.rule == .headline)
    let other = matches(
      "Ferry fares at Calderwick will rise by a tenth in May, the operator said after the storm.",
      sources: [("pier.md", story)])
    #expect(!other.contains { $0.text == "Calderwick pier reopens after storm repairs" })
  }

  /// A draft sentence that joins two claims carries a headline that states one of them: the headline is judged
  /// against the clause it states, since against the whole sentence it says too little of the other claim. A
  /// headline a clause only touches on is still not linked.
  @Test func aHeadlineStatingOneClauseOfTheDraftIsLinked() throws {
    let headline = "Calderwick finishes pier repairs ahead of spring"
    let story = [
      (
        "pier.md",
        headline + "\n\nCrews laid the last planks on the north pier on Thursday, the council said.\n\n"
          + "The harbour fund paid for the work, which also covered the breakwater.\n"
      )
    ]
    let found = matches(
      "The pier repairs at Calderwick are finished: harbour master Ines Vela said on Friday that the ferry "
        + "timetable would return to normal in May, with two extra sailings each weekend.",
      sources: story)
    #expect(found.first { $0.text == headline }?.match.rule == .headline)
    let touched = matches(
      "Ferry fares at Calderwick will rise in May: the operator blamed the cost of the storm repairs.", sources: story)
    #expect(!touched.contains { $0.text == headline })
  }

  /// A headline is judged by how much of it the draft says; one giving another figure of what the draft measures,
  /// where an article read for the claim gives the draft's, says what the draft does not (The Hill's "altered
  /// orbit by 32 minutes" had been linked to a draft's "a change of 10 minutes would count as a success").
  @Test func aHeadlineGivingAnotherFigureOfTheClaimIsNotLinked() throws {
    let headline = "Calderwick pier repairs ran 12 days late, Vela says"
    let draft = "Ines Vela had said that Calderwick pier repairs running 10 days late were acceptable."
    func article(_ body: String) -> [(String, String)] { [("pier.md", headline + "\n\n" + body + "\n")] }
    let found = matches(
      draft, sources: article("Vela had said that Calderwick pier repairs running 10 days late were acceptable."))
    #expect(found.first?.text.hasPrefix("Vela had said") == true)
    #expect(!found.contains { $0.text == headline })
    // Where no article gives the draft's figure, the headline's is a changed number in the same claim.
    let alone = matches(
      draft, sources: article("Vela had said that Calderwick pier repairs running late were acceptable."))
    #expect(alone.first { $0.text == headline }?.match.rule == .headline)
  }

  // MARK: - Hover wording

  @Test func differingWordsAreMarkedAsMergedRuns() {
    let source = "Harbour master Ines Vela opened the pier"
    let draft = "The port's chief opened the pier"
    let runs = WordRuns.differing(
      Tokenizer.tokens(in: source, range: 0..<source.utf8.count),
      from: Set(Tokenizer.tokens(in: draft, range: 0..<draft.utf8.count).map(\.stem)), in: source)
    #expect(runs.map { String(decoding: Array(source.utf8)[$0], as: UTF8.self) } == ["Harbour master Ines Vela"])
  }

  @Test func reorderedWordsAreNotMarkedButParaphrasesAre() {
    let draft = Set(Tokenizer.tokens(in: "On Monday the port withdrew from the scheme", range: 0..<43).map(\.stem))
    let reordered = "The port withdrew from the scheme on Monday"
    #expect(
      WordRuns.differing(Tokenizer.tokens(in: reordered, range: 0..<reordered.utf8.count), from: draft, in: reordered)
        .isEmpty)
    let paraphrase = "The port pulled out of the scheme on Monday"
    #expect(
      WordRuns.differing(
        Tokenizer.tokens(in: paraphrase, range: 0..<paraphrase.utf8.count), from: draft, in: paraphrase
      ).count == 1)
  }

  /// Another form of a draft word is the same wording, not a difference to mark; a short stem that only begins a
  /// longer word ("port" and "portrait") is not.
  @Test func anotherFormOfADraftWordIsNotMarked() {
    let draftText = "The council deliberated for hours before the port vote"
    let draft = Set(Tokenizer.tokens(in: draftText, range: 0..<draftText.utf8.count).map(\.stem))
    let source = "After hours of deliberations the council hung a portrait"
    let runs = WordRuns.differing(Tokenizer.tokens(in: source, range: 0..<source.utf8.count), from: draft, in: source)
    #expect(runs.map { String(decoding: Array(source.utf8)[$0], as: UTF8.self) } == ["hung a portrait"])
  }

  /// A run that ends in a dotted abbreviation ends with it, not after its first letter; a sentence's full stop
  /// stays outside.
  @Test func aRunEndsWithTheAbbreviationItEndsIn() {
    let draftText = "The ferry left at noon and marshals met it in port"
    let draft = Set(Tokenizer.tokens(in: draftText, range: 0..<draftText.utf8.count).map(\.stem))
    let source = "The ferry left at 9:52 a.m. from port, and U.S. marshals met it in Calderwick."
    let runs = WordRuns.differing(Tokenizer.tokens(in: source, range: 0..<source.utf8.count), from: draft, in: source)
    #expect(
      runs.map { String(decoding: Array(source.utf8)[$0], as: UTF8.self) } == ["9:52 a.m.", "U.S.", "Calderwick"])
  }
}
