import CrosscheckCore
import Foundation
import Testing

/// The decision: what containment asks, and what a span says against the draft (a denial, the opposite, another
/// figure).
extension CarriageTests {
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
}
