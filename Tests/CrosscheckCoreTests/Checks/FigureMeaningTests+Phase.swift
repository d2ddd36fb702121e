import Testing

@testable import CrosscheckCore

/// One thing at two times is two figures, and a change is not its level: which figures are compared by when and
/// how they measure.
extension FigureMeaningTests {
  /// One thing at two times is two figures: a crossing that took 55 minutes before the new ferry, or usually takes
  /// them, is not compared with one that takes 40 now; the same phase, or none, is.
  @Test(arguments: [
    ("Now the Brann crossing takes 40 minutes.", "Before the new ferry, the Brann crossing took 55 minutes.", false),
    ("Before the new ferry, the Brann crossing took 40 minutes.", "The Brann crossing now takes 55 minutes.", false),
    ("Now the Brann crossing takes 40 minutes.", "The Brann crossing now takes 55 minutes.", true),
    // What a thing usually does is what it did before the change the story is about.
    ("Now the Brann crossing takes 40 minutes.", "The Brann crossing, which usually takes 55 minutes, was cut.", false),
    ("The Brann crossing takes 40 minutes.", "Before the new ferry, the Brann crossing took 55 minutes.", true),
    (
      "Engineers said after the long sea trials of last spring that the Brann crossing takes 40 minutes.",
      "Before the new ferry, the Brann crossing took 55 minutes.", false
    ),
  ])
  func figuresOfOneThingAtTwoTimesAreNotCompared(draft: String, source: String, compared: Bool) {
    let found = findings(draft, againstOneSource: source)
    #expect(found.contains { $0.code == "figure-mismatch" } == compared, "\(found)")
  }

  /// A change's size and a level are two things: "cut the crossing by 15 minutes" is not compared with "now takes
  /// 40 minutes", nor "fares rose 2 euros" with "fares are 9 euros"; with another change's size it is, with or
  /// without "by" ("cut the crossing 12 minutes").
  @Test(arguments: [
    (
      "The new ferry cut the time of the Brann crossing by 15 minutes.",
      "With the new ferry the time of the Brann crossing is now 40 minutes.", false
    ),
    (
      "The new ferry cut the time of the Brann crossing by 15 minutes.",
      "Before the new ferry, the time of the Brann crossing was 55 minutes.", false
    ),
    ("Now the Brann crossing takes 40 minutes.", "The new ferry cut the Brann crossing by 15 minutes.", false),
    (
      "The new ferry cut the Brann crossing by 15 minutes.", "The new ferry cut the Brann crossing by 12 minutes.", true
    ),
    ("The new ferry cut the Brann crossing by 15 minutes.", "The new ferry cut the Brann crossing 12 minutes.", true),
    ("Brann ferry fares rose 2 euros this winter.", "Brann ferry fares are 9 euros this winter.", false),
    ("Brann ferry fares increased 2 euros this winter.", "Brann ferry fares rose 3 euros this winter.", true),
    ("Brann ferry fares are going up 2 euros this winter.", "Brann ferry fares are 9 euros this winter.", false),
    ("Brann ferry fares face a rise of 2 euros this winter.", "Brann ferry fares rose 3 euros this winter.", true),
    (
      "The port would call a change of 15 minutes to the Brann crossing a success.",
      "The port would call it a success if the new ferry cut the Brann crossing by 10 minutes.", true
    ),
    // The figure of what changed, with the change's size after "by", is a level.
    (
      "The new ferry cut the 55-minute Brann crossing by 15 minutes.",
      "The new ferry cut the Brann crossing by 15 minutes; it had taken 55 minutes.", false
    ),
    (
      "The new ferry cut the 50-minute Brann crossing by 15 minutes.",
      "Before the new ferry, the Brann crossing took 55 minutes.", true
    ),
    // A preposition between the verb and the figure makes it a level; "by" before a year, a deadline.
    ("Brann ferry fares rose to 9 euros this winter.", "Brann ferry fares are 8 euros this winter.", true),
    ("The Brann terminal will be finished by 2031.", "The Brann terminal will be finished in 2032.", true),
  ])
  func aChangeIsNotComparedWithALevel(draft: String, source: String, compared: Bool) {
    let found = findings(draft, againstOneSource: source)
    #expect(found.contains { $0.code == "figure-mismatch" } == compared, "\(found)")
  }
}
