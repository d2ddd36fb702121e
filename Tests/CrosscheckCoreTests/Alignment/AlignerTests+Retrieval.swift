import Testing

@testable import CrosscheckCore

/// Which sentences are read for a claim: those giving the draft's figures, copies of a wording, and what the
/// index reads.
extension AlignerTests {
  /// The index leaves figures out, so the sentence of an article read for a claim that gives the draft's figure
  /// is read too, however many of the article's sentences share more of the draft's words.
  @Test func aSentenceIsFoundByTheDraftsFigure() {
    let topical = (1...12).map { "The warehouse fire on Dock Road kept crews busy, witness \($0) said." }
    let corpus = Corpus(
      articles: [
        SourceArticle(
          path: "/story/sources/dock-gazette.md",
          text: (topical + ["Firefighters needed 32 hours in all to put the blaze out."]).joined(separator: "\n\n"))
      ], problems: [])
    let found = matches("Crews fought the warehouse fire on Dock Road for 32 hours.", corpus: corpus).map(\.text)
    #expect(found.first == "Firefighters needed 32 hours in all to put the blaze out.", "\(found)")
  }

  /// Where another outlet's sentences fill every candidate read in full, an article retrieval found is still asked
  /// for the sentence that gives the draft's figure.
  @Test func aSentenceIsFoundByTheDraftsFigureInAnArticleNotRead() {
    let corpus = Self.crowded(
      gazette: "The warehouse fire on Dock Road kept crews busy, witness # said.",
      harbourNews:
        "Smoke from Dock Road drifted over the harbour.\n\nFirefighters needed 32 hours in all to put it out.")
    let found = matches("Crews fought the warehouse fire on Dock Road for 32 hours.", corpus: corpus).map(\.text)
    #expect(found.first == "Firefighters needed 32 hours in all to put it out.", "\(found)")
  }

  /// However many of one outlet's sentences retrieval ranks first, every article it reaches (up to 30) is asked
  /// for the sentence that gives the draft's figure.
  @Test func anArticleRankedBelowAnotherOutletsManySentencesIsAskedForTheFigure() {
    let corpus = Self.crowded(
      gazette: "The warehouse fire on Dock Road kept crews busy for hours, witness # said.", times: 40,
      harbourNews:
        "Smoke from Dock Road drifted over the harbour.\n\nFirefighters needed 32 hours in all to put it out.")
    let found = matches("Crews fought the warehouse fire on Dock Road for 32 hours.", corpus: corpus).map(\.text)
    #expect(found.contains("Firefighters needed 32 hours in all to put it out."), "\(found)")
  }

  /// The sentences giving the draft's figures are taken from each article in turn: an article that gives them in
  /// sentence after sentence does not take every place.
  @Test func eachArticleGivesTheFiguresInTurn() {
    let corpus = Self.crowded(
      gazette: "Gauge # on Dock Road read 32 degrees.", times: 40,
      harbourNews: "Smoke drifted over the harbour.\n\nThe quay thermometer read 32 degrees at noon.")
    let draft = Self.side("The gauges read 32 degrees.")
    let found = Aligner.sentencesGivingTheFigures(of: draft, in: [0, 1], corpus: corpus, besides: [])
    #expect(found.count == Aligner.readLimit)
    #expect(found.prefix(2) == [SentenceRef(article: 0, sentence: 0), SentenceRef(article: 1, sentence: 1)])
  }

  /// A draft that gives several figures asks for the sentences that give every one first, then for those that give
  /// some of them, in turn: each may tell part of the claim.
  @Test func sentencesGivingSomeOfTheDraftsFiguresAreReadAfterThoseGivingAll() {
    let corpus = Self.corpus([
      (
        "gazette.md",
        "Smoke drifted over the quay.\n\nThe fire burned for 32 hours.\n\nIt began in a store of 45 tonnes of rope.\n"
      ),
      ("news.md", "The 45 tonnes of rope in the store burned for 32 hours.\n"),
    ])
    func read(_ draft: String) -> [SentenceRef] {
      Aligner.sentencesGivingTheFigures(of: Self.side(draft), in: [0, 1], corpus: corpus, besides: [])
    }
    #expect(
      read("A store of 45 tonnes of rope burned for 32 hours.") == [
        SentenceRef(article: 1, sentence: 0), SentenceRef(article: 0, sentence: 1),
        SentenceRef(article: 0, sentence: 2),
      ])
    // One figure asks for the sentences that give it, as before.
    #expect(
      read("The fire burned for 32 hours.") == [
        SentenceRef(article: 0, sentence: 1), SentenceRef(article: 1, sentence: 0),
      ])
  }

  /// Where one outlet's near repeats of a claim fill every candidate read in full, another outlet that tells it in
  /// fewer of the same words is still read, as its article's best, and linked.
  @Test func anOutletIsReadWhenAnotherFillsTheCandidates() {
    let corpus = Self.crowded(
      gazette: "Crews fought the warehouse fire on Dock Road through the night, witness # said.",
      harbourNews: "Smoke drifted over the harbour.\n\nFirefighters fought the warehouse fire on Dock Road for hours.")
    let outlets = matches("Crews fought the warehouse fire on Dock Road through the night.", corpus: corpus).map(
      \.outlet)
    #expect(outlets.contains("harbour-news"), "\(outlets)")
  }

  /// Wire copy carried word for word by a dozen outlets takes one place among the sentences read: the Harbour
  /// News, which carries it too, tells the claim again in its own words, and that sentence is read and linked.
  @Test func wireCopyTakesOnePlaceAmongTheSentencesRead() {
    let wire = "The Brann ferry strike ended on Monday after the crews accepted a pay offer from the port."
    let copies = (1...11).map { ("wire-\($0).md", wire) }
    let own = "Monday brought the end of the Brann strike, as crews took the port's pay offer."
    let corpus = Self.corpus(copies + [("harbour-news.md", wire + "\n\nThe port said little.\n\n" + own)])
    let found = matches(
      "The Brann ferry strike ended on Monday when crews accepted the port's pay offer.", corpus: corpus)
    #expect(found.contains { $0.outlet == "harbour-news" && $0.text == own }, "\(found)")
  }

  /// Each wording ranked takes one place, whether its copies come ranked one by one or with it: the first is read,
  /// the others take its reading; the places stop at `Aligner.readLimit` wordings.
  @Test func copiesOfAWordingAreReadInItsPlace() {
    let corpus = Self.corpus(
      (0..<6).map { ("wire-\($0).md", "The Brann ferry strike ended on Monday.") }
        + (0..<12).map { ("own-\($0).md", "Ferry crews in Brann went back to work on day \($0 + 1).") })
    let references = (0..<18).map { SentenceRef(article: $0, sentence: 0) }
    let own = Array(references[6...])
    let expected = Array(references[..<(5 + Aligner.readLimit)])
    let oneByOne = Aligner.wordingsToRead(references.map { ($0, []) }, corpus: corpus)
    #expect(oneByOne.read == expected)
    #expect(oneByOne.copyOf == Dictionary(uniqueKeysWithValues: references[1..<6].map { ($0, references[0]) }))
    let grouped = Aligner.wordingsToRead(
      [(references[0], Array(references[1..<6]))] + own.map { ($0, []) }, corpus: corpus)
    #expect(grouped.read == expected)
    #expect(grouped.copyOf == oneByOne.copyOf)
  }

  /// A sentence carried word for word by more outlets than retrieval keeps places for is linked in every one of
  /// them, read once: of a hundred outlets carrying it, thirty had been linked, those whose articles were asked
  /// for their best unread sentence.
  @Test func everyOutletCarryingAWordingIsLinked() {
    let story =
      "The Brann ferry strike ended on Monday after the crews accepted a pay offer from the port. "
      + "Ferries will sail again on Wednesday, the port said."
    let corpus = Self.corpus((1...100).map { ("wire-\($0).md", story) })
    let found = matches("The Brann strike ended on Monday when crews accepted the port's pay offer.", corpus: corpus)
    #expect(Set(found.map(\.outlet)) == Set((1...100).map { "wire-\($0)" }), "\(found)")
  }

  /// A copy takes its original's match where the copy stands, a clause unit's range moved with it.
  @Test func aCopyTakesTheMatchWhereItStands() throws {
    let line = "Ferries will sail again on Wednesday; the strike is over, the port said."
    let corpus = Self.corpus([("first.md", line), ("second.md", "The port spoke.\n\n" + line)])
    let side = AlignmentSide(
      Tokenizer.tokens(in: "the strike is over", range: 0..<18), weight: { _ in 1 })
    let original = SentenceMatch(
      article: 0, sentences: 0..<1, score: 0.9, rule: .model, carriage: Carriage(draft: side, source: side),
      unit: ClauseUnit(kind: .semicolon, range: 38..<56, tokens: []))
    let copy = try #require(
      Aligner.copied(original, to: SentenceRef(article: 1, sentence: 1), corpus: corpus))
    let article = try #require(corpus.article(1))
    #expect(copy.article == 1 && copy.sentences == 1..<2)
    #expect(copy.text(in: article) == "the strike is over")
    var pair = original
    pair.sentences = 0..<2
    #expect(Aligner.copied(pair, to: SentenceRef(article: 1, sentence: 1), corpus: corpus) == nil)
  }

  /// The extra reading stops at articles whose best candidate shares little of the draft's wording.
  @Test func anOutletSharingLittleOfTheDraftIsNotReadAsItsArticlesBest() {
    let ranked = [
      (SentenceRef(article: 0, sentence: 1), 0.9), (SentenceRef(article: 1, sentence: 4), 0.4),
      (SentenceRef(article: 1, sentence: 2), 0.3), (SentenceRef(article: 2, sentence: 0), 0.1),
    ]
    let read = Aligner.bestUnreadOfEachArticle(ranked[...], besides: [SentenceRef(article: 0, sentence: 1)])
    #expect(read == [SentenceRef(article: 1, sentence: 4)])
  }

  /// An outlet with a sentence read has its next best candidate read too: the read one may tell only the claim's
  /// setting.
  @Test func anOutletWithASentenceReadHasItsNextBestRead() {
    let ranked = [
      (SentenceRef(article: 0, sentence: 1), 0.9), (SentenceRef(article: 0, sentence: 5), 0.5),
      (SentenceRef(article: 0, sentence: 2), 0.45), (SentenceRef(article: 1, sentence: 4), 0.4),
    ]
    let read = Aligner.bestUnreadOfEachArticle(ranked[...], besides: [SentenceRef(article: 0, sentence: 1)])
    #expect(read == [SentenceRef(article: 0, sentence: 5), SentenceRef(article: 1, sentence: 4)])
  }

  /// The index reads "not guilty" as alignment does (`CarriageTests.notGuiltyIsAcquitted`), so that retrieval finds an
  /// acquittal however it is worded.
  @Test func theIndexReadsNotGuiltyAsAcquitted() {
    let text = "was found not guilty of fraud"
    var memo: [String: Term] = [:]
    let terms = Tokenizer.contentTerms(in: text, range: 0..<text.utf8.count, memo: &memo)
    #expect(terms.contains(Token.hash(Normalizer.normalize("acquitted"))))
    #expect(!terms.contains(Token.hash(Normalizer.normalize("guilty"))))
    let plea = "had pleaded not guilty to fraud"
    let pleaTerms = Tokenizer.contentTerms(in: plea, range: 0..<plea.utf8.count, memo: &memo)
    #expect(!pleaTerms.contains(Token.hash(Normalizer.normalize("acquitted"))))
  }

  /// A figure a long article gives in sentence after sentence adds no more sentences than retrieval reads.
  @Test func figureRetrievalReadsNoMoreThanRetrieval() {
    let article = SourceArticle(
      path: "/story/sources/tally.md",
      text: (1...40).map { "Gauge \($0) on Dock Road read 32 degrees." }.joined(separator: "\n\n"))
    let corpus = Corpus(articles: [article], problems: [])
    let draft = Self.side("The gauges read 32 degrees.")
    let found = Aligner.sentencesGivingTheFigures(of: draft, in: [0], corpus: corpus, besides: [])
    #expect(found.count == Aligner.readLimit)
    #expect(found.first == SentenceRef(article: 0, sentence: 0))
  }
}
