import Testing

@testable import CrosscheckCore

/// A draft sentence that is a quotation and who said it is carried by each outlet that quotes those words as
/// written, however few or common the words are (`QuotationLinks`).
@Suite struct QuotationLinksTests {
  static let corpus = outletCorpus([
    "Brann Post": "The harbour board met on Monday.\n\n“But this was not a drill,” Ines Vela said. “After all, it is "
      + "the only harbour we have.”\n\nThe ferry sails at noon.\n",
    "Quay Times": "Ines Vela spoke after the vote.\n\n“Thank you,” she said.\n",
  ])

  /// The source sentences each draft sentence is linked to, and by which rule.
  func links(_ draft: String) -> [[String]] {
    let analysis = DraftAnalysis(text: draft, format: .markdown, corpus: Self.corpus)
    return analysis.alignments.map { matches in
      matches.compactMap { match in
        Self.corpus.article(match.article).map {
          "\(match.rule.rawValue): \($0.prose.text(of: $0.sentences[Int(match.sentences.lowerBound)]))"
        }
      }
    }
  }

  /// One content word, or the commonest words, align with nothing on their own: quoted as an outlet has them,
  /// they are its sentence.
  @Test func aQuotationOfFewOrCommonWordsIsLinkedWhereAnOutletQuotesIt() {
    #expect(
      links("“But this was not a drill,” she said.")
        == [["quotation: “But this was not a drill,” Ines Vela said."]])
    #expect(
      links("“After all, it is the only harbour we have,” she said.")
        == [["quotation: “After all, it is the only harbour we have.”"]])
  }

  /// The spans are kept in the analysis cache by the sentence's text, so an edit elsewhere in the draft finds them
  /// there rather than reading the outlets' sentences again.
  @Test func theSpansAreCachedByTheSentence() {
    let draft = "“But this was not a drill,” she said."
    let first = DraftAnalysis(text: draft, format: .markdown, corpus: Self.corpus)
    #expect(first.cache.quotationSpans.count == 1)
    let edited = DraftAnalysis(
      text: "The harbour board met.\n\n" + draft, format: .markdown, corpus: Self.corpus, cache: first.cache)
    #expect(edited.cache.quotationSpans == first.cache.quotationSpans)
    #expect(edited.alignments.last == first.alignments.last)
  }

  /// Words the outlet quotes otherwise, a quote of a few words anyone may say, and a sentence that says more than
  /// the quote are left to alignment.
  @Test func otherWordsAShortQuoteOrASentenceSayingMoreAreNotLinkedByTheQuotation() {
    #expect(links("“But this was not a test,” she said.") == [[]])
    #expect(links("“Thank you,” she said.") == [[]])
    #expect(
      !links("Ines Vela said at the ferry quay: “But this was not a drill.”")[0].contains { $0.hasPrefix("quotation") })
  }
}
