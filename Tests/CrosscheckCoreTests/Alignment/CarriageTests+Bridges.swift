import CrosscheckCore
import Foundation
import Testing

/// Bridges between wordings: paraphrase pairs, figures by value and kind, months and days.
extension CarriageTests {
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
}
