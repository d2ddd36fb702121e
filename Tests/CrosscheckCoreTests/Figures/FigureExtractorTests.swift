import CrosscheckCore
import Testing

@Suite struct FigureExtractorTests {
  func figures(_ text: String, year: Int? = nil) -> [Figure] {
    FigureExtractor.figures(in: text, range: 0..<text.utf8.count, referenceYear: year)
  }

  func one(_ text: String) -> Figure? {
    let found = figures(text)
    return found.count == 1 ? found[0] : nil
  }

  @Test(arguments: ["3 percent", "3 per cent", "three per cent", "3%", "3 pct", "3percent"])
  func percentSurfaceForms(_ text: String) throws {
    let figure = try #require(one("a rise of \(text) in the levy"))
    #expect(figure.kind == .percent)
    #expect(figure.value == 3)
    #expect(figure.unit == "%")
  }

  @Test func percentagePointsAreNeverPercent() throws {
    let points = try #require(one("up 0.5 percentage points"))
    #expect(points.kind == .percentagePoints)
    #expect(points.unit == "pp")
    let percent = try #require(one("up 0.5 per cent"))
    #expect(!points.isConsistent(with: percent))
  }

  @Test(arguments: [
    ("€1.2 billion", 1.2e9, "EUR"), ("€1.2bn", 1.2e9, "EUR"), ("£4.2m", 4.2e6, "GBP"), ("US$15bn", 15e9, "USD"),
    ("$2.5 trillion", 2.5e12, "USD"), ("300 euros", 300, "EUR"), ("EUR 50 million", 50e6, "EUR"), ("¥900", 900, "JPY"),
    ("5 dollars", 5, "USD"), ("12 pounds", 12, "GBP"), ("$ 62 million", 62e6, "USD"), ("€ 1.2 billion", 1.2e9, "EUR"),
    ("HK$3.7 billion", 3.7e9, "HKD"), ("27 cents", 0.27, "USD"), ("50p", 0.5, "GBP"), ("80 pence", 0.8, "GBP"),
    ("10 €", 10, "EUR"), ("340 million Australian dollars", 340e6, "AUD"), ("7 billion Swiss francs", 7e9, "CHF"),
    ("45 billion yuan", 45e9, "CNY"), ("$6.80 and 14 more", 6.8, "USD"), ("20 rand", 20, "ZAR"),
    ("20 Rand", 20, "ZAR"),
  ])
  func money(text: String, value: Double, currency: String) throws {
    let figure = try #require(one("it cost \(text) in all"))
    #expect(figure.kind == .money)
    #expect(abs(figure.value - value) < 1e-3 * value)
    #expect(figure.unit == currency)
  }

  /// A currency's word capitalised before another capitalised word is a name: "8 Rand Paul" is the eighth, not
  /// eight rand.
  @Test func aCurrencyWordBeforeANameIsTheName() throws {
    let figure = try #require(one("The ranking had 8 Rand Paul."))
    #expect(figure.kind == .count)
  }

  @Test func currenciesAreNeverConverted() throws {
    let euros = try #require(one("€1.2 billion"))
    let dollars = try #require(one("$1.2 billion"))
    #expect(!euros.isConsistent(with: dollars))
  }

  @Test(arguments: [
    ("1,200 homes", 1200.0), ("twenty-five councillors", 25), ("two hundred people", 200),
    ("a dozen boats", 12), ("nine", 9),
  ])
  func counts(text: String, value: Double) throws {
    let figure = try #require(one(text))
    #expect(figure.kind == .count)
    #expect(figure.value == value)
  }

  @Test func datesWeekdaysMonthsYearsTimes() {
    let found = figures(
      "On Tuesday, 14 October 2025, at 9 a.m., or October 14, 2025 at 21:00; in May 2024; by 2035; March.")
    #expect(found.map(\.kind) == [.weekday, .date, .time, .date, .time, .month, .year, .month])
    #expect(found[1].value == 20_251_014)
    #expect(found[2].value == 540)
    #expect(found[4].value == 21 * 60)
    #expect(figures("on 3 June", year: 2025).first?.value == 20_250_603)
  }

  /// A live blog's time stamp scraped together with the headline after it is still a time, not a count of what
  /// the headline says.
  @Test func aTimeRunIntoTheNextWordIsATime() throws {
    let found = figures("February 6, 2016 10:01PMDonald Trump spoke.")
    #expect(found.map(\.kind) == [.date, .time])
    let time = try #require(found.last)
    #expect(time.value == 10 * 60 + 1)
  }

  /// A duration written in parts is one figure whether its parts are joined by "and", a comma or both.
  @Test(arguments: ["11 hours and 55 minutes", "11 hours, 55 minutes", "11 hours, and 55 minutes"])
  func aDurationInPartsIsOneFigure(_ text: String) throws {
    let figure = try #require(one("the crossing took \(text) to complete"))
    #expect(figure.kind == .duration)
    #expect(figure.unit == "hour")
    #expect(abs(figure.value - (11 + 55.0 / 60)) < 1e-9)
  }

  @Test func durationsOrdinalsFractions() throws {
    #expect(one("a six-hour debate")?.kind == .duration)
    #expect(one("for three hours")?.unit == "hour")
    let decade = one("a decade ago")
    #expect(decade?.kind == .duration)
    #expect(decade?.value == 10)
    #expect(decade?.unit == "year")
    #expect(one("twelve years")?.value == 12)
    #expect(one("the third attempt")?.kind == .ordinal)
    #expect(one("two-thirds of members")?.kind == .fraction)
    #expect(one("nearly half of them")?.kind == .fraction)
    #expect(one("three quarters of members")?.value == 0.75)
    #expect(one("two thirds of voters")?.kind == .fraction)
    #expect(one("a fifth of voters")?.value == 0.2)
    #expect(one("on the fifth day")?.kind == .ordinal)
    let halves = try #require(one("one and a half million visitors"))
    #expect((halves.kind, halves.value) == (.count, 1.5e6))
    #expect(one("two and a half years")?.value == 2.5)
    // Vulgar fractions, European digit groups with no-break or thin spaces, and wire-style scale words.
    #expect(one("it took 3½ years")?.value == 3.5)
    #expect(one("¾ of residents")?.kind == .fraction)
    #expect(one("some 62\u{00A0}000 homes")?.value == 62_000)
    #expect(one("a 7\u{202F}500 euro fee")?.value == 7_500)
    #expect(one("profit of 12 bln roubles")?.value == 12e9)
    // A plain space never groups digits.
    #expect(figures("in 2019 300 people").map(\.value) == [2019, 300])
  }

  @Test func rangesAndScoresAreTold() throws {
    let dash = try #require(one("3–5% of homes"))
    #expect((dash.low, dash.high) == (2.5, 5.5))
    let between = try #require(one("between 2 and 3 per cent"))
    #expect((between.low, between.high) == (1.5, 3.5))
    // "27 votes to 9" is two counts, never a range.
    #expect(figures("by 27 votes to 9").map(\.value) == [27, 9])
    // A currency or a scale written on each number of the range; two currencies are two figures.
    let fees = try #require(one("between $2,500 and $5,000 in fees"))
    #expect((fees.low, fees.high) == (2_499.5, 5_000.5))
    let bond = try #require(one("between €5 million and €7 million"))
    #expect((bond.low, bond.high) == (4.5e6, 7.5e6))
    #expect(figures("between $2,500 and €5,000").count == 2)
  }

  @Test func qualifiersBecomeTolerance() throws {
    let atLeast = try #require(one("at least 3%"))
    #expect(atLeast.high == .infinity)
    #expect(atLeast.qualifier == "at least")
    let upTo = try #require(one("up to 200 people"))
    #expect(upTo.low == -.infinity)
    let about = try #require(one("about 40,000 homes"))
    #expect(about.low == 36_000)
    #expect(about.high == 44_000)
    let more = try #require(one("more than 50 boats"))
    #expect(more.low == 50)
    // "near 100 degrees" is about 100: a 97-degree afternoon later in the story does not contradict it.
    let near = try #require(one("near 100 degrees"))
    #expect(near.qualifier == "near")
    #expect(near.isConsistent(with: try #require(one("97-degree"))))
    // A margin of error lies on both sides: "plus or minus six" is six, not minus six.
    let margin = try #require(one("plus or minus six percentage points"))
    #expect((margin.value, margin.qualifier) == (6, "plus or minus"))
    #expect(margin.isConsistent(with: try #require(one("6 percentage points"))))
    for signs in ["+/-6 percentage points", "± 6 percentage points", "±6 percentage points"] {
      let written = try #require(one(signs), "\(signs)")
      #expect((written.value, written.qualifier) == (6, "plus or minus"), "\(signs)")
    }
  }

  @Test func writtenPrecisionCounts() throws {
    let billion = try #require(one("€800 billion"))
    #expect(billion.low == 799.5e9)
    #expect(billion.high == 800.5e9)
    let three = try #require(one("3 per cent"))
    let threePointFour = try #require(one("3.4 per cent"))
    let four = try #require(one("4 per cent"))
    #expect(three.isConsistent(with: threePointFour))
    #expect(!three.isConsistent(with: four))  // intervals that only touch do not agree
    #expect(three.isConsistent(with: try #require(one("three per cent"))))
  }

  /// Two approximate amounts agree when either outlet's figure is one the other's allows, not merely when their
  /// margins overlap: "about 5 billion" (4.5 to 5.5 billion) and "around six billion" (5.4 to 6.6) say different
  /// things.
  @Test func approximateAmountsAgreeWhenEitherAllowsTheOthersFigure() throws {
    let five = try #require(one("about 5 billion kilograms"))
    #expect(!five.isConsistent(with: try #require(one("around six billion kilograms"))))
    #expect(five.isConsistent(with: try #require(one("roughly 5.4 billion kilograms"))))
    #expect(five.isConsistent(with: try #require(one("some five billion kilograms"))))
    let about = try #require(one("about 40,000 homes"))
    #expect(about.isConsistent(with: try #require(one("42,000 homes"))))
    #expect(!about.isConsistent(with: try #require(one("some 45,000 homes"))))
  }

  /// Seven digits or more with no separator are an identifier or a timestamp, never a quantity; written with
  /// separators they are one.
  @Test func aLongRunOfDigitsIsAnIdentifierNotAFigure() {
    #expect(figures("The post 1470067200 was deleted at 1468512000.").isEmpty)
    #expect(figures("The port handled 1,470,067 passengers.").map(\.value) == [1_470_067])
    #expect(figures("The port handled 147006 passengers.").map(\.value) == [147_006])
  }

  /// A designation's number names a thing ("K-1 visas", "F-16 jets", "COVID-19"), and its letter is no scale.
  @Test func aDesignationIsNotAFigure() {
    #expect(figures("The ferry line bought two F-16 simulators.").map(\.text) == ["two"])
    #expect(figures("Officials are reviewing about 90,000 K-1 visas.").map(\.text) == ["about 90,000"])
    #expect(figures("COVID-19 cases at the port rose 5%.").map(\.text) == ["5%"])
    #expect(figures("The port sponsors 40 H-2B visas.").map(\.text) == ["40"])
    #expect(figures("A mid-2020 survey found 40 berths.").map(\.text) == ["2020", "40"])
  }

  /// A number in digits heading a short line numbers a list's entry; one that opens a line of prose, spelled out
  /// or with more words after it, or a word in lower case, still counts.
  @Test func aListsNumberIsNotAFigure() {
    let ranking = "Ranked by berths:\n1 Brann.\n2 Vela Quay\n\n3\nThe Old Pier."
    #expect(figures(ranking).isEmpty)
    let text = "Berths:\n12 ferries sailed from Brann on Monday.\nThree ferries\n 4 ferries\nIn all, 40 Marinas."
    #expect(figures(text).map(\.text) == ["12", "Monday", "Three", "4", "40"])
  }

  @Test func typosAreLeftUnparsed() {
    #expect(figures("a rise of two.1% this year").isEmpty)
    #expect(figures("the A4 road and the M25").isEmpty)
  }
}

/// A fictional story for the figure checks: a ferry fare rise told by three outlets.
/// The findings of a draft against a corpus, at the alignment threshold the figure tests use.
func figureFindings(_ draft: String, against corpus: Corpus) -> [Finding] {
  DraftAnalysis(text: draft, format: .markdown, corpus: corpus, threshold: 0.4).findings
}

@Suite struct FigureChecksTests {
  static let corpus = Corpus(
    articles: [
      SourceArticle(
        path: "/s/ferry-times.md",
        text:
          "---\noutlet: Ferry Times\ndate: 2025-03-02\n---\nFerry fares on the Isle of Brann will rise by 8 per cent from April.\n\nThe new terminal opened in 2019.\n"
      ),
      SourceArticle(
        path: "/s/brann-post.md",
        text:
          "---\noutlet: Brann Post\n---\nFares for the Brann ferry will rise 8% in April.\n\nThe terminal opened in 2019.\n"
      ),
      SourceArticle(
        path: "/s/island-news.md",
        text:
          "---\noutlet: Island News\n---\nBrann ferry fares are going up eight percent in April.\n\nThe terminal first opened in 2018.\n"
      ),
    ], problems: [])

  func findings(_ draft: String) -> [Finding] { figureFindings(draft, against: Self.corpus) }

  @Test func figureWrittenDifferentlyButConsistentIsClean() {
    #expect(findings("Ferry fares on Brann will rise by eight per cent in April.").isEmpty)
  }

  @Test func mismatchKeepsTheDraftsStyleInTheFix() throws {
    let draft = "Ferry fares on Brann will rise by 9 per cent in April."
    let finding = try #require(findings(draft).first { $0.code == "figure-mismatch" })
    #expect(finding.message.contains("Draft says 9 per cent"))
    #expect(finding.related.count == 3)
    var buffer = TextBuffer(draft)
    let edit = try #require(finding.fixes.first?.edits.first)
    buffer.replace(edit.range, with: edit.replacement)
    #expect(buffer.text == "Ferry fares on Brann will rise by 8 per cent in April.")
  }

  @Test func aMinorityReportIsInformationNotAMismatch() {
    let found = findings("The new ferry terminal opened in 2019.")
    #expect(found.map(\.code) == ["sources-disagree"])
    #expect(
      found.first?.message == "Sources disagree on this figure: 2019 (Ferry Times, Brann Post) vs 2018 (Island News)")
  }

  /// A corpus of one-sentence articles, each named by its outlet.
  func outlets(_ articles: [(outlet: String, sentence: String)]) -> Corpus {
    Corpus(
      articles: articles.map { article in
        SourceArticle(
          path: "/s/\(article.outlet.lowercased().replacingOccurrences(of: " ", with: "-")).md",
          text: "---\noutlet: \(article.outlet)\n---\n\(article.sentence)\n")
      }, problems: [])
  }

  /// A mismatch lists the value most outlets give first, whatever their names: the sources' consensus, then a lone
  /// outlet's other figure.
  @Test func aMismatchListsTheSourcesConsensusFirst() {
    let corpus = outlets([
      ("Ferry Times", "The new terminal opened in 2019."), ("Island News", "The terminal first opened in 2019."),
      ("Anchor Daily", "The terminal opened in 2018."),
    ])
    let found = figureFindings("The new ferry terminal opened in 2017.", against: corpus)
    #expect(
      found.first { $0.code == "figure-mismatch" }?.message
        == "Draft says 2017; Ferry Times, Island News: 2019; Anchor Daily: 2018")
  }

  /// When the sources disagree and none gives the draft's value, the note says so: the draft follows none of them.
  @Test func sourcesThatDisagreeWithEachOtherAndTheDraftAreSaidToGiveNeither() {
    let corpus = outlets([
      ("Ferry Times", "The new terminal opened in 2019."), ("Island News", "The terminal first opened in 2018."),
    ])
    let found = figureFindings("The new ferry terminal opened in 2017.", against: corpus)
    #expect(
      found.map(\.message) == [
        "Sources disagree on this figure, and none gives the draft's 2017: 2019 (Ferry Times) vs 2018 (Island News)"
      ])
    #expect(found.first?.severity == .information)
  }

  /// An outlet that gives only the days a time fits in ("over two days") neither confirms nor contradicts the
  /// draft's hours; the outlet that gives the hours decides.
  @Test func aSpanHoldingTheDraftsTimeDoesNotConfirmIt() {
    let corpus = outlets([
      ("Quay Times", "The Brann jury deliberated for 13 hours before its verdict on the ferry fraud."),
      ("Brann Post", "The Brann jury deliberated over two days before its verdict on the ferry fraud."),
    ])
    let changed = figureFindings(
      "The Brann jury deliberated for about 19 hours before its verdict on the ferry fraud.", against: corpus)
    #expect(changed.map(\.message) == ["Draft says about 19 hours; Brann Post: over two days; Quay Times: 13 hours"])
    let faithful = figureFindings(
      "The Brann jury deliberated for about 13 hours before its verdict on the ferry fraud.", against: corpus)
    #expect(faithful.isEmpty)
  }

  /// The other way round: an outlet that gives only the hours worked within the draft's days neither confirms nor
  /// contradicts them; the outlet that gives the days decides. Each words the deliberation its own way.
  @Test func aTimeWithinTheDraftsSpanDoesNotConfirmIt() {
    let corpus = outlets([
      ("Quay Times", "After 13 hours of deliberations, the Brann jury reached its verdict on the ferry fraud."),
      (
        "Brann Post",
        "After about two days of tense deliberations, the Brann jury reached its verdict on the ferry fraud."
      ),
    ])
    let changed = figureFindings(
      "After deliberating for about three days, the Brann jury reached its verdict on the ferry fraud.", against: corpus
    )
    #expect(changed.map(\.message) == ["Draft says about three days; Brann Post: about two days; Quay Times: 13 hours"])
    let faithful = figureFindings(
      "After deliberating for about two days, the Brann jury reached its verdict on the ferry fraud.", against: corpus)
    #expect(faithful.isEmpty)
  }

  /// The Quay Times gives the sentencing's date; the Brann Post, whose `post` is its article after the front matter,
  /// tells another date of the same case. The draft's sentence aligned against both.
  func sentencingDate(_ draft: String, post: String) -> (analysis: DraftAnalysis, corpus: Corpus) {
    let corpus = Corpus(
      articles: [
        SourceArticle(
          path: "/s/quay-times.md",
          text: "---\noutlet: Quay Times\n---\nJudge Okafor set the sentencing of the harbour master for October 3.\n"),
        SourceArticle(path: "/s/brann-post.md", text: "---\noutlet: Brann Post\n---\n" + post),
      ], problems: [])
    return (DraftAnalysis(text: draft, format: .markdown, corpus: corpus, threshold: 0.4), corpus)
  }

  /// A span its article's best links only weakly, giving another date, is another claim of the same shape (a
  /// hearing's date against the sentencing's), not a disagreement among the sources.
  @Test func aWeaklyLinkedSpanWithAnotherValueDoesNotMakeSourcesDisagree() throws {
    let (analysis, corpus) = sentencingDate(
      "The judge set October 3 as the date for sentencing.",
      post: "The fraud trial at Brann ended on Monday.\n\n"
        + "Judge Okafor scheduled a remote hearing for July 8 to discuss a sentencing date.\n")
    let post = try #require(
      analysis.alignments[0].first { corpus.article($0.article)?.metadata.outlet == "Brann Post" })
    #expect(post.rule == .articleBest)
    #expect(!analysis.findings.contains { $0.code == "sources-disagree" })
  }

  /// A draft sentence that gives both dates, the hearing's and the sentencing's: each outlet's date is the draft's
  /// own counterpart, and neither is another value for the other.
  @Test func aSourceFigureTheDraftGivesElsewhereIsNoRivalOfAnother() throws {
    let (analysis, corpus) = sentencingDate(
      "Judge Okafor scheduled a remote hearing for July 8 to discuss a sentencing date, and suggested October 3.",
      post: "Judge Okafor scheduled a remote hearing for July 8 to discuss a sentencing date.\n")
    let post = try #require(
      analysis.alignments[0].first { corpus.article($0.article)?.metadata.outlet == "Brann Post" })
    #expect(post.rule.isStrong)
    #expect(analysis.findings.map(\.code) == [])
    let changed = figureFindings(
      "Judge Okafor scheduled a remote hearing for July 9 to discuss a sentencing date, and suggested October 3.",
      against: corpus)
    #expect(changed.map(\.message) == ["Draft says July 9; Brann Post: July 8"])
  }

  /// Nor does it keep an outlet that tells the draft's story from calling a changed date wrong; and the warning names
  /// that outlet alone, the other date staying among the related places.
  @Test func aWeaklyLinkedSpanWithAnotherValueDoesNotUnsettleTheStorysFigure() throws {
    let corpus = outletCorpus([
      "Quay Times": "Judge Okafor set the sentencing of the harbour master for October 3.\n\n"
        + "The harbour master was convicted of fraud at the Brann court on Monday.\n",
      "Brann Post": "The ferry line's accounts were audited last spring.\n\n"
        + "Judge Okafor scheduled a remote hearing for July 8 to discuss a sentencing date.\n",
    ])
    let found = figureFindings(
      "The harbour master was convicted of fraud at the Brann court on Monday. "
        + "Judge Okafor set October 13 as the date for sentencing.", against: corpus)
    let mismatch = try #require(found.first { $0.code == "figure-mismatch" })
    #expect(mismatch.message == "Draft says October 13; Quay Times: October 3")
    #expect(mismatch.related.map(\.message).sorted() == ["Brann Post: July 8", "Quay Times: October 3"])
  }

  /// So is a headline the headline rule links beside its article's body: it states a claim in few words, and its
  /// date may be another event's. (The draft's date is one no source gives: a headline giving another date where
  /// a source gives the draft's is not linked at all, `AlignmentModel.carriesAsHeadline`; nor is one giving a day
  /// of another month, which is no figure of the draft's date.)
  @Test func aHeadlineWithAnotherValueDoesNotMakeSourcesDisagree() throws {
    let (analysis, corpus) = sentencingDate(
      "Judge Okafor set October 13 as the date for sentencing.",
      post: "Harbour master's sentencing date to be set on October 8\n\n"
        + "Judge Okafor said on Monday that she would set the harbour master's sentencing date soon.\n\n"
        + "Lawyers for both sides left the court without speaking.\n")
    let headline = try #require(analysis.alignments[0].first { $0.rule == .headline })
    #expect(corpus.article(headline.article)?.metadata.outlet == "Brann Post")
    #expect(!analysis.findings.contains { $0.code == "sources-disagree" })
  }

  @Test func theDraftContradictingItself() {
    let found = findings("Fares rose for 300 islanders. Later, 350 islanders saw fares rise.")
    #expect(found.map(\.code) == ["inconsistent-figure"])
  }

  /// An outlet that tells the claim twice, once with the draft's figure and once beside another figure of the
  /// same kind, agrees with the draft, whichever of its spans aligns best.
  @Test func anOutletAgreesWhenAnyOfItsAlignedSpansGivesTheDraftsFigure() {
    let corpus = Corpus(
      articles: [
        SourceArticle(
          path: "/s/brann-post.md",
          text: """
            ---
            outlet: Brann Post
            ---
            Before the new engines were fitted, the ferry crossing to Brann took 11 hours and 55 minutes, the \
            operator said on the quay at Calder this week.

            The crossing takes 11 hours and 23 minutes now.
            """)
      ], problems: [])
    func codes(_ draft: String) -> [String] { figureFindings(draft, against: corpus).map(\.code) }
    #expect(codes("The ferry crossing to Brann now takes 11 hours and 23 minutes, the operator said.") == [])
    #expect(
      codes("The ferry crossing to Brann now takes 11 hours and 40 minutes, the operator said.") == ["figure-mismatch"])
  }

  /// A draft's dateline or timestamp makes no claim: it is aligned with nothing, so another article's never calls
  /// its date, weekday or time wrong. The story under it is compared as ever.
  @Test func aDatelineIsNotComparedWithAnotherArticlesDateline() {
    let corpus = Corpus(
      articles: [
        SourceArticle(
          path: "/s/quay-times.md",
          text: "---\noutlet: Quay Times\n---\nTuesday, December 8, 2015.\n\nUpdated 9:52 a.m. ET\n\n"
            + "The Brann ferry carried 4,000 passengers in May.\n")
      ], problems: [])
    let analysis = DraftAnalysis(
      text:
        "Saturday, December 19, 2015.\n\nUpdated 4:12 p.m. ET\n\nThe Brann ferry carried 5,000 passengers in May.\n",
      format: .markdown, corpus: corpus)
    #expect(analysis.alignments[0].isEmpty && analysis.alignments[1].isEmpty)
    #expect(analysis.findings.map(\.message) == ["Draft says 5,000 passengers; Quay Times: 4,000 passengers"])
  }

  /// A short lede whose weekday was changed still aligns with the outlet's (`Carriage.isAnotherDay`), so the
  /// changed day is called out: the weekday is a good part of what it says. As it stands, it gets no warning.
  @Test func aChangedWeekdayInALedeIsComparedWithTheSources() {
    let corpus = Corpus(
      articles: [
        SourceArticle(
          path: "/s/quay-times.md",
          text: "---\noutlet: Quay Times\n---\n"
            + "The Brann harbour board announced Tuesday that its dredger had cleared the silted north channel.\n\n"
            + "The channel had been closed to ferries since the storm.\n\nThe port handles grain, timber and fish.\n\n"
            + "Ferries leave the north quay every hour in summer.\n")
      ], problems: [])
    let lede = "Harbour officials said on Tuesday that its dredger had opened the channel."
    func messages(_ draft: String) -> [String] {
      DraftAnalysis(text: draft, format: .markdown, corpus: corpus).findings.map(\.message)
    }
    #expect(messages(lede).isEmpty)
    #expect(
      messages(lede.replacingOccurrences(of: "Tuesday", with: "Monday")) == ["Draft says Monday; Quay Times: Tuesday"])
  }

  @Test func weekdayThatDoesNotFitTheDate() throws {
    #expect(findings("The ferry sails on Monday, 3 March 2025.").isEmpty)
    let wrong = try #require(
      findings("The ferry sails on Sunday, 3 March 2025.").first { $0.code == "figure-mismatch" })
    #expect(wrong.message == "3 March 2025 is a Monday, not a Sunday")
  }
}
