import CrosscheckCore
import Foundation
import Testing

/// An article's best span, linked where the model doubts it but it carries enough of the claim.
extension CarriageTests {
  @Test func anArticlesBestSpanIsLinkedWhenItCarriesEnoughOfTheClaim() throws {
    // The outlet retells the claim in other words: the model doubts it, but nothing else in the article is
    // closer, and it carries the pier, the storm and the closure.
    let found = matches(
      "Storm damage forced Calderwick to close its north pier for the rest of the winter.",
      sources: [
        (
          "gale.txt",
          Self.filler
            + "\nOfficials at Calderwick shut the north pier until spring after the storm."
            + "\nThe gale also toppled trees along the coast road."
        )
      ])
    let first = try #require(found.first)
    #expect(first.match.rule == .articleBest)
    #expect(first.text.hasPrefix("Officials at Calderwick shut the north pier"))
    #expect(found.count == 1)
  }

  /// A sentence of the language's commonest words makes no claim: it aligns to nothing, though a source sentence
  /// has both its words. One with a name or a figure of its own still aligns.
  @Test func aSentenceOfCommonWordsAlignsToNothing() {
    let sources = [("talk.txt", Self.filler + "\nVela said the port was looking for a way to pay for the dredging.")]
    #expect(matches("Look at it this way.", sources: sources).isEmpty)
    #expect(!matches("Vela looked for a way to pay.", sources: sources).isEmpty)
  }

  /// A heading of one word names a topic: it aligns to nothing, though source sentences have the word. Two words
  /// may make a claim, and do.
  @Test func aSentenceOfOneWordAlignsToNothing() {
    let sources = [("talk.txt", Self.filler + "\nCalderwick shut the north pier after the storm.")]
    #expect(matches("Calderwick", sources: sources).isEmpty)
    #expect(matches("Storm.", sources: sources).isEmpty)
    #expect(!matches("Calderwick shut.", sources: sources).isEmpty)
  }

  @Test func anArticlesBestSpanCarryingOnlyNamesIsNotLinked() {
    let found = matches(
      "Storm damage forced Calderwick to close its north pier for the rest of the winter.",
      sources: [("fair.txt", Self.filler + "\nCalderwick held its summer fair on the north quay in July.")])
    #expect(found.isEmpty)
  }

  /// Go to definition lands on a draft sentence's first match: among the spans that carry the claim, one that
  /// gives the draft's figure comes first, though another carries more of its words.
  @Test func aSpanGivingTheDraftsFigureComesFirst() throws {
    let found = matches(
      "The Orlen museum reopened on Saturday after repairs that cost £4.2 million.",
      sources: [
        (
          "a.md",
          "Listen to this article.\n\nThe Orlen museum reopened on Saturday after 18 months of repairs to its "
            + "fire-damaged east wing.\n\nThe curator said the river maps survived.\n"
        ),
        ("b.md", "Repairs to the Orlen museum cost £4.2 million, the town said.\n\nInsurance paid for most of it.\n"),
      ])
    try #require(found.count == 2)
    #expect(found[0].text.hasPrefix("Repairs to the Orlen museum cost £4.2 million"))
    #expect(found[1].match.carried > found[0].match.carried)
  }
}
