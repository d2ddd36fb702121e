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

  /// A compound one outlet writes whole and another in two, with or without a hyphen or an apostrophe, is the same
  /// words quoted: the draft's are cut as the source writes them, each over its own range.
  @Test(arguments: [
    ("It was a bullseye", "It was a bull's eye"),
    ("It was a bull's-eye", "It was a bullseye"),
    ("The cease-fire held", "The ceasefire held"),
  ])
  func aCompoundIsTheSameWordsWrittenEitherWay(draft: String, source: String) {
    let comparison = Self.words(draft).compare(with: Self.words(source))
    #expect(comparison.exact)
    #expect(comparison.similarity == 1)
    #expect(comparison.words.map(\.text) == Self.words(source).allWords.map(\.text))
  }

  /// Parts shorter than three letters are no compound ("a part" is not "apart"), and other words still differ.
  @Test(arguments: [("They came a part", "They came apart"), ("It was a bullseye", "It was a bull's ear")])
  func otherWordsAreNoCompound(draft: String, source: String) {
    #expect(!Self.words(draft).compare(with: Self.words(source)).exact)
  }

  /// The terms the index is asked for words the sources write otherwise: a word's two parts, or two words' one.
  @Test func aCompoundIsLookedUpAsTheSourcesWriteIt() {
    func terms(_ text: String, known: [String]) -> [Term] {
      let knownTerms = Set(known.map { Token.hash(Normalizer.normalize($0)) })
      return Compounds.termsWrittenOtherwise(
        Tokenizer.tokens(in: text, range: 0..<text.utf8.count), text: text, isKnown: knownTerms.contains)
    }
    #expect(
      terms("a bullseye", known: ["bull", "eye"]) == ["bull", "eye"].map { Token.hash(Normalizer.normalize($0)) })
    #expect(terms("a bull's eye", known: ["bullseye"]) == [Token.hash(Normalizer.normalize("bullseye"))])
    #expect(terms("a bull's eye", known: ["bull", "eye", "bullseye"]).isEmpty)
    #expect(terms("a bullseye", known: ["bullseye"]).isEmpty)
  }

  static func words(_ text: String) -> QuoteWords {
    QuoteWords(ProseText(parsing: text, format: .plain), 0..<text.utf8.count)
  }
}
