import Testing

@testable import CrosscheckCore

@Suite struct QuoteWordsTests {
  /// In a long speech, the stretches compared word by word with a quote are those that hold the most of its words,
  /// opening with one of its first words.
  @Test func theStretchesComparedAreThoseHoldingMostOfTheQuote() {
    let speech = "so we are here and the tide is high so we wait while the tide is turning now".split(separator: " ")
    let starts = QuoteWords.likeliestStretches(
      of: ["the", "tide", "is", "turning"], in: speech.map(String.init), reach: 6, keep: 2)
    #expect(starts == [13, 5])
  }
}
