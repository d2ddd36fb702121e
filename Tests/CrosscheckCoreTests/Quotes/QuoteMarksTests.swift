import Testing

@testable import CrosscheckCore

/// Editorial marks in source quotations, and speakers named with titles and suffixes: an invented story about the
/// Calderwick harbour and its wall.
@Suite struct QuoteMarksTests {
  static let corpus = Corpus(
    articles: [
      SourceArticle(
        path: "/story/harbour-news.md",
        text:
          "---\noutlet: Harbour News\n---\n“We will honour [the agreement] in full,” Gov. Ana Ruiz said on Monday.\n\n"
          + "“The tide … made it too dangerous to sail,” said Col. Tom Reyes Jr., head of the harbour police.\n\n"
          + "“The wall was built in 1903 and it will stand [sic] for ever,” Harbourmaster Lena Okafor said.\n"
      )
    ], problems: [])

  func quoteFindings(_ draft: String) -> [Finding] {
    DraftAnalysis(text: draft, format: .markdown, corpus: Self.corpus).findings.filter { $0.code != "unverified-quote" }
  }

  @Test(arguments: [
    // The bracketed words themselves, the words they may have replaced, or none.
    "“We will honour the agreement in full,” Governor Ana Ruiz said.",
    "“We will honour the deal we signed in full,” Governor Ana Ruiz said.",
    "“We will honour in full,” Governor Ana Ruiz said.",
    // An ellipsis in the source stands for any words left out.
    "“The tide made it too dangerous to sail,” Tom Reyes said.",
    "“The tide on Monday made it too dangerous to sail,” Tom Reyes said.",
    // "[sic]" stands for nothing, in the source and in the draft.
    "“The wall was built in 1903 and it will stand for ever,” Lena Okafor said.",
    "“It will stand [sic] for ever,” Okafor said.",
  ])
  func editorialMarksInASourceQuoteAreNotMisquotes(draft: String) {
    #expect(quoteFindings(draft).isEmpty, "\(quoteFindings(draft).map(\.message))")
  }

  @Test func aChangedWordBesideABracketIsStillAMisquote() throws {
    let found = quoteFindings("“We will break the agreement in full,” Governor Ana Ruiz said.")
    #expect(found.contains { $0.code == "misquote" }, "\(found.map(\.message))")
  }

  @Test(arguments: [
    "“We will honour the agreement in full,” Ruiz said.", "“We will honour the agreement in full,” Ana M. Ruiz said.",
    "“We will honour the agreement in full,” Ms Ruiz said.", "“We will honour the agreement in full,” A. Ruiz said.",
  ])
  func onePersonUnderTitlesInitialsAndSuffixes(draft: String) {
    #expect(quoteFindings(draft).isEmpty, "\(quoteFindings(draft).map(\.message))")
  }

  @Test func aDifferentGivenNameIsAnotherPerson() {
    let found = quoteFindings("“We will honour the agreement in full,” Maria Ruiz said.")
    #expect(found.map(\.code) == ["misattributed-quote"], "\(found.map(\.message))")
  }
}

/// A draft quote is looked up in every source quotation by its words, whether or not its sentence aligns.
@Suite struct QuoteLookupTests {
  static let corpus = Corpus(
    articles: [
      SourceArticle(
        path: "/story/quay-times.md",
        text:
          "---\noutlet: Quay Times\n---\nMayor Elena Marsh visited the flooded quay at Calderwick on Monday.\n\n"
          + "“With the flood risk rising, we cannot wait another winter,” she told reporters.\n"
      ),
      SourceArticle(path: "/story/other.md", text: "The ferry timetable changes in May.\n"),
    ], problems: [])

  func findings(_ draft: String) -> [Finding] {
    DraftAnalysis(text: draft, format: .markdown, corpus: Self.corpus).findings
  }

  @Test func aPartialQuoteIsFoundInsideALongerSourceQuotation() {
    // The draft's sentence says nothing else the source's does: only the quotation's words find it.
    let found = findings("Calderwick needs its wall. “We cannot wait another winter,” Marsh said.")
    #expect(found.isEmpty, "\(found.map(\.message))")
  }

  @Test func aChangedWordInThePartialQuoteIsAMisquote() throws {
    let found = findings("Calderwick needs its wall. “We cannot wait another summer,” Marsh said.")
    let misquote = try #require(found.first { $0.code == "misquote" }, "\(found.map(\.message))")
    #expect(misquote.message.contains("the sources have “winter” where the draft has “summer”"))
  }
}

/// Short quotes a named speaker is said to have used, and the clause that holds a quote.
@Suite struct QuoteSpeakerTests {
  static let corpus = Corpus(
    articles: [
      SourceArticle(
        path: "/story/harbour-news.md",
        text:
          "---\noutlet: Harbour News\n---\nCouncillor Ana Marsh called the harbour vote a “good deal” for the town.\n\n"
          + "The city has said it will spend less on the quay, with Treasurer Ines Ruiz saying the council was making "
          + "a “real sacrifice” this year.\n"
      )
    ], problems: [])

  func findings(_ draft: String) -> [Finding] {
    DraftAnalysis(text: draft, format: .markdown, corpus: Self.corpus).findings
  }

  func quotes(_ text: String) -> [Quote] { DraftAnalysis(text: text, format: .plain).quotes }

  @Test func aShortQuoteAfterANamingVerbIsTheSpeakersPartialQuote() throws {
    let quote = try #require(quotes("Ana Marsh called the vote a “fair deal”.").first)
    #expect(quote.kind == .partial && quote.speaker == "Ana Marsh" && quote.cue == "called")
    // A scare quote stays one: no named subject, or "so-called".
    let critics = try #require(quotes("Critics called the wall a “folly”.").first)
    #expect(critics.kind == .scare && critics.speaker == nil)
  }

  @Test func aShortCuedQuoteIsComparedWithWhatTheSourcesQuoteThatSpeakerSaying() throws {
    let found = findings("Councillor Ana Marsh called the harbour vote a “fair deal” for the town.")
    let misquote = try #require(found.first { $0.code == "misquote" }, "\(found.map(\.message))")
    #expect(misquote.message.contains("the sources have “good” where the draft has “fair”"))
    #expect(findings("Councillor Ana Marsh called the harbour vote a “good deal” for the town.").isEmpty)
  }

  @Test func aShortCuedQuoteNoSourceGivesThatSpeakerIsUnverified() {
    let found = findings("Treasurer Ines Ruiz called the harbour vote a “bold gamble” for the town.")
    #expect(found.map(\.code) == ["unverified-quote"], "\(found.map(\.message))")
  }

  @Test func theQuoteBelongsToTheParticipialClauseThatHoldsIt() throws {
    let quote = try #require(
      quotes(
        "The city has said it will spend less, with Treasurer Ines Ruiz saying the council was making a “real sacrifice”."
      ).first)
    #expect(quote.speaker == "Ines Ruiz" || quote.speaker == "Treasurer Ines Ruiz", "\(quote.speaker ?? "none")")
    #expect(
      findings(
        "The city has said it will spend less on the quay, with Treasurer Ines Ruiz saying the council was making a “real sacrifice” this year."
      ).isEmpty)
  }

  /// Whether a draft is told it gives Dev Patel's words about the quay to someone else.
  func misattributes(_ draft: String) -> Bool {
    let corpus = Corpus(
      articles: [
        SourceArticle(
          path: "/story/quay.md", text: "“The quay stays open all winter,” Dev Patel said on Monday.\n")
      ], problems: [])
    return DraftAnalysis(text: draft, format: .markdown, corpus: corpus).findings.contains {
      $0.code == "misattributed-quote"
    }
  }

  /// A pronoun for the speaker is read as the person named before it; where the quote's paragraph names someone
  /// else before the pronoun, that reading is a guess, and a guess is not called a misattribution.
  @Test func aPronounThatMayMeanSomeoneElseIsNoMisattribution() {
    #expect(
      !misattributes("Ines Ruiz spoke first. Dev Patel's crew cheered when he said “The quay stays open all winter.”"))
    #expect(misattributes("Ines Ruiz spoke first. “The quay stays open all winter,” she said."))
    #expect(misattributes("Ines Ruiz spoke first.\n\nRelatives cheered. “The quay stays open all winter,” she said."))
  }

  /// The names a paragraph writes before a pronoun are whole runs with their titles left out, so a paragraph that
  /// names only the person the pronoun stands for leaves no doubt: "Harbourmaster Ines Ruiz then left the quay.
  /// “…,” she said." is Ines Ruiz's, and words the sources give Dev Patel are misattributed.
  @Test func aParagraphNamingOnlyThePronounsPersonLeavesNoDoubt() {
    #expect(misattributes("Harbourmaster Ines Ruiz then left the quay. “The quay stays open all winter,” she said."))
    #expect(QuoteChecks.namesWritten(in: "Harbourmaster Ines Ruiz then left the quay. ") == ["Ines Ruiz"])
    #expect(
      QuoteChecks.namesWritten(in: "Relatives cheered as Dev Patel's crew and Vale waved.") == ["Dev Patel", "Vale"])
    #expect(QuoteChecks.namesWritten(in: "Patel's crew cheered.") == ["Patel"])
  }

  /// A name is the subject of a verb behind an adverb or two, and "she" after it stands for that name.
  @Test func aNameBeforeAnAdverbAndAVerbIsItsSubject() {
    let draft =
      "Dev Patel spoke first. Ines Ruiz then quietly left the quay. “The quay stays open all winter,” she said."
    #expect(quotes(draft).map(\.speaker) == ["Ines Ruiz"])
    #expect(
      quotes(draft.replacingOccurrences(of: "then quietly left", with: "and the crew left")).map(\.speaker) == [
        "Dev Patel"
      ])
  }

  /// "He" or "she" in a sentence that names one person before it stands for that person, whoever the sentence
  /// before was about.
  @Test func aPronounStandsForThePersonItsSentenceNames() {
    let draft = """
      Dev Patel took the helm.

      Ines Ruiz testified that he had steered well.

      Dev Patel's crew cheered when he said “The quay stays open all winter.”
      """
    let speakers = quotes(draft).map(\.speaker)
    #expect(speakers == ["Dev Patel"], "\(speakers)")
    // Names inside the quote are not the sentence's: the pronoun is the speaker named before.
    #expect(quotes("Dev Patel spoke first. “Ines Ruiz,” he replied.").map(\.speaker) == ["Dev Patel"])
    // A full name written as a possessive is not what a later lone surname stands for.
    let family = "Dev Patel spoke first. Mira Patel's boat came in. “The quay stays open,” Patel said."
    #expect(quotes(family).map(\.speaker) == ["Dev Patel"])
  }

  @Test func onlyNamesAreComparedForMisattribution() {
    let corpus = Corpus(
      articles: [
        SourceArticle(
          path: "/story/quay.md",
          text: "Dock Plans To Keep Ferries\n\n“The quay stays open all winter,” Ines Ruiz said on Monday.\n")
      ], problems: [])
    // An unresolved pronoun in the draft is nobody in particular: it is not "someone else".
    let pronoun = DraftAnalysis(text: "“The quay stays open all winter,” she said.", format: .markdown, corpus: corpus)
    #expect(!pronoun.findings.contains { $0.code == "misattributed-quote" })
    #expect(QuoteChecks.isPersonName("Ines Ruiz") && !QuoteChecks.isPersonName("To Keep Ferries"))
    #expect(!QuoteChecks.isPersonName("his"))
    #expect(QuoteChecks.isPersonName("Tomas “Skipper” Reyes"))
    #expect(QuoteChecks.isPersonName("Harbourmaster Lena Okafor") && QuoteChecks.isPersonName("Okafor"))
    #expect(!QuoteChecks.isPersonName("He's Dev Patel"))
    #expect(!QuoteChecks.isPersonName("Transcript"))
    #expect(!QuoteChecks.isPersonName("Mayor Praises Harbour Chief Ines Ruiz’s Quay Plan"))
  }

  @Test func aFewWordsChangedInAShortQuoteIsAMisquote() throws {
    let corpus = Corpus(
      articles: [
        SourceArticle(path: "/story/quay.md", text: "“Harbour safety is everything,” Ines Ruiz said on Monday.\n")
      ],
      problems: [])
    let found = DraftAnalysis(
      text: "“Harbour safety is our duty,” Ines Ruiz said on Monday.", format: .markdown, corpus: corpus
    ).findings
    #expect(found.contains { $0.code == "misquote" }, "\(found.map(\.message))")
  }
}
