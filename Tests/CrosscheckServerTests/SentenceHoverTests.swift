import CrosscheckCore
import Testing

@testable import CrosscheckServer

/// What hover says over a draft's figure, read as a journalist reads it.
@Suite struct SentenceHoverTests {
  static let corpus = Corpus(
    articles: [
      SourceArticle(
        path: "/s/brann-post.md",
        text: "---\noutlet: Brann Post\n---\nThe Brann ferry carried 4,000 passengers in May.\n")
    ], problems: [])

  func hover(_ draft: String, over figure: String) -> String? {
    let analysis = DraftAnalysis(text: draft, format: .markdown, corpus: Self.corpus)
    let offset = draft.utf8.count - draft[draft.range(of: figure)!.lowerBound...].utf8.count
    return SentenceHover.render(analysis, sentence: 0, at: offset, markdown: true)
  }

  @Test func oneOutletIsCountedInTheSingular() {
    let agreeing = hover("The Brann ferry carried 4,000 passengers in May.", over: "4,000")
    #expect(agreeing?.hasPrefix("**4,000: 1 of 1 outlet agrees**") == true, "\(agreeing ?? "no hover")")
    let differing = hover("The Brann ferry carried 5,000 passengers in May.", over: "5,000")
    #expect(differing?.hasPrefix("**5,000: 0 of 1 outlet agrees**") == true, "\(differing ?? "no hover")")
  }
}
