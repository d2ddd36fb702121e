import Testing

@testable import CrosscheckCore

/// A block of one sentence ending with a colon introduces the list below it and is aligned to nothing; the items,
/// and a sentence that only runs on to a colon inside its paragraph, are aligned as any other.
@Suite struct LeadInTests {
  static let corpus = Corpus(
    articles: [
      SourceArticle(
        path: "/story/harbour-news.md",
        text: "---\noutlet: Harbour News\n---\nThe verdict was read in Calder on Monday, and the court emptied.\n\n"
          + "The ferry subsidy will rise by a third under the verdict, the council said.\n")
    ], problems: [])

  func linked(_ draft: String) -> [String: Int] {
    let analysis = DraftAnalysis(text: draft, format: .markdown, corpus: Self.corpus)
    return Dictionary(
      zip(analysis.sentences, analysis.alignments).map { (analysis.prose.text(of: $0), $1.count) },
      uniquingKeysWith: +)
  }

  @Test func aLeadInIsAlignedToNothing() {
    let links = linked("What the verdict means:\n\n- The ferry subsidy rises by a third under the verdict.\n")
    #expect(links["What the verdict means:"] == 0)
    #expect(links["The ferry subsidy rises by a third under the verdict."] == 1)
  }

  /// A heading that asks what follows answers, with no stop, introduces it too; a sentence that opens with a question
  /// word and ends with a stop is a claim ("What followed was a vote."), and a plain heading is aligned as before.
  @Test func aQuestionHeadingIsALeadIn() {
    let links = linked(
      "# What the verdict means for the ferry\n\nThe ferry subsidy rises by a third under the verdict.\n")
    #expect(links["What the verdict means for the ferry"] == 0)
    let one = [Sentence(range: 0..<10, block: 0)]
    #expect(LeadIn.introducesWhatFollows(0, of: one, text: "How the jury reached its verdict"))
    #expect(!LeadIn.introducesWhatFollows(0, of: one, text: "What followed was a vote on the ferry."))
    #expect(!LeadIn.introducesWhatFollows(0, of: one, text: "Ferry subsidy rises by a third"))
  }

  @Test func aSentenceThatRunsOnIsNoLeadIn() {
    let sentences = SentenceSplitter.split(
      ProseText(parsing: "The verdict came on Monday. What it means:\n\n- More ferries.\n", format: .markdown))
    #expect(!LeadIn.introducesWhatFollows(1, of: sentences, text: "What it means:"))
    #expect(LeadIn.introducesWhatFollows(0, of: [Sentence(range: 0..<14, block: 0)], text: "What it means:"))
    #expect(!LeadIn.introducesWhatFollows(0, of: [Sentence(range: 0..<14, block: 0)], text: "What it means."))
  }
}
