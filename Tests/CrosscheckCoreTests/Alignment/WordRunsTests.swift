import CrosscheckCore
import Testing

/// The words hover marks in another outlet's sentence: runs of words the draft does not have, in the Calderwick
/// story.
@Suite struct WordRunsTests {
  /// The runs of `source` that differ from `draft`, as the text they cover.
  func differing(_ source: String, from draft: String) -> [String] {
    let draftStems = Set(Tokenizer.tokens(in: draft, range: 0..<draft.utf8.count).map(\.stem))
    let runs = WordRuns.differing(
      Tokenizer.tokens(in: source, range: 0..<source.utf8.count), from: draftStems, in: source)
    return runs.map { String(decoding: Array(source.utf8)[$0], as: UTF8.self) }
  }

  @Test func differingWordsAreMarkedAsMergedRuns() {
    #expect(
      differing("Harbour master Ines Vela opened the pier", from: "The port's chief opened the pier")
        == ["Harbour master Ines Vela"])
  }

  @Test func reorderedWordsAreNotMarkedButParaphrasesAre() {
    let draft = "On Monday the port withdrew from the scheme"
    #expect(differing("The port withdrew from the scheme on Monday", from: draft).isEmpty)
    #expect(differing("The port pulled out of the scheme on Monday", from: draft).count == 1)
  }

  /// Another form of a draft word is the same wording, not a difference to mark; a short stem that only begins a
  /// longer word ("port" and "portrait") is not.
  @Test func anotherFormOfADraftWordIsNotMarked() {
    #expect(
      differing(
        "After hours of deliberations the council hung a portrait",
        from: "The council deliberated for hours before the port vote") == ["hung a portrait"])
  }

  /// A run that ends in a dotted abbreviation ends with it, not after its first letter; a sentence's full stop
  /// stays outside.
  @Test func aRunEndsWithTheAbbreviationItEndsIn() {
    #expect(
      differing(
        "The ferry left at 9:52 a.m. from port, and U.S. marshals met it in Calderwick.",
        from: "The ferry left at noon and marshals met it in port") == ["9:52 a.m.", "U.S.", "Calderwick"])
  }
}
