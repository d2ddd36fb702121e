import CrosscheckCore
import Testing

@Suite struct NormalizerTests {
  func same(_ left: String, _ right: String) -> Bool { Normalizer.normalize(left) == Normalizer.normalize(right) }

  @Test func caseDiacriticsAndQuoteStyles() {
    #expect(same("Zürich", "zurich"))
    #expect(same("NATO’s", "Nato's"))
    #expect(same("Café", "cafe"))
  }

  @Test func britishAndAmericanSpellings() {
    #expect(same("defence", "defense"))
    #expect(same("normalised", "normalized"))
    #expect(same("organisation", "organization"))
    #expect(same("colour", "color"))
    #expect(same("centre", "center"))
    #expect(same("councillors", "councilors"))
  }

  @Test func inflectionsMeet() {
    #expect(same("votes", "voted"))
    #expect(same("voting", "vote"))
    #expect(same("planned", "plans"))
    #expect(same("countries", "country"))
  }

  @Test func newsParaphrasesMeet() {
    #expect(same("completed", "finished"))
    #expect(same("shield", "protects"))
    #expect(same("backed", "approved"))
    #expect(same("withdraw", "pull"))
  }

  @Test func numberWordsAreFiguresAndStopWordsAreMarked() {
    #expect(Normalizer.analyze("nine").isFigure)
    #expect(Normalizer.analyze("nine").normalized == "9")
    #expect(Normalizer.analyze("2,035").isFigure)
    #expect(Normalizer.analyze("The").isStopWord)
    #expect(!Normalizer.analyze("barrier").isStopWord)
  }

  @Test func tokensKeepNumbersAndApostrophesTogether() {
    let text = "Nato’s 1,200 homes cost €2.5bn, it’s said."
    let words = Tokenizer.tokens(in: text, range: 0..<text.utf8.count).map { TextBuffer(text).slice($0.range) }
    #expect(words == ["Nato’s", "1,200", "homes", "cost", "2.5bn", "it’s", "said"])
  }
}
