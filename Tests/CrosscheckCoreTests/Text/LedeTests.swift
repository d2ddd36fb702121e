import Testing

@testable import CrosscheckCore

/// The lede is the draft's first sentence that ends as a sentence does: a headline above it, written without a
/// full stop, is passed over.
@Suite struct LedeTests {
  func lede(_ text: String, _ format: ProseText.Format = .markdown) -> String? {
    let prose = ProseText(parsing: text, format: format)
    let sentences = SentenceSplitter.split(prose)
    return Lede.index(of: sentences, in: prose).map { prose.text(of: sentences[$0]) }
  }

  @Test func theHeadlineAboveIsPassedOver() {
    #expect(
      lede("# Brann skipper convicted\n\nA jury found Ines Vela guilty on Monday. She will be sentenced in May.\n")
        == "A jury found Ines Vela guilty on Monday.")
    #expect(
      lede("Brann skipper convicted\n\nA jury found Ines Vela guilty on Monday.\n", .plain)
        == "A jury found Ines Vela guilty on Monday.")
  }

  @Test func aLedeMayEndInsideAQuotationOrWithAQuestion() {
    #expect(lede("## Verdict\n\nHer lawyer said: “We are not done.”\n") == "Her lawyer said: “We are not done.”")
    #expect(lede("Verdict 🚢\n\nWill the ferry sail again?\n", .plain) == "Will the ferry sail again?")
    #expect(
      lede("Vela convicted\n\nThe jury agreed (after two days).\n", .plain) == "The jury agreed (after two days).")
  }

  /// A sentence ends at the full stops of other scripts as the splitter ends it there.
  @Test func aLedeMayEndWithAnotherScriptsFullStop() {
    #expect(lede("布兰渡轮\n\n渡轮周一恢复航行。\n", .plain) == "渡轮周一恢复航行。")
    #expect(lede("ब्रान नौका\n\nनौका सोमवार को फिर चली।\n", .plain) == "नौका सोमवार को फिर चली।")
  }

  @Test func aDraftOfHeadlinesAloneHasNoLede() {
    #expect(lede("# Brann skipper convicted\n\n## Sentencing in May\n") == nil)
    #expect(lede("") == nil)
  }

  /// The lede is aligned as the lede: the same sentence further down is aligned again, not taken from the cache.
  @Test func theCacheKeepsTheLedeApart() {
    let corpus = AlignerTests.corpus()
    let sentence = "The museum reopened on Saturday."
    let first = DraftAnalysis(text: sentence + "\n\n" + sentence + "\n", format: .plain, corpus: corpus)
    #expect(first.cache.count == 2)
    let second = DraftAnalysis(text: "Orlen\n\n" + sentence + "\n", format: .plain, corpus: corpus, cache: first.cache)
    #expect(second.alignments[1] == first.alignments[0])
  }
}
