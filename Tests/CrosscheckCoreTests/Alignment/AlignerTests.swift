import Testing

@testable import CrosscheckCore

/// A fictional story: the town of Orlen reopens its museum after a fire, told by three outlets.
@Suite struct AlignerTests {
  static let sources: [(String, String)] = [
    (
      "orlen-herald.md",
      """
      ---
      outlet: Orlen Herald
      ---
      Listen to this article. Share on Facebook.

      The Orlen Museum reopened on Saturday, eighteen months after a fire destroyed its east wing.

      Repairs cost the town £4.2 million, most of it covered by insurance.

      Curator Ines Marlow said the collection of river maps had survived almost intact.
      """
    ),
    (
      "river-post.txt",
      """
      Museum reopens
      The museum in Orlen opened its doors again on Saturday, a year and a half after fire gutted the east wing.
      The town paid £4.5 million for the repairs. Insurance covered most of the bill.
      """
    ),
    (
      "valley-times.md",
      """
      ---
      outlet: Valley Times
      ---
      Orlen's museum welcomed visitors again at the weekend after a blaze in its east wing.

      Photo: The museum's facade. Credit: Valley Pictures
      """
    ),
  ]

  static func corpus(_ files: [(String, String)] = sources) -> Corpus {
    Corpus(articles: files.map { SourceArticle(path: "/story/sources/\($0.0)", text: $0.1) }, problems: [])
  }

  /// A story where the Dock Gazette tells a claim in sentence after sentence (`gazette` `times` over, "#" numbering
  /// the witness), after an opening line, beside the Harbour News's one paragraph: the Gazette's crowd the others.
  static func crowded(gazette: String, times: Int = 12, opening: String = "", harbourNews: String) -> Corpus {
    let repeats = (1...times).map { gazette.replacingOccurrences(of: "#", with: "\($0)") }
    return corpus([
      ("dock-gazette.md", ([opening].filter { !$0.isEmpty } + repeats).joined(separator: "\n\n")),
      ("harbour-news.md", harbourNews),
    ])
  }

  func matches(_ sentence: String, corpus: Corpus = corpus()) -> [(outlet: String, text: String)] {
    let analysis = DraftAnalysis(text: sentence, format: .plain, corpus: corpus, threshold: 0.4)
    return analysis.alignments.first!.map { match in
      let article = corpus.article(match.article)!
      return (article.metadata.outlet, match.text(in: article))
    }
  }

  /// A draft that says what would have been is not carried, by a rule the model doubts, by a span telling the same
  /// words as what happened; a span that speaks of what would or was expected to be is.
  @Test(arguments: [
    ("Councillors expected the repairs to the east wing to be hailed as a great success for the town.", true),
    ("Councillors hailed the repairs to the east wing as a great success for the town.", false),
  ])
  func aHypothesisIsNotCarriedByAFact(herald: String, linked: Bool) throws {
    let corpus = Self.corpus([("herald.md", "The museum held a concert on Friday.\n\n\(herald)\n")])
    let analysis = DraftAnalysis(
      text: "The council would have called the repairs a success had they ended by March.", format: .plain,
      corpus: corpus)
    let found = try #require(analysis.alignments.first)
    #expect(found.contains { $0.sentences == 1..<2 } == linked, "\(found.map { ($0.rule, $0.carriage) })")
  }

  @Test func aHypothesisIsToldAsFactByASpanOfNoWouldOrCould() {
    func tellsAsFact(_ source: String) -> Bool {
      Carriage(
        draft: Self.side("The board would have counted a gain of 12 sailings a success."), source: Self.side(source)
      )
      .tellsAsFact
    }
    #expect(tellsAsFact("The board counted the season a success."))
    // A span that gives the draft's particular figure tells its claim, however it hedges it.
    #expect(!tellsAsFact("The board's bar for success was a gain of 12 sailings."))
    #expect(tellsAsFact("The board's bar for success was a gain of 2 sailings."))
    #expect(!tellsAsFact("The board said anything over ten sailings would be a success."))
    #expect(!tellsAsFact("The board expected the season to be a success."))
    #expect(
      !Carriage(draft: Self.side("The board counted the season a success."), source: Self.side("A success."))
        .tellsAsFact)
    // "Could" and "whether" ask what might be; "could not" tells what someone was unable to do.
    func toldAsFact(_ draft: String) -> Bool {
      Carriage(draft: Self.side(draft), source: Self.side("The ferry crossed the strait in winter.")).tellsAsFact
    }
    #expect(toldAsFact("The trial was to show whether a ferry could cross in winter."))
    #expect(toldAsFact("A ferry could cross the strait in winter."))
    #expect(!toldAsFact("The ferry could not cross the strait in winter."))
    // A modal of a relative clause describes a thing; a reported hypothesis keeps its own subject.
    #expect(!toldAsFact("The ferry, which could carry 300 cars, crossed the strait in winter."))
    #expect(!toldAsFact("Jurors cleared Marlow of the charges that could have kept him in prison."))
    #expect(toldAsFact("The board said that it would have counted a winter crossing a success."))
    #expect(!toldAsFact("The ferry couldn't cross the strait in winter."))
  }

  @Test func paraphraseAlignsToTheRightSentenceInEachOutlet() throws {
    let found = matches("The Orlen Museum reopened on Saturday, 18 months after fire destroyed the east wing.")
    // The Valley Times retells it loosely ("welcomed visitors again", "a blaze"): its best sentence is linked by
    // the article-best rule, and its photo caption is not.
    try #require(found.map(\.outlet) == ["Orlen Herald", "river-post", "Valley Times"])
    #expect(found[0].text.hasPrefix("The Orlen Museum reopened on Saturday"))
    #expect(found[1].text.hasPrefix("The museum in Orlen opened its doors again"))
    #expect(found[2].text.hasPrefix("Orlen's museum welcomed visitors again"))
  }

  @Test func aDisputedFigureDoesNotBreakTheMatch() {
    let found = matches("Repairs cost the town £9.9 million.")
    #expect(found.first?.text == "Repairs cost the town £4.2 million, most of it covered by insurance.")
  }

  /// Site furniture in a source never carries a sentence of the story.
  @Test(arguments: [
    "The Orlen Museum reopened on Saturday after the fire.",
    "Visitors returned to the museum's east wing at the weekend.",
    "A photo of the facade shows the new roof.",
    "Readers shared the news of the reopening.",
  ])
  func boilerplateNeverMatchesAStorySentence(_ sentence: String) {
    for match in matches(sentence) {
      #expect(!match.text.contains("Share on Facebook"))
      #expect(!match.text.contains("Credit:"))
    }
  }

  /// A sentence that carries the claim is linked alone, not in the pair it makes with the sentence before it,
  /// which carries the claim as much and says more besides: go to definition lands on the sentence.
  @Test func ofASentenceAndItsPairTheSentenceIsLinked() {
    let found = matches(
      "The town paid £4.2 million for the museum's repairs.",
      corpus: Self.corpus([
        (
          "orlen-herald.md",
          "The museum's repairs took the town two years. "
            + "The town paid £4.2 million for the museum's repairs, most of it from its insurer.\n"
        )
      ]))
    #expect(found.map(\.text) == ["The town paid £4.2 million for the museum's repairs, most of it from its insurer."])
  }

  /// A live blog that repeats an entry word for word under a later time is linked to it once.
  @Test func anArticlesRepeatedEntryIsLinkedOnce() {
    let entry = "Repairs cost the town £4.2 million, most of it covered by insurance."
    let found = matches(
      "Repairs cost the town £4.2 million.",
      corpus: Self.corpus([
        ("orlen-live.md", "9:15 p.m.\n\n\(entry)\n\nThe doors opened at noon.\n\n8:40 p.m.\n\n\(entry)\n")
      ]))
    #expect(found.map(\.text) == [entry])
  }

  @Test func oneDraftSentenceCoveringTwoSourceSentences() {
    let found = matches("The town paid £4.5 million for the repairs, and insurance covered most of the bill.")
    let river = found.first { $0.outlet == "river-post" }
    #expect(river?.text == "The town paid £4.5 million for the repairs. Insurance covered most of the bill.")
  }

  /// Every span of an article that carries the claim is linked: the paragraph, a long sentence that tells it among
  /// other things (containment decides it, not the paraphrase model) and the headline. A sentence of that article
  /// that only shares a name and a word is not.
  @Test func anArticleThatTellsTheClaimTwiceIsLinkedTwice() {
    let corpus = Corpus(
      articles: [
        SourceArticle(
          path: "/story/sources/orlen-gazette.md",
          text: """
            Orlen Museum reopens on Saturday after east wing fire

            The Orlen Museum reopened on Saturday, a year and a half after a fire destroyed its east wing.

            Hundreds of visitors queued along the river in the rain as the museum in Orlen, whose east wing a fire \
            destroyed, finally reopened its doors on Saturday morning with a brass band.

            The museum shop will open in the spring.
            """)
      ], problems: [])
    let found = matches("The Orlen Museum reopened on Saturday after fire destroyed the east wing.", corpus: corpus)
    #expect(
      found.map(\.text) == [
        "The Orlen Museum reopened on Saturday, a year and a half after a fire destroyed its east wing.",
        "Hundreds of visitors queued along the river in the rain as the museum in Orlen, whose east wing a fire "
          + "destroyed, finally reopened its doors on Saturday morning with a brass band.",
        "Orlen Museum reopens on Saturday after east wing fire",
      ])
  }

  /// An article that tells the claim again in other words is linked there too when that span gives the draft's
  /// figures, though the model doubts it (`AlignmentModel.Rule.sameFigures`); the same words with another sum, or
  /// with none, are another claim of the article.
  @Test(arguments: [("£4.2 million", true), ("£3.8 million", false), ("a large sum", false)])
  func aSecondSpanGivingTheDraftsFiguresIsLinked(sum: String, linked: Bool) throws {
    let corpus = Self.corpus([
      (
        "orlen-gazette.md",
        """
        Repairs to the fire-damaged museum cost the town of Orlen £4.2 million, the council said on Friday.

        Insurers met most of the bill, and the town's share of the \(sum) came from its reserves.
        """
      )
    ])
    let analysis = DraftAnalysis(
      text: "Repairs to the museum cost the town £4.2 million.", format: .plain, corpus: corpus, threshold: 0.4)
    let found = try #require(analysis.alignments.first)
    #expect(found.first?.rule == .model || found.first?.rule == .containment)
    let second = found.dropFirst().first
    #expect((second?.rule == .sameFigures) == linked, "\(found.map(\.rule))")
    #expect(found.count == (linked ? 2 : 1))
  }

  /// An article that tells a claim across two paragraphs, the crossing's old length in one and its cut in
  /// another, is linked on both for a draft that gives both figures: the second gives the figure the first left
  /// out. A second paragraph giving another cut, or none, is another claim of the article.
  @Test(arguments: [("14 minutes", true), ("9 minutes", false), ("a few minutes", false)])
  func aSecondSpanGivingTheFiguresLeftOutIsLinked(cut: String, linked: Bool) throws {
    let corpus = Self.corpus([
      (
        "brann-post.md",
        """
        The Calder ferry took 55 minutes to cross the Brann channel, the harbour board said on Friday.

        The board thanked the crews who worked through the winter.

        Its new engines have cut the time by \(cut), the board said.
        """
      )
    ])
    let analysis = DraftAnalysis(
      text: "New engines cut the Calder ferry's 55-minute crossing of the Brann channel by 14 minutes.", format: .plain,
      corpus: corpus, threshold: 0.5)
    let found = try #require(analysis.alignments.first)
    let second = found.first { $0.sentences == 2..<3 }
    #expect((second?.rule == .sameFigures) == linked, "\(found.map(\.rule))")
    #expect(found.count == (linked ? 2 : 1), "\(found.map(\.rule))")
  }

  /// An article's best span that carries too little of the draft for the article-best rule is linked when it
  /// words the claim as another outlet's linked span does (`AlignmentModel.Rule.echo`); with nothing linked to
  /// vouch for it, or only a span that says something else, it is not.
  @Test(arguments: [
    ("Curator Ines Marlow said the old charts of the river had come through the fire almost intact.", true),
    ("Curator Ines Marlow said the old river maps had survived the fire almost intact.", true),
    ("Curator Ines Marlow said the old charts of the river would go on show in the east wing in the spring.", false),
  ])
  func anOutletWordingTheClaimAsALinkedOneIsLinked(herald: String, linked: Bool) throws {
    let corpus = Corpus(
      articles: [
        SourceArticle(
          path: "/story/sources/orlen-herald.md",
          text: "The Orlen Museum reopened on Saturday after a fire destroyed its east wing.\n\n\(herald)\n"),
        SourceArticle(
          path: "/story/sources/river-post.md",
          text: """
            The museum in Orlen opened its doors again on Saturday, a year and a half after fire gutted the east wing.

            The charts of the river came through the fire nearly unscathed, Marlow told the Post.

            The town paid £4.5 million for the repairs.
            """),
      ], problems: [])
    // After a lede, so that the River Post's lede is judged by the rules of any sentence, not the lede's.
    let analysis = DraftAnalysis(
      text:
        "The Orlen Museum has reopened.\n\nCurator Ines Marlow said the old river maps had survived the fire almost "
        + "intact.", format: .plain, corpus: corpus, threshold: 0.4)
    let found = try #require(analysis.alignments.last)
    let post = found.first { corpus.article($0.article)?.metadata.outlet == "river-post" }
    #expect((post?.rule == .echo) == linked, "\(found.map(\.rule))")
    // `inspect alignment` names the outlet that vouched for it.
    #expect(post?.echoOf.flatMap(corpus.article)?.metadata.outlet == (linked ? "orlen-herald" : nil))
    #expect(post == nil || post?.rule == .echo, "\(found.map(\.rule))")
  }

  /// The echo rule asks less of the draft than the article-best rule, never a figure of another value, and two
  /// spans that each carry the other.
  @Test func theEchoRuleAsksLessThanTheArticleBestRule() {
    var carriage = Self.carriage(
      "Marlow said the maps survived the fire.", in: "The charts came through the blaze unscathed, Marlow said.",
      carried: 0.32, beyondNames: 0.1)
    #expect(AlignmentModel.carriesAsEcho(carriage))
    #expect(!AlignmentModel.carriesAsArticleBest(carriage, probability: 0.5))
    carriage.givesAnotherFigure = true
    #expect(!AlignmentModel.carriesAsEcho(carriage))
    carriage.givesAnotherFigure = false
    carriage.carried = 0.25
    #expect(!AlignmentModel.carriesAsEcho(carriage))
    let vouching = Self.side(
      "Curator Ines Marlow said the old charts of the river had come through the fire almost intact.")
    #expect(
      AlignmentModel.sayTheSame(
        Self.side("The charts of the river came through the fire nearly unscathed, Marlow said."), vouching))
    #expect(
      !AlignmentModel.sayTheSame(Self.side("The town paid £4.5 million for the repairs to the east wing."), vouching))
  }

  /// A unit of measure stands for what it measures: a figure in feet is one of the same thing as a draft's in
  /// metres (a changed number, for the figure check to compare), a speed written out is one with "mph", and
  /// neither is a distance in miles.
  @Test func figuresOfOneDimensionAreFiguresOfTheSameThing() {
    #expect(Self.slotBridged("The wreck lies about 160 metres offshore.", "The wreck lies about 500 feet offshore."))
    #expect(Self.slotBridged("The ferry sailed at 30 miles per hour.", "The ferry sailed at 25 mph."))
    #expect(!Self.slotBridged("The ferry sailed at 30 miles per hour.", "The ferry sailed 40 miles to Calderwick."))
  }

  /// A day of the month is a day of that month: another day of it is a changed date, for the figure check to
  /// compare; a day of another month is another date, another event's ("a hearing on July 8" is no sentencing
  /// date of "October 13" changed).
  @Test func aDayIsADayOfItsMonth() {
    let draft = "The judge set October 13 as the date for sentencing."
    #expect(Self.slotBridged(draft, "The judge set sentencing for October 3."))
    #expect(Self.slotBridged(draft, "The judge set sentencing for the 3rd of October."))
    #expect(!Self.slotBridged(draft, "The judge set a hearing for July 8 to discuss a date for sentencing."))
  }

  /// Whether a source sentence carries a draft figure by its place (`Carriage.Bridge.figureSlot`), no article
  /// giving the draft's figure.
  static func slotBridged(_ draft: String, _ source: String) -> Bool {
    var sourceSide = side(source)
    sourceSide.figuresGiven = []
    return Carriage.bridges(draft: side(draft), source: sourceSide).contains { $0.bridge == .figureSlot }
  }

  /// A figure of one digit ("two counts") is given by many sentences of a story; the draft's figures make a span
  /// particular when one of them has two digits or more, and the span gives them all.
  @Test func theDraftsFiguresAreParticularFromTwoDigits() {
    func gives(_ draft: String, _ source: String) -> Bool {
      Carriage(draft: Self.side(draft), source: Self.side(source)).givesEveryDraftFigure
    }
    #expect(!gives("The jury convicted Marlow on two counts.", "Marlow was found guilty on two counts."))
    #expect(gives("The fire burned for 32 hours.", "Crews fought the blaze for 32 hours, the council said."))
    #expect(!gives("The fire burned for 32 hours in 2024.", "Crews fought the blaze for 32 hours."))
  }

  /// A span's words, each of the same rarity.
  static func side(_ text: String) -> AlignmentSide {
    AlignmentSide(Tokenizer.tokens(in: text, range: 0..<text.utf8.count), weight: { _ in 1 })
  }

  /// A draft sentence's carriage by a source sentence, its shares set to what a rule's test needs.
  static func carriage(_ draft: String, in source: String, carried: Double, beyondNames: Double) -> Carriage {
    var carriage = Carriage(draft: side(draft), source: side(source))
    carriage.carried = carried
    carriage.carriedBeyondNames = beyondNames
    return carriage
  }

  /// Retrieval keeps the best few of thousands of scored sentences: the same as sorting them all and taking the
  /// first, ties broken by position.
  @Test func retrievalKeepsTheBestScoredInOrder() {
    var scores: [SentenceRef: Double] = [:]
    for article in 0..<40 {
      for sentence in 0..<25 {
        scores[SentenceRef(article: article, sentence: sentence)] = Double((article * 7 + sentence * 3) % 11)
      }
    }
    let sorted = scores.sorted {
      ($0.value, -$0.key.article, -$0.key.sentence) > ($1.value, -$1.key.article, -$1.key.sentence)
    }.map(\.key)
    #expect(Aligner.best(80, of: scores) == Array(sorted.prefix(80)))
    #expect(Aligner.best(5, of: [:]).isEmpty)
  }

  /// Candidates retrieval finds alike (the same score and terms: wire copy) take one place, the first in order
  /// standing for the others; places run out at the limit.
  @Test func retrievalKeepsOnePlaceForCopies() {
    let copies = (0..<6).map { SentenceRef(article: $0, sentence: 2) }
    let others = (10..<20).map { SentenceRef(article: $0, sentence: 0) }
    var scores = Dictionary(uniqueKeysWithValues: copies.map { ($0, 5.0) })
    for other in others { scores[other] = 5.0 }
    let places = Aligner.placesForWordings(
      Aligner.best(100, of: scores), scores: scores, limit: 3
    ) { $0.sentence == 2 && $1.sentence == 2 }
    #expect(places.map(\.reference) == [copies[0], others[0], others[1]])
    #expect(places[0].copies == Array(copies[1...]))
    #expect(places[1].copies.isEmpty)
  }

  /// The names "in" introduces, run on one space apart, are where the claim happened
  /// (`AlignmentSide.markSettings`); a name after a comma starts the clause's own.
  @Test(arguments: [
    ("Jurors in New York acquitted Ines Vela.", ["york"]),
    ("In Orlen, Ines Marlow reopened the museum.", ["orlen"]),
    ("Ines Marlow reopened the museum in Orlen on Saturday.", ["orlen"]),
    ("Ines Marlow reopened the Orlen Museum.", []),
  ])
  func settingsAreTheNamesInIntroduces(text: String, settings: [String]) {
    let side = AlignmentSide(Tokenizer.tokens(in: text, range: 0..<text.utf8.count), weight: { _ in 1 })
    #expect(side.words.filter(\.isSetting).map(\.normalized) == settings.map { Normalizer.normalize($0) })
  }

  /// A span's first content word is a name when a name follows it only if it is written with a capital itself:
  /// "Ines Marlow reopened" opens with a given name, "“It was a triumph,” Marlow said" with none.
  @Test(arguments: [
    ("Ines Marlow reopened the museum.", ["ines", "marlow"]),
    ("“It was a triumph,” Marlow said.", ["marlow"]),
  ])
  func aSpansFirstWordIsANameOnlyWithItsOwnCapital(text: String, names: [String]) {
    #expect(Self.side(text).words.filter(\.isName).map(\.normalized) == names.map { Normalizer.normalize($0) })
  }

  /// Figures written close together are one figure when what follows each measures one thing, and two otherwise;
  /// a figure with no word of its own after it stays with the next.
  @Test(arguments: [
    ("The crossing took 11 hours and 23 minutes.", [["11", "23"], ["11", "23"]]),
    ("Over eight weeks, 34 witnesses spoke.", [["8"], ["34"]]),
    ("The wall rose 5 feet 11 inches.", [["5", "11"], ["5", "11"]]),
    ("The term is between 10 and 12 years.", [["10", "12"], ["10", "12"]]),
  ])
  func figuresWrittenTogetherAreOneOnlyOfOneMeasure(text: String, groups: [[String]]) {
    let side = Self.side(text)
    #expect(side.words.filter(\.isFigure).map(\.figureGroup) == groups.map { $0.map(Token.hash) })
  }

  /// A given name is bridged to a surname the source writes as a name, or opens its span with; not to the same
  /// word written as an ordinary one.
  @Test(arguments: [
    ("Vela reopened the port.", true), ("Vela reopens port after storm", true),
    ("The port reopened after the vela storm.", false),
  ])
  func aGivenNameMeetsOnlyASurnameWrittenAsAName(source: String, bridged: Bool) {
    let credits = Carriage.credits(of: Self.side("Ines Vela reopened the port."), in: Self.side(source))
    #expect((credits[0].bridge == .givenName) == bridged)
  }

  /// Only a name written right before the next, nothing but a space or quotation marks between them, is bridged
  /// as its given name: in a list of places ("Brann, Orlen and North Quay") no place is the given name of the next
  /// one the source names; a nickname in quotation marks is.
  @Test(arguments: [
    ("Ferries to Brann, Orlen and North Quay were cancelled.", [String]()),
    ("Ferry skipper Ines Vela stayed ashore.", ["ines"]),
    ("Ferry skipper “Inky” Vela stayed ashore.", ["inky"]),
  ])
  func aGivenNameIsWrittenRightBeforeItsSurname(draft: String, bridged: [String]) {
    let side = Self.side(draft)
    let credits = Carriage.credits(of: side, in: Self.side("Orlen and North Quay saw Vela stay ashore."))
    let names = zip(side.words, credits).filter { $0.1.bridge == .givenName }.map(\.0.normalized)
    #expect(names == bridged.map { Normalizer.normalize($0) })
  }

  /// A name is carried by the office that names it in the draft ("Judge Tomas Brill", "the judge, Tomas Brill")
  /// where the other side names that office and nobody by it; not where it names someone else by it, nor by an
  /// office the draft does not give the name.
  @Test(arguments: [
    (
      "The judge, Tomas Brill, refused to free the skipper.", "A judge refused to free the skipper.",
      ["tomas", "brill"]
    ),
    ("Judge Tomas Brill refused to free the skipper.", "The judge refused to free the skipper.", ["tomas", "brill"]),
    ("Port chief Tomas Brill shut the quay.", "The port's chief shut the quay on Friday.", ["tomas", "brill"]),
    ("Judge Tomas Brill refused to free the skipper.", "Judge Karin Holt refused to free the skipper.", []),
    ("The mayor, Tomas Brill, shut the quay.", "The judge shut the quay.", []),
    ("Tomas Brill refused to free the skipper.", "A judge refused to free the skipper.", []),
  ])
  func aNameIsCarriedByTheOfficeThatNamesIt(draft: String, source: String, bridged: [String]) {
    let side = Self.side(draft)
    let credits = Carriage.credits(of: side, in: Self.side(source))
    let names = zip(side.words, credits).filter { $0.1.bridge == .role }
    #expect(names.map(\.0.normalized) == bridged.map { Normalizer.normalize($0) })
    // The office says which person, not that it is this one: half a name.
    #expect(names.allSatisfy { $0.1.credit == 0.5 })
  }

  @Test func unrelatedSentenceHasNoSource() {
    #expect(matches("The mayor will stand for re-election in May.").isEmpty)
  }

  @Test func replacingOneFileUpdatesTheIndex() {
    var corpus = Self.corpus()
    #expect(matches("Curator Ines Marlow said the river maps survived.", corpus: corpus).count == 1)
    corpus.replace(path: "/story/sources/orlen-herald.md", with: nil, problem: nil)
    #expect(matches("Curator Ines Marlow said the river maps survived.", corpus: corpus).isEmpty)
    corpus.replace(
      path: "/story/sources/new.md",
      with: SourceArticle(path: "/story/sources/new.md", text: "Ines Marlow said the river maps had survived."),
      problem: nil)
    #expect(matches("Curator Ines Marlow said the river maps survived.", corpus: corpus).map(\.outlet) == ["new"])
  }

  @Test func reanalysisReusesAlignmentsOfUnchangedSentences() {
    let corpus = Self.corpus()
    let first = DraftAnalysis(text: "Repairs cost £4.2 million. The museum reopened.", format: .plain, corpus: corpus)
    let second = DraftAnalysis(
      text: "Repairs cost £4.2 million. The museum reopened on Saturday.", format: .plain, corpus: corpus,
      cache: first.cache)
    #expect(second.cache.count == 2)
    #expect(second.alignments[0] == first.alignments[0])
  }

  /// Tokens come from the cache by a sentence's bytes and are moved to where the sentence now stands: the same
  /// tokens as a fresh analysis, after text was typed before them.
  @Test func cachedTokensLandWhereTheSentenceNowIs() {
    let corpus = Self.corpus()
    let first = DraftAnalysis(text: "The museum reopened. Repairs cost £4.2 million.", format: .plain, corpus: corpus)
    let edited = "Good news for Orlen. The museum reopened. Repairs cost £4.2 million."
    let cached = DraftAnalysis(text: edited, format: .plain, corpus: corpus, cache: first.cache)
    let fresh = DraftAnalysis(text: edited, format: .plain, corpus: corpus)
    #expect(cached.tokens == fresh.tokens)
    #expect(cached.findings == fresh.findings)
  }
}
