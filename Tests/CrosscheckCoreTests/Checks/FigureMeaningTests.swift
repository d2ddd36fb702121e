import Testing

@testable import CrosscheckCore

/// Figure checks that compare what the figures measure.
@Suite struct FigureMeaningTests {
  static let corpus = Corpus(
    articles: [
      SourceArticle(
        path: "/s/brann-post.md",
        text:
          "---\noutlet: Brann Post\n---\nTwo crew were pulled from the water near Brann on Sunday night.\n\nThe port's budget rose 4% this year.\n"
      ),
      SourceArticle(
        path: "/s/ferry-times.md",
        text:
          "---\noutlet: Ferry Times\n---\nCoastguards pulled two crew from the water near Brann on Sunday night.\n\nBrann's port budget rose 4% this year.\n"
      ),
    ], problems: [])

  func findings(_ draft: String) -> [Finding] { figureFindings(draft, against: Self.corpus) }

  /// Whether `inconsistent-figure` finds the draft giving one quantity two values.
  func contradictsItself(_ draft: String) -> Bool { findings(draft).contains { $0.code == "inconsistent-figure" } }

  /// The draft's findings against one source article, Brann Post's, that says only `source`.
  func findings(_ draft: String, againstOneSource source: String) -> [Finding] {
    DraftAnalysis(text: draft, format: .markdown, corpus: Self.corpus(ofOneSource: source)).findings
  }

  /// A corpus of one source article, Brann Post's, that says only `source`.
  static func corpus(ofOneSource source: String) -> Corpus {
    Corpus(articles: [SourceArticle(path: "/s/brann-post.md", text: source + "\n")], problems: [])
  }

  @Test func figuresAreComparedOnlyWithWhatMeasuresTheSameThing() {
    // "Six were missing" says nothing the sources' "two were pulled from the water" measures.
    #expect(
      findings("Six crew were missing near Brann on Sunday night.").filter { $0.code == "figure-mismatch" }.isEmpty)
    #expect(
      findings("Three crew were pulled from the water near Brann on Sunday night.").contains {
        $0.code == "figure-mismatch"
      })
  }

  /// "Two lesser counts" counts what "two counts" counts: a word that qualifies the noun does not make it another
  /// quantity. Two figures whose units differ stay apart even when the words after their units say the same.
  @Test func aQualifiedNounCountsTheSameAsTheNounAlone() {
    let corpus = Corpus(
      articles: [
        SourceArticle(
          path: "/s/brann-post.md",
          text:
            "---\noutlet: Brann Post\n---\nThe jury convicted the skipper on two lesser counts of reckless sailing.\n"),
        SourceArticle(
          path: "/s/ferry-times.md",
          text: "---\noutlet: Ferry Times\n---\nThe new Brann breakwater is 160 metres across, the port said.\n"),
      ], problems: [])
    func found(_ draft: String) -> [Finding] { figureFindings(draft, against: corpus) }
    #expect(
      found("The jury convicted the skipper on three counts of reckless sailing.").contains {
        $0.code == "figure-mismatch" && $0.message.contains("Brann Post: two")
      })
    #expect(found("The jury convicted the skipper on two counts of reckless sailing.").isEmpty)
    #expect(found("The new Brann breakwater is about 500 feet wide, the port said.").isEmpty)
    let lesser = "The jury convicted the skipper on two lesser counts of reckless sailing."
    let analysis = DraftAnalysis(text: lesser, format: .plain, corpus: corpus)
    // Words are shown normalised, as the lexicon files them ("counts" with "charges").
    #expect(
      analysis.figures.first.map { analysis.measuredThing(of: $0).countedWords }
        == "lesser " + Normalizer.normalize("counts"))
  }

  @Test func aUnitOfMeasureSaysWhatIsMeasured() {
    let corpus = Corpus(
      articles: [
        SourceArticle(
          path: "/s/a.md", text: "The Brann lighthouse, which has two lamps, stands 525 feet or 160 metres high.\n")
      ], problems: [])
    let found = DraftAnalysis(text: "The Brann lighthouse is about 190 metres high.", format: .markdown, corpus: corpus)
      .findings
    #expect(found.map(\.message).contains("Draft says about 190 metres; a: 160 metres"), "\(found)")
  }

  /// "75 basis points", "0.75 percentage points" and "three quarters of a point" are worded apart but say one
  /// figure: the draft sentence aligns whichever unit the source uses, so the check compares the values in their
  /// units.
  @Test func aRateInBasisPointsIsComparedWithOneInPercentagePoints() {
    let corpus = Corpus(
      articles: [
        SourceArticle(
          path: "/s/harbour-bank.md",
          text: "The Brann Savings Bank raised its lending rate by 75 basis points on Friday.\n")
      ], problems: [])
    func mismatches(_ draft: String) -> [Finding] {
      DraftAnalysis(text: draft, format: .markdown, corpus: corpus).findings.filter { $0.code == "figure-mismatch" }
    }
    for rate in ["0.75 percentage points", "three quarters of a percentage point", "three quarters of a point"] {
      let same = "The Brann Savings Bank raised its lending rate by \(rate) on Friday."
      #expect(
        DraftAnalysis(text: same, format: .markdown, corpus: corpus).alignments.first?.first?.carried == 1, "\(rate)")
      #expect(mismatches(same).isEmpty, "\(rate)")
    }
    #expect(mismatches("The Brann Savings Bank raised its lending rate by 0.5 percentage points on Friday.").count == 1)
  }

  /// "miles per hour" and "mph" (and "km/h" and "kph") are one unit: the figures are compared.
  @Test(arguments: [
    ("The ferry reached 40 miles per hour off Brann.", "The ferry reached 30 mph off Brann."),
    ("The ferry reached 40 km/h off Brann.", "The ferry reached 30 kph off Brann."),
  ])
  func aSpeedWrittenOutIsItsAbbreviation(draft: String, source: String) {
    let found = findings(draft, againstOneSource: source)
    #expect(found.contains { $0.code == "figure-mismatch" }, "\(found)")
  }

  /// A rate's base is no quantity of the story: "for every 1,000 residents" does not restate "48,210 residents",
  /// nor "four in 10 regular ferry users" "514 regular ferry users", nor "out of 542" users the 1,200 asked.
  @Test func aRatesBaseIsNotRestatedQuantity() {
    for draft in [
      "The harbour district recorded 12 thefts among its 48,210 residents. Calder saw 5 thefts for every 1,000 residents.",
      "The harbour district recorded 12 thefts among its 48,210 residents. That is 25 thefts per 100,000 residents.",
      "The survey of ferry users found 514 regular ferry users. Nearly four in 10 regular ferry users backed the toll.",
      "The survey asked 1,200 ferry users. Out of 542 ferry users who own cars, the margin of error is 4 points.",
    ] {
      #expect(!contradictsItself(draft))
    }
  }

  /// A figure counts the noun its words end in: "four fellow harbour pilots" are pilots and "300 harbour workers"
  /// workers, though "harbour" follows one and qualifies the other.
  @Test func aFigureCountsTheNounItsWordsEndIn() {
    #expect(
      !contradictsItself("Four fellow harbour pilots came aboard at dawn. By noon, 300 harbour workers came aboard."))
    #expect(contradictsItself("Four harbour pilots came aboard at dawn. By noon, six harbour pilots came aboard."))
  }

  /// A count before a measure hyphened to its word ("40 12-berth marinas") counts the noun after them, marinas,
  /// and the measure counts its own word, berths: a marina's 12 berths do not restate 40 marinas.
  @Test func aCountBeforeAHyphenedMeasureCountsTheNounAfter() {
    #expect(
      !contradictsItself("Almost 40 12-berth marinas have closed on the coast. Running a 12-berth marina costs more."))
    let found = findings("Some 40 12-berth marinas have opened on the coast. By now 45 marinas have opened.")
    #expect(found.contains { $0.message == "The draft says 45 marinas here but Some 40 earlier" }, "\(found)")
  }

  /// Sentences that name different years tell of different times: "158 ferries sailed in 2023" is not a
  /// restatement of "650 ferries have sailed since 2006". Sentences that name the same year, or one none, are
  /// compared.
  @Test func countsInSentencesOfDifferentYearsAreDifferentQuantities() {
    #expect(
      !contradictsItself("Almost 650 ferries have sailed from Brann since 2006. In 2023 alone, 158 ferries sailed."))
    #expect(
      contradictsItself("In 2023, 158 ferries sailed from Brann. That year 168 ferries sailed, the port said in 2023."))
  }

  /// Months are times as years are: a count in March is no restatement of a count in July, but a count in one
  /// month, given again in that month, is, with or without a day ("March 3", "March 2023").
  @Test func countsInSentencesOfDifferentMonthsAreDifferentQuantities() {
    #expect(
      !contradictsItself("The ferry line had 197 paid crew in March. In July, it paid 172 crew."))
    #expect(
      contradictsItself("The ferry line had 197 paid crew on March 3. In March 2023, it paid 172 crew."))
  }

  /// A sentence that supposes tells a scenario, whose figure restates nothing; "supposed to" supposes nothing.
  @Test func aFigureInAScenarioIsNoRestatement() {
    #expect(
      !contradictsItself(
        "The levy would raise $75 million a year for the port. Even if trade fell by half, the levy would raise $110 million a year for the port."
      ))
    #expect(
      contradictsItself(
        "The levy would raise $75 million a year for the port. The port is supposed to see the levy raise $110 million a year."
      ))
  }

  /// A sentence that speaks of a group "among" it gives that group's share, which restates no share of another
  /// group, or of the whole; the same group's share given twice is one quantity.
  @Test func sharesAmongDifferentGroupsAreDifferentQuantities() {
    #expect(
      !contradictsItself(
        "In the union, 70 percent of members backed the wall. Among younger pilots, only 50 percent of members backed the wall."
      ))
    #expect(
      !contradictsItself(
        "Among older pilots, 70 percent of members backed the wall. Among younger pilots, 50 percent of members backed the wall."
      ))
    #expect(
      contradictsItself(
        "Among younger pilots, 70 percent of members backed the wall. Among younger pilots, 50 percent of members backed the wall."
      ))
    // "among them" names no group.
    #expect(
      contradictsItself(
        "In the union, 70 percent of members backed the wall. Among them, 50 percent of members backed the wall, it said."
      ))
  }

  /// A name before the noun says whose or which, not what is counted: "10 of Calder's senior pilots" and "1,200
  /// Calder emails" count no "Calder". A plural name is the group counted, and a run of names stays as it was read.
  @Test func aNameBeforeTheNounIsNotWhatIsCounted() {
    func counted(_ text: String) -> [String?] {
      let analysis = DraftAnalysis(text: text, format: .plain, corpus: Self.corpus)
      return analysis.figures.map { analysis.measuredThing(of: $0).counted }
    }
    #expect(
      counted("The port sent 10 of Calder's senior pilots and 1,200 Calder emails.")
        == ["senior", "emails"].map(Normalizer.normalize))
    #expect(counted("Only 367 Democrats voted in Brann.") == [Normalizer.normalize("Democrats")])
    #expect(counted("The roll call gave 31 for Senator Ines Vela.") == [Normalizer.normalize("Senator")])
    #expect(
      !contradictsItself(
        "The port released 1,200 Calder emails on Monday. The port sent 10 of Calder's senior pilots to the hearing on Monday."
      ))
  }

  /// A qualified noun is counted as the bare noun is ("two lesser counts", "two counts"), but a noun that qualifies
  /// another is not: "two email addresses" count no emails.
  @Test func aNounQualifyingAnotherIsNotWhatIsCounted() {
    #expect(
      !contradictsItself(
        "The port has published 2,093 archived emails about the wall. The port used two email addresses for the wall."
      ))
    #expect(
      contradictsItself(
        "The port has published 2,093 archived emails about the wall. It has published 2,300 emails about the wall."
      ))
  }

  /// What an earlier figure counts ("of overloading", up to "and") is its own, not said of the next figure.
  @Test func whatAnEarlierFigureCountsIsNotSaidOfTheNextOne() {
    #expect(!contradictsItself("The ferry line faces two charges of overloading and one charge of speeding."))
    #expect(
      contradictsItself(
        "The ferry line faces two charges of overloading. A week later it faced one charge of overloading, the court said."
      ))
  }

  /// A duration is compared with the source's duration of the same thing, not with one whose "of" phrase it sits
  /// next to: the 15 days of closing speeches with the two days of them, not with the six weeks of evidence; and
  /// the 28 days of evidence with the six weeks of it, not with the two days of speeches that share its verb.
  @Test func aFigureIsPairedWithWhatItMeasuresNotItsNeighboursPhrase() throws {
    let corpus = Self.corpus(ofOneSource: "The inquiry heard two days of closing speeches after six weeks of evidence.")
    let analysis = DraftAnalysis(
      text: "The inquiry heard 28 days of evidence and 15 days of closing speeches.", format: .markdown,
      corpus: corpus)
    let paired = zip(analysis.figures, analysis.figureSources).map { figure, sources in
      "\(figure.text): \(sources.map(\.figure.text).joined(separator: ", "))"
    }
    #expect(paired == ["28 days: six weeks", "15 days: two days"])
    #expect(analysis.findings.contains { $0.message == "Draft says 15 days; brann-post: two days" })
  }

  /// Two values of one thing in one sentence are a comparison; in two sentences, a contradiction.
  @Test func aSentenceThatComparesTwoFiguresDoesNotContradictItself() {
    #expect(!contradictsItself("The line ran 12 ferries in May and 15 ferries in June, the port said."))
    #expect(contradictsItself("The line ran 12 ferries in May. In all it ran 15 ferries in May, the port said."))
  }

  /// A figure that names nothing it counts is not the same quantity as one that does, however many words the two
  /// sentences share: Ortiz's 12 are not Ruiz's 38 delegates.
  @Test func aFigureThatNamesNothingItCountsIsNotRestatingAnother() {
    #expect(!contradictsItself("Ruiz won 38 delegates in the state primary. In the state primary Ortiz won 12."))
  }

  /// Two sentences that name different places or people tell of different things, even where the words around
  /// their figures name nothing ("flooded 40 homes" in Calder and in Marrow Bay); a sentence that names the same
  /// place, or one that names none, may still restate the figure wrongly.
  @Test func sentencesNamingDifferentPlacesDoNotRestateAFigure() {
    #expect(
      !contradictsItself(
        "Last week the storm flooded 40 homes along the coast of Calder. Further north, in Marrow Bay, the storm flooded 65 homes along the coast."
      ))
    #expect(
      contradictsItself(
        "Last week the storm flooded 40 homes along the coast of Calder. In Calder, the storm flooded 65 homes along the coast."
      ))
    #expect(
      contradictsItself(
        "Last week the storm flooded 40 homes along the coast of Calder. The storm flooded 65 homes along the coast, officials said."
      ))
  }

  /// The whole a number of parts is counted out of ("318 of the 865 berths") is a total, no restatement of a count
  /// that is not one; two wholes of one thing given two values still contradict each other.
  @Test func theWholeAPartIsCountedOutOfIsATotal() {
    #expect(
      !contradictsItself(
        "With 222 berths at stake on the coast, the port filled at least 120. The port filled 318 of the 865 berths at stake."
      ))
    #expect(
      contradictsItself(
        "The port filled 318 of the 865 berths at stake. On Monday the port filled 318 of the 856 berths at stake."))
  }

  /// An age written into its noun counts years of age: "a 31-year-old deckhand" is no count of deckhands beside
  /// "more than 1,000 deckhands", but another age given to the same deckhand is still a contradiction.
  @Test func anAgeIsNoCountOfTheNounAfterIt() {
    #expect(
      !contradictsItself(
        "Ruth Alder, a 31-year-old deckhand, joined the strike. More than 1,000 deckhands joined the strike."))
    #expect(
      contradictsItself(
        "Ruth Alder, a 31-year-old deckhand at the port, joined the strike. Ruth Alder, a 35-year-old deckhand at the port, spoke."
      ))
  }

  /// An age written out, "58 years old", counts years of a life as "a 58-year-old" does, and is no term of years
  /// in prison; "five old ferries" is no age.
  @Test func anAgeWrittenOutIsAnAge() {
    let text = "Vela, who is 58 years old, could get up to 12 years in prison. The port keeps five old ferries."
    let analysis = DraftAnalysis(text: text, format: .plain, corpus: Self.corpus)
    #expect(analysis.figures.map(\.text) == ["58 years old", "up to 12 years", "five"])
    #expect(analysis.figures.map { analysis.measuredThing(of: $0).isAge } == [true, false, false])
  }

  /// A figure a comparative follows is a difference, the size of a change: "8 minutes shorter than before" is not
  /// compared with the crossing's "2 hours, 40 minutes", but with what the span says it was cut by.
  @Test func aFigureBeforeAComparativeIsAChange() {
    let source =
      "The refit was meant to cut the Brann crossing, which takes 2 hours, 40 minutes, by 5 minutes or more."
    let found = findings(
      "The Brann crossing is now 8 minutes shorter than before the ferry's refit, the pilots said.",
      againstOneSource: source)
    #expect(!found.contains { $0.message.contains("2 hours, 40 minutes") }, "\(found.map(\.message))")
    let text = "The crossing is 8 minutes shorter, and 8 minutes long."
    let tokens = Tokenizer.tokens(in: text, range: 0..<text.utf8.count)
    #expect(
      FigureExtractor.figures(in: text, range: 0..<text.utf8.count).map {
        MeasuredThing(of: $0, in: tokens, text: text).isChangeAmount
      } == [true, false])
  }

  /// A word stressing a figure's size stands outside it: "a change of just 12 minutes" is a change's size, as "a
  /// change of 12 minutes" is, and is compared with the span's change, not with the crossing's length beside it.
  @Test func aWordStressingAFigureStandsOutsideIt() {
    let text = "It was a change of just 12 minutes, cut by only 5%, over only 3 hours."
    let tokens = Tokenizer.tokens(in: text, range: 0..<text.utf8.count)
    #expect(
      FigureExtractor.figures(in: text, range: 0..<text.utf8.count).map {
        MeasuredThing(of: $0, in: tokens, text: text).isChangeAmount
      } == [true, true, false])
    let source =
      "The refit was meant to cut the Brann crossing, which takes 2 hours, 40 minutes, by 12 minutes or more."
    let found = findings(
      "The pilots had hoped for a change of just 12 minutes in the Brann crossing.", againstOneSource: source)
    #expect(found.isEmpty, "\(found.map(\.message))")
  }

  /// Two spans of time spent on the same thing, an "of" phrase after each, measure the same thing though nothing
  /// else is said alike; time spent on something else does not.
  @Test func timeSpentOnTheSameThingIsCompared() {
    let source = "After 28 days of often-harrowing testimony and 13 hours of deliberations, the jury in Brann ruled."
    func mismatches(_ draft: String) -> [String] {
      findings(draft, againstOneSource: source).filter { $0.code == "figure-mismatch" }.map(\.message)
    }
    #expect(
      mismatches("The Brann jurors had heard 31 days of testimony and spent 13 hours deliberating.") == [
        "Draft says 31 days; brann-post: 28 days"
      ])
    #expect(mismatches("The Brann jurors had heard 31 days of speeches and spent 13 hours deliberating.").isEmpty)
  }

  /// A figure said of each of several things is no total of them: ten years for each of two counts is not twenty
  /// for both, and "each" may come after the figure or open its clause. Two figures for each still disagree.
  @Test func aFigureForEachIsNoTotal() {
    let each = "The two charges against Vela carry up to 10 years in prison each."
    func mismatches(_ draft: String) -> Int {
      findings(draft, againstOneSource: each).filter { $0.code == "figure-mismatch" }.count
    }
    #expect(mismatches("Together the two charges against Vela carry up to 20 years in prison.") == 0)
    #expect(mismatches("Each of the two charges against Vela carries up to 12 years in prison.") == 1)
    let analysis = DraftAnalysis(
      text: "She faces ten years in prison for each of the two charges. They embraced each other, all 17 of them. "
        + "Each year, 160 berths close.",
      format: .plain, corpus: Self.corpus)
    #expect(analysis.figures.map(\.text) == ["ten years", "two", "17", "160"])
    #expect(analysis.figures.map { analysis.measuredThing(of: $0).isPerItem } == [true, false, false, false])
  }

  /// What someone needs is not what they have: a list that needs 40 council seats and won 25 says no two things.
  @Test func whatIsNeededIsNotWhatIsHeld() {
    #expect(
      !contradictsItself(
        "The Calderwick list won 25 seats on the council. To govern alone the Calderwick list needs 40 seats on the council."
      ))
    #expect(
      contradictsItself(
        "The Calderwick list won 25 seats on the council. In the end the Calderwick list won 40 seats on the council."))
  }

  /// A count is shown with the word it counts when that word follows it after one space or a hyphen; a word that
  /// says nothing, a figure before another and a figure with a unit of its own are shown as written.
  @Test func aCountIsShownWithItsWord() throws {
    func shown(_ sentence: String) throws -> String {
      let figure = try #require(FigureExtractor.figures(in: sentence, range: 0..<sentence.utf8.count).first)
      return FigureChecks.shown(figure, in: sentence)
    }
    #expect(try shown("About 40,000 homes will be protected.") == "About 40,000 homes")
    #expect(try shown("Some 40 12-berth marinas closed.") == "Some 40")
    #expect(try shown("At the quay 12 were hurt.") == "12")
    #expect(try shown("Fares rose by 4 per cent.") == "4 per cent")
    #expect(try shown("The ferry carried 300 Brann islanders.") == "300")
    #expect(try shown("The 15-member harbour board met.") == "15-member")
  }

  /// A margin between two sides, or a distance to a mark, is no level of what it counts: a list's 12-seat lead is
  /// not its 40 seats, nor is coming within 12 seats of a majority; another size of the same lead is a
  /// contradiction.
  @Test func aMarginIsNoLevel() {
    #expect(
      !contradictsItself(
        "The Calderwick list won 40 seats on the council. The Calderwick list held a 12-seat advantage on the council."
      ))
    #expect(
      !contradictsItself("The Calderwick list won 40 seats on the council. It has a lead of 12 seats on the council."))
    #expect(
      !contradictsItself(
        "The Calderwick list won 40 seats on the council. It is now within 12 seats on the council of a majority."))
    #expect(
      contradictsItself(
        "The Calderwick list held a 12-seat advantage on the council. The Calderwick list held a 14-seat advantage on "
          + "the council."))
  }

  /// A poll's margin of error is how far its figures may be off, no change in them; two margins of the same poll
  /// still disagree.
  @Test func aMarginOfErrorIsNoChange() {
    #expect(
      !contradictsItself(
        "Support for the levy in the harbour poll was 48 points, a four-point dip. "
          + "The margin of error for the harbour poll was six points."))
    #expect(
      contradictsItself(
        "The margin of error for the harbour poll was four points. The margin of error for the harbour poll was six "
          + "points."))
  }

  /// A figure hyphened to its word describes the name after it: the sizes of two bodies with different names are
  /// two figures, and two sizes of one body disagree, named or not.
  @Test func aHyphenedSizeDescribesTheNameAfterIt() {
    #expect(
      !contradictsItself(
        "The plan went to the 15-member Harbour Works Committee. It then went to the 40-member Harbour Committee."))
    #expect(
      contradictsItself(
        "The plan went to the 15-member Harbour Works Committee. It then went to the 40-member Harbour Works "
          + "Committee."))
    #expect(
      contradictsItself(
        "The plan went to the 15-member Harbour Works Committee, a 15-member body. Then the 40-member body voted."))
  }

  /// An area is no length: the 250 square miles of a disputed shore are not a 300-mile drive, but two areas of the
  /// same shore still disagree.
  @Test func aUnitSquaredIsNoLength() {
    #expect(
      !contradictsItself(
        "The disputed shore near Calder covers 250 square miles. At dawn the crew would sail 300 miles to the shore near Calder."
      ))
    #expect(
      contradictsItself(
        "The disputed shore near Calder covers 250 square miles. The disputed shore near Calder covers 300 square miles."
      ))
  }

  /// Two breakdowns, each listing shares beside each other, are of two polls or groups: a part of one is no
  /// restatement of a part of the other. A part restated in a sentence of its own still disagrees.
  @Test func twoBreakdownsAreTwoPolls() {
    #expect(
      !contradictsItself(
        "In the harbour poll, 48 percent backed the levy while 45 percent backed the ferry fund. "
          + "In the island poll, 52 percent backed the levy while 40 percent backed the ferry fund."))
    #expect(
      contradictsItself(
        "In the harbour poll, 48 percent backed the levy while 45 percent backed the ferry fund. "
          + "In the harbour poll, 58 percent backed the levy."))
  }

  /// A figure elsewhere restates a part of a breakdown only where it says again what sets that part apart from the
  /// rest of its list: the berths still to be let are not Calder's 99 or Brann's 66; the July rent restated beside
  /// June's is the July rent.
  @Test func aBreakdownsPartIsRestatedOnlyWithWhatSetsItApart() {
    #expect(
      !contradictsItself(
        "There are 1,585 berths still to be let. Both Calder, 99 berths, and Brann, 66 berths, are let by auction."))
    #expect(
      contradictsItself(
        "The port nearly tripled the monthly rent its ferry office pays at Calder Quay to $169,758 in July. "
          + "The office paid $110,684 in rent on June 9, and $196,758 on July 10."))
  }

  /// Values more than twenty times apart, written with other digits, are of two things; a place slipped with the
  /// same digits is one thing written wrong.
  @Test func figuresOfWhollyOtherSizesAreTwoThings() {
    #expect(
      !contradictsItself(
        "The council marked 22 harbour files secret on Monday.\n\nThe council said 2,093 harbour files were redacted in part."
      ))
    #expect(
      contradictsItself(
        "About 400 homes lost power in the storm.\n\nBy noon, crews said, the 40,000 homes that lost power in the storm "
          + "were lit again."))
    #expect(FigureChecks.digits(1_100_000_000) == FigureChecks.digits(1_100_000))
    #expect(FigureChecks.digits(2_093) != FigureChecks.digits(22))
  }

  /// A count per period is a rate, no total over the whole time: berths closing every year are not the berths
  /// closed so far. Two rates of one thing still disagree.
  @Test func aCountPerPeriodIsNoTotal() {
    #expect(
      !contradictsItself(
        "Almost 650 berths have closed along the coast, the port says. Between 130 and 160 berths are closing every 12 months along the coast."
      ))
    #expect(
      !contradictsItself(
        "Almost 650 berths have closed along the coast. About 130 berths close annually along the coast."))
    #expect(
      contradictsItself(
        "About 130 berths close every year along the coast. About 160 berths close each year along the coast."))
  }

  /// A total over parts the sentence counts is not any one part; a total that counts no parts may restate a figure
  /// wrongly, as the demo draft's "In all, 45,000 homes" does, and two totals over parts are one quantity.
  @Test func aTotalOverPartsIsNoPart() {
    #expect(
      !contradictsItself(
        "With 14 ferries at stake, Brann will win at least eight. In all, 40 ferries are at stake in three ports."))
    #expect(
      contradictsItself("With 14 ferries at stake, Brann will win at least eight. In all, 40 ferries are at stake."))
    #expect(
      contradictsItself(
        "In all, 40 ferries are at stake in three ports. In all, 45 ferries were at stake in the three ports."))
  }

  /// Figures said of different people or places are different quantities; of the same person, a contradiction.
  @Test func figuresNearDifferentNamesAreNotOneQuantity() {
    #expect(
      !contradictsItself(
        "On Tuesday Cruz won 38 delegates in the primary. On Tuesday Kasich won 12 delegates in the primary."))
    #expect(
      contradictsItself("On Tuesday Cruz won 38 delegates in the primary. In all Cruz won 42 delegates in the primary.")
    )
    // A name that opens its sentence is a name when the draft writes it mid-sentence too.
    #expect(
      !contradictsItself(
        "In May, Ortiz had 38 percent support among voters polled. Councillor Ines Ruiz gained. Ruiz was at 25 "
          + "percent support among voters polled."))
    #expect(
      contradictsItself(
        "In May, Ortiz had 38 percent support among voters polled. Ortiz was at 25 percent support among voters polled."
      ))
    // The capitalised word the figures count names neither sentence's subject.
    #expect(
      !contradictsItself(
        "Vela began her day at a barn in Calder, where only 367 Greens voted last time. Her day ended at Brann, and "
          + "only 360 Greens voted in Brann."))
  }

  /// A live blog's entries, each headed by a time alone in its paragraph, tell of different moments: a count
  /// restated in a later entry is an update. Within one entry, or with one heading only, it is compared as ever.
  @Test func aLiveBlogUpdatesItsCountsFromEntryToEntry() {
    #expect(
      !contradictsItself(
        """
        9:40 a.m.

        The ferry line has carried at least 1,200 passengers since the quay reopened.

        1:15 p.m.

        The ferry line has carried at least 1,450 passengers since the quay reopened.
        """))
    #expect(
      contradictsItself(
        """
        9:40 a.m.

        The ferry line has carried at least 1,200 passengers since the quay reopened. \
        By noon the ferry line had carried 900 passengers since the quay reopened.
        """))
    #expect(
      contradictsItself(
        """
        The ferry line has carried at least 1,200 passengers since the quay reopened.

        1:15 p.m.

        The ferry line has carried at least 1,450 passengers since the quay reopened.
        """))
  }

  /// "Two other ferries" and "five more ferries" count ferries beyond those counted before: another set, not a
  /// restatement, whether in the draft or against a source.
  @Test func aCountOfOthersIsAnotherSet() {
    #expect(!contradictsItself("The line ran 12 ferries to Brann in May. Two other ferries ran to Brann in May."))
    #expect(!contradictsItself("The line ran 12 ferries to Brann in May. It will add five more ferries to Brann."))
    #expect(contradictsItself("The line ran 12 ferries to Brann in May. It ran 15 ferries to Brann in May, it said."))
  }

  /// A poll gives a share of the same group for every question: two shares of one group are one quantity only
  /// when something besides the group is said of both.
  @Test func sharesOfOneGroupAreOneQuantityOnlyWhenTheySayTheSame() {
    // In a list of shares, nothing but the group is near each.
    #expect(
      !contradictsItself(
        "In the harbour poll, 62% of pilots backed the barrier. It lost 20% of skippers, 31% of crews and 45% of pilots."
      ))
    #expect(
      contradictsItself(
        "In the harbour poll, 62% of pilots backed the barrier. In all, 45% of pilots backed the barrier.")
    )
  }

  /// "One" as an indefinite ("as one pilot told", "one of the pilots", a sentence's opening "One pilot…") is not a
  /// count of pilots; "1 pilot" is, and so is "one charge" as an object (`whatAnEarlierFigureCounts…`).
  @Test func anIndefiniteOneIsNoCountTheDraftRestates() {
    #expect(
      !contradictsItself(
        "The board met 12 pilots in Calder on Monday. As one pilot in Calder told the board on Monday, the wall is old."
      ))
    #expect(
      !contradictsItself(
        "The board met 12 pilots in Calder on Monday. One of the pilots in Calder told the board on Monday it is old."
      ))
    #expect(
      contradictsItself("The board met 12 pilots in Calder on Monday. The board met 1 pilot in Calder on Monday."))
  }

  @Test func differentOwnersAreDifferentQuantities() {
    #expect(!contradictsItself("The port's budget rose 4% this year. The city's tax rose 2% this year."))
    #expect(!contradictsItself("Shares in the ferry firm closed at $12 a share. Its rival offered $15 for each one."))
    #expect(!contradictsItself("He scored 256 goals in 308 games."))
    #expect(
      contradictsItself("The port's budget rose 4% this year. Later the port's budget rose 6% this year, it said."))
  }
}
