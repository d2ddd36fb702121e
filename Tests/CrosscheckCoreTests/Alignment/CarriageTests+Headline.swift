import CrosscheckCore
import Foundation
import Testing

/// An article's headline, judged on how much of it the draft carries.
extension CarriageTests {
  /// A headline states part of a longer draft sentence in few words: most of it is in the draft, little of the
  /// draft is in it. Beside the body's sentence that is the article's best, it is linked by the `headline` rule;
  /// a headline the draft says little of is not.
  @Test func aHeadlineMostOfWhichTheDraftSaysIsLinked() throws {
    let story = """
      Calderwick pier reopens after storm repairs

      Harbour master Ines Vela said the north pier reopened on Friday, eight weeks after the storm closed it.

      The work took three months and was paid for by the harbour fund, which also covers the breakwater.
      """
    let draft =
      "After three months of repairs, Calderwick reopened its north pier on Friday, eight weeks after the storm "
      + "that closed it, the harbour master Ines Vela said."
    let found = matches(draft, sources: [("pier.md", story)])
    let headline = try #require(found.first { $0.text == "Calderwick pier reopens after storm repairs" })
    #expect(headline.match.rule == .headline)
    let other = matches(
      "Ferry fares at Calderwick will rise by a tenth in May, the operator said after the storm.",
      sources: [("pier.md", story)])
    #expect(!other.contains { $0.text == "Calderwick pier reopens after storm repairs" })
  }

  /// A draft sentence that joins two claims carries a headline that states one of them: the headline is judged
  /// against the clause it states, since against the whole sentence it says too little of the other claim. A
  /// headline a clause only touches on is still not linked.
  @Test func aHeadlineStatingOneClauseOfTheDraftIsLinked() throws {
    let headline = "Calderwick finishes pier repairs ahead of spring"
    let story = [
      (
        "pier.md",
        headline + "\n\nCrews laid the last planks on the north pier on Thursday, the council said.\n\n"
          + "The harbour fund paid for the work, which also covered the breakwater.\n"
      )
    ]
    let found = matches(
      "The pier repairs at Calderwick are finished: harbour master Ines Vela said on Friday that the ferry "
        + "timetable would return to normal in May, with two extra sailings each weekend.",
      sources: story)
    #expect(found.first { $0.text == headline }?.match.rule == .headline)
    let touched = matches(
      "Ferry fares at Calderwick will rise in May: the operator blamed the cost of the storm repairs.", sources: story)
    #expect(!touched.contains { $0.text == headline })
  }

  /// A headline is judged by how much of it the draft says; one giving another figure of what the draft measures,
  /// where an article read for the claim gives the draft's, says what the draft does not (The Hill's "altered
  /// orbit by 32 minutes" had been linked to a draft's "a change of 10 minutes would count as a success").
  @Test func aHeadlineGivingAnotherFigureOfTheClaimIsNotLinked() throws {
    let headline = "Calderwick pier repairs ran 12 days late, Vela says"
    let draft = "Ines Vela had said that Calderwick pier repairs running 10 days late were acceptable."
    func article(_ body: String) -> [(String, String)] { [("pier.md", headline + "\n\n" + body + "\n")] }
    let found = matches(
      draft, sources: article("Vela had said that Calderwick pier repairs running 10 days late were acceptable."))
    #expect(found.first?.text.hasPrefix("Vela had said") == true)
    #expect(!found.contains { $0.text == headline })
    // Where no article gives the draft's figure, the headline's is a changed number in the same claim.
    let alone = matches(
      draft, sources: article("Vela had said that Calderwick pier repairs running late were acceptable."))
    #expect(alone.first { $0.text == headline }?.match.rule == .headline)
  }
}
