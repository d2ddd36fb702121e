import CrosscheckCore
import Testing

@Suite struct SentenceSplitterTests {
  func split(_ text: String, _ format: ProseText.Format = .plain) -> [String] {
    SentenceSplitter.sentenceTexts(text, format: format).map(\.text)
  }

  @Test(arguments: [
    ("Mr. Hale met Gen. Okafor in St. Albans. They spoke for an hour.", 2),
    ("The deficit reached $1.5bn. Officials blamed the storm.", 2),
    ("It rose 2.5 per cent. It fell again in Jan. 2024 and in Sept. 2025.", 2),
    ("Her office is at No. 10 Harbour Road. She was not there.", 2),
    ("She lives in the U.S. How about you?", 2),
    ("He works for the U.S. Government in Virginia.", 1),
    ("The meeting began at 9 a.m. and ended at noon.", 1),
    ("Author J. R. Tolkien wrote it. Albert I. Jones read it. You and I. Did you see it?", 4),
    ("He paused… then went on. She said it was over.... Nobody answered.", 3),
    ("“We will build it.” She said nothing more.", 2),
    ("“We will build it,” she said. “Soon.” He left.", 3),
    ("'This is great.' she said.", 1),
    ("He teaches science (he worked as an engineer.) at the college.", 1),
    ("Saint Maximus was a martyr.[1] The decree came later.", 2),
    ("Where now? Nobody knows! Really?! Yes.", 4),
    ("She works at Yahoo! in accounting.", 1),
    ("Visit https://example.com/a.b.html. Then leave.", 2),
    ("Pitt, Briggs & Co. It closed yesterday.", 2),
    ("The deal with Pitt, Briggs & Co. at noon was closed.", 1),
  ])
  func englishNewsBoundaries(text: String, count: Int) {
    #expect(split(text).count == count, "\(split(text))")
  }

  @Test func aShortCryInsideAQuotationStaysInItsSentence() {
    #expect(
      split("The crowd chanted “Free the port! Free the port!” as the ferry left. Nobody moved.") == [
        "The crowd chanted “Free the port! Free the port!” as the ferry left.", "Nobody moved.",
      ])
    // A quotation of several sentences still splits, and so does a cry the sentence does not go on after.
    #expect(
      split("“We are done. We are going home,” he said. “Help!” Nobody came.") == [
        "“We are done.", "We are going home,” he said.", "“Help!”", "Nobody came.",
      ])
  }

  /// A quotation ending in a question or a cry, then the name that said it and the verb: one sentence. A name
  /// with no verb after it starts the next.
  @Test func aQuestionCreditedAfterItsQuotationIsOneSentence() {
    #expect(
      split("“Will the pier reopen?” Ines Vela asked. “Love you!” Vela shouted to her family. “Why?” Vela left.") == [
        "“Will the pier reopen?” Ines Vela asked.", "“Love you!” Vela shouted to her family.", "“Why?”", "Vela left.",
      ])
  }

  /// The name may come with a title and its period ("Mrs.", "Sen."), in straight quotes doubled as some archives
  /// write them too; a title and name with no verb after them still start the next sentence.
  @Test func aCreditAfterAQuestionMayOpenWithATitle() {
    #expect(
      split("“Who pays?” Mrs. Vela asked. ''Why now?'' Sen. Ines Vela asked. “Why?” Mrs. Vela left.") == [
        "“Who pays?” Mrs. Vela asked.", "''Why now?'' Sen. Ines Vela asked.", "“Why?”", "Mrs. Vela left.",
      ])
  }

  @Test func spacedEllipsesAfterAndBeforeAPeriod() {
    // A period on its word, then an ellipsis: the ellipsis opens the next sentence.
    #expect(
      split("The wall was weakened . . . by neglect. . . . The repairs went on. . . .") == [
        "The wall was weakened . . . by neglect.", ". . . The repairs went on. . . .",
      ])
    // An ellipsis, then the sentence's own spaced period: all four dots end the first sentence.
    #expect(split("Words were left out . . . . Next sentence.") == ["Words were left out . . . .", "Next sentence."])
  }

  @Test func aBlockThatStartsAsAListSplitsAtEachMarker() {
    #expect(split("1.) Close the gates 2.) Warn the ferries") == ["1.) Close the gates", "2.) Warn the ferries"])
    #expect(split("a. Close the gates. b. Warn the ferries.") == ["a. Close the gates.", "b. Warn the ferries."])
    #expect(split("• 9. Close the gates • 10. Warn the ferries") == ["• 9. Close the gates", "• 10. Warn the ferries"])
    // In running prose a number after a period is not a list.
    #expect(split("He finished No. 2. The crowd cheered.") == ["He finished No. 2.", "The crowd cheered."])
  }

  @Test func aURLEndsASentence() {
    #expect(
      split("The plan is at https://example.com/wall/plan.html. Read it.") == [
        "The plan is at https://example.com/wall/plan.html.", "Read it.",
      ])
  }

  @Test func nonLatinScriptsAndEmoji() {
    #expect(split("नई दिल्ली में बैठक हुई। सभी सहमत थे।") == ["नई दिल्ली में बैठक हुई।", "सभी सहमत थे।"])
    #expect(split("会议结束了。大家都同意。") == ["会议结束了。", "大家都同意。"])
    #expect(split("The water rose 🌊. Residents left.") == ["The water rose 🌊.", "Residents left."])
  }

  @Test func nonBreakingSpacesAndLineStructure() {
    #expect(
      split("It cost €1.2\u{00A0}billion. Work\u{00A0}starts soon.") == ["It cost €1.2 billion.", "Work starts soon."])
    // A headline without a period is its own sentence; a wrapped line is not a boundary.
    #expect(
      split("Barrier approved\nThe council voted on\nTuesday to build it.") == [
        "Barrier approved", "The council voted on", "Tuesday to build it.",
      ])
    #expect(
      split("The council voted on\nthe plan, and it passed.") == ["The council voted on the plan, and it passed."])
    #expect(split("- First point\n- Second point") == ["- First point", "- Second point"])
  }

  @Test func markdownStructureIsNotProse() {
    let markdown = """
      ---
      title: Not prose. Never split.
      ---
      # Barrier approved

      - The vote was 27 to 9
      - It passed

      ```
      let code = "not. prose."
      ```

      Run `make. all` now. See [the report](https://example.com/a.pdf). Done.
      """
    #expect(
      split(markdown, .markdown) == [
        "Barrier approved", "The vote was 27 to 9", "It passed", "Run now.", "See the report .", "Done.",
      ])
  }

  /// A thematic break ("---", "* * *", "___") ends a paragraph and is no sentence; a dash that starts a line of
  /// words is part of it.
  @Test func thematicBreaksSeparateParagraphs() {
    let markdown = "The quay reopens.\n* * *\nFerries return.\n  ---  \nFares stay.\n___\n-- the office said."
    #expect(
      split(markdown, .markdown) == ["The quay reopens.", "Ferries return.", "Fares stay.", "-- the office said."])
  }

  @Test func rangesPointAtTheOriginalText() {
    let text = "# Title\n\nFirst one. Second “two.”\n"
    let sentences = SentenceSplitter.sentenceTexts(text, format: .markdown)
    let buffer = TextBuffer(text)
    #expect(sentences.map { String(buffer.slice($0.sentence.range)) } == ["Title", "First one.", "Second “two.”"])
  }
}
