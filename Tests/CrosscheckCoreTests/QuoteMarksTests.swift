import CrosscheckCore
import Testing

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
