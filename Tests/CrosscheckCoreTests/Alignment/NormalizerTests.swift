import CrosscheckCore
import Testing

@Suite struct NormalizerTests {
  func same(_ left: String, _ right: String) -> Bool { Normalizer.normalize(left) == Normalizer.normalize(right) }

  @Test func caseDiacriticsAndQuoteStyles() {
    #expect(same("Zürich", "zurich"))
    #expect(same("NATO’s", "Nato's"))
    #expect(same("Café", "cafe"))
  }

  /// An apostrophe typed as a left quotation mark or a modifier letter is still an apostrophe, for exact wordings
  /// too: a quote is not misquoted by the source's typing.
  @Test func apostrophesTypedWrongAreApostrophes() {
    #expect(Normalizer.fold("Okafor‘s") == "okafor's")
    #expect(Normalizer.fold("don\u{2BC}t") == "don't")
    #expect(same("NATO‘s", "NATO's"))
    let typed = "Okafor‘s wall"
    let straight = "Okafor's wall"
    #expect(
      Tokenizer.tokens(in: typed, range: 0..<typed.utf8.count).map(\.normalized)
        == Tokenizer.tokens(in: straight, range: 0..<straight.utf8.count).map(\.normalized))
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
    #expect(same("backs", "approves"))
    // The irregular past of the change verbs, the form news uses most.
    #expect(same("rose", "increased"))
    #expect(same("fell", "dropped"))
  }

  /// Bare, "back" is most often an adverb ("went back to the jail"): only its inflections are "approve".
  @Test func aBareBackIsNoApproval() {
    #expect(!same("back", "approve"))
    #expect(Normalizer.analyze("back").normalized == Normalizer.analyze("back").stem)
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
    #expect(words == ["Nato’s", "1,200", "homes", "cost", "2.5", "bn", "it’s", "said"])
  }

  /// Copy whose UTF-8 was read back as Latin-1 keeps each accented letter's two characters in the word.
  @Test func aLetterGarbledIntoTwoCharactersStaysInItsWord() {
    let text = "Prosecutor Marc TrÃ©vidic and JosÃ© said, © 2016."
    let words = Tokenizer.tokens(in: text, range: 0..<text.utf8.count).map { TextBuffer(text).slice($0.range) }
    #expect(words == ["Prosecutor", "Marc", "TrÃ©vidic", "and", "JosÃ©", "said", "2016"])
    let decomposed = "Marc TrA\u{303}©vidic"
    #expect(Tokenizer.tokens(in: decomposed, range: 0..<decomposed.utf8.count).count == 2)
  }

  @Test(arguments: ["US$5 million", "A$5 million", "HK$5 million", "$5 million"])
  func aCurrencysCountryLettersAreNoWord(text: String) {
    #expect(Tokenizer.tokens(in: text, range: 0..<text.utf8.count).map(\.normalized) == ["5", "1000000"])
  }

  /// "€2.5bn" is "€2.5 billion" written short: the number and its scale's word, so the two writings align.
  @Test(arguments: [("€2.5bn", ["2.5", "1000000000"]), ("$30k", ["30", "1000"]), ("£4M", ["4", "1000000"])])
  func aScaleSuffixIsItsWord(written: String, normalized: [String]) {
    let text = "The barrier costs \(written) in all."
    #expect(Tokenizer.tokens(in: text, range: 0..<text.utf8.count).filter(\.isFigure).map(\.normalized) == normalized)
  }

  /// How outlets write one number: thousands separators or none, a spelt-out number at a sentence's start.
  @Test(arguments: [
    ("1,200 homes", ["1200"]), ("1200 homes", ["1200"]), ("1,500,000.5 euros", ["1500000.5"]),
    ("1,5 litres", ["1,5"]), ("12,34 points", ["12,34"]), ("Thirty-four people", ["34"]), ("forty-odd people", ["40"]),
    ("the twenty-first time", ["20"]), ("ninety", ["90"]), ("ninety-nine", ["99"]),
  ])
  func aNumberIsOneFigureHoweverItIsWritten(text: String, figures: [String]) {
    #expect(Tokenizer.tokens(in: text, range: 0..<text.utf8.count).filter(\.isFigure).map(\.normalized) == figures)
  }

  @Test(arguments: ["100km", "3pm", "2nd", "5kg"]) func otherLettersAfterANumberStayInTheWord(written: String) {
    #expect(Tokenizer.tokens(in: written, range: 0..<written.utf8.count).count == 1)
  }
}
