import CrosscheckCore
import Testing

@Suite struct QuoteScannerTests {
  func quotations(_ text: String) -> [QuoteScanner.Quotation] {
    QuoteScanner.quotations(in: ProseText(parsing: text, format: .markdown))
  }

  func unclosed(_ text: String) -> [Range<Int>] {
    UnclosedQuoteCheck.findings(quotations(text)).map(\.range)
  }

  @Test func curlyStraightAndGuillemetsPair() {
    let text = "“One,” she said. \"Two,\" he said. «Trois», dit-il."
    let found = quotations(text)
    #expect(found.count == 3)
    #expect(found.allSatisfy { $0.close != nil })
    let buffer = TextBuffer(text)
    #expect(found.map { String(buffer.slice($0.content)) } == ["One,", "Two,", "Trois"])
  }

  @Test func anOpeningGlyphTypedAsACloserCloses() {
    // `hold,“ said` — a common typo: the opening glyph glued to the words it ends, then a space.
    let text = "“The wall will hold,“ said Lena Okafor. “It always has.”"
    let found = quotations(text)
    let buffer = TextBuffer(text)
    #expect(found.map { String(buffer.slice($0.content)) } == ["The wall will hold,", "It always has."])
    #expect(unclosed(text).isEmpty)
  }

  @Test func apostrophesAreNotQuotes() {
    #expect(unclosed("It’s Nato’s plan from the ’90s, rock ’n’ roll and the Joneses’ house.").isEmpty)
    #expect(QuoteScanner.marks(in: "It's the '90s", 0..<13).isEmpty)
  }

  @Test func unclosedQuoteIsFlaggedAtItsOpeningMark() {
    let marked = MarkedText("He said 1️⃣“we will win.\n\nNext paragraph.")
    #expect(unclosed(marked.text) == [marked["1️⃣"]..<(marked["1️⃣"] + 3)])
  }

  @Test func quoteContinuedIntoTheNextParagraphIsOneQuotation() {
    let text = "“The first part\n\n“and the second,” she said."
    let found = quotations(text)
    #expect(found.count == 1)
    #expect(found.first?.firstBlock == 0)
    #expect(found.first?.lastBlock == 1)
    #expect(unclosed(text).isEmpty)
  }

  @Test func aReopenedQuoteEndsTheRunawayOne() {
    let marked = MarkedText("1️⃣“First never closes. Then “second” is fine.")
    #expect(unclosed(marked.text) == [marked["1️⃣"]..<(marked["1️⃣"] + 3)])
  }

  @Test func strayClosingMarkIsIgnored() {
    #expect(unclosed("He said” nothing. “Then,” she said.").isEmpty)
  }

  @Test func aStraightMarkStandingAloneIsNotAQuote() {
    #expect(unclosed("Height: 6 \" tall.").isEmpty)
  }

  /// A straight double mark right after a closing single one, or alone between spaces, closes the quote.
  @Test func straightMarksAfterNestedQuotesClose() {
    let tight = quotations("\"The council said, 'The wall can wait,'\" he said.")
    #expect(tight.count == 1 && tight[0].close != nil)
    let spaced = quotations("\"They kept calling it a 'repair,' \" he told the pilots.")
    #expect(spaced.count == 1 && spaced[0].close != nil)
  }

  /// A straight quotation around pasted curly ones holds them, through the paragraphs that continue it.
  @Test func curlyQuotesInsideAStraightOneAreNested() {
    let text = """
      "The board is not about “safe harbours” any more. It is about money.

      "The pilots know it."
      """
    let found = quotations(text)
    let buffer = TextBuffer(text)
    #expect(found.count == 1)
    #expect(found.first.map { String(buffer.slice($0.content)) }?.hasSuffix("The pilots know it.") == true)
    #expect(unclosed(text).isEmpty)
  }

  /// Nesting needs the outer quotation to close: a runaway straight mark does not swallow the quotes after it,
  /// and a straight mark glued to a curly one is one opening typed twice.
  @Test func curlyQuotesAfterARunawayOrDoubledStraightMarkStandAlone() {
    let runaway = "\"The council met. Lena Okafor called it “a repair” and left."
    let buffer = TextBuffer(runaway)
    #expect(quotations(runaway).map { String(buffer.slice($0.content)) }.contains("a repair"))
    let doubled = "\"“The wall will hold,” said Lena Okafor. \"It always has.\""
    let doubledBuffer = TextBuffer(doubled)
    #expect(quotations(doubled).map { String(doubledBuffer.slice($0.content)) }.contains("The wall will hold,"))
  }
}
