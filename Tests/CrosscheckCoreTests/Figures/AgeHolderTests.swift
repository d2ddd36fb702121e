import Testing

@testable import CrosscheckCore

/// Ages and whose they are, and ages compared by person across a story's articles. Invented sentences about the
/// skipper Ines Vela and the island of Brann.
@Suite struct AgeHolderTests {
  func figures(_ text: String) -> [Figure] { FigureExtractor.figures(in: text, range: 0..<text.utf8.count) }

  /// A number set off by commas after a name is that person's age; one after a month, a weekday or another
  /// number, or with no comma after it, is not.
  @Test func aNumberSetOffByCommasAfterANameIsAnAge() {
    let ages = [
      "Ines Vela, 58, said the channel was silting.", "“It is late,” said Tor Brandt, 30, a pilot.",
      "Vela, who is 58, faces trial in Brann.", "The pilot was Tor Brandt, who turned 30.",
    ]
    for text in ages {
      #expect(figures(text).map(\.kind) == [.age], "\(text)")
      #expect(figures(text).first?.unit == "year")
    }
    let counts = [
      "On March 3, 12 ferries sailed.", "By Tuesday, 40, not 30, berths were free.",
      "The ferry carried 3, 12, then 40 cars.", "Vela, 58 years at sea, retired.", "Brandt counted 1,200, he said.",
      "Vela, who turns 59 in May, retired.", "The ferry, who is 12, sailed.", "Brann, which has 40, waited.",
    ]
    for text in counts {
      #expect(!figures(text).contains { $0.kind == .age }, "\(text)")
    }
  }

  @Test func anAgeSaysWhoseItIs() {
    func person(_ text: String) -> AgeHolder.Person? {
      figures(text).first { $0.kind == .age }.flatMap { AgeHolder.person(of: $0, in: text) }
    }
    let vela = AgeHolder.Person(surname: "vela", given: "ine")
    #expect(person("Ines Vela, 58, said so.") == vela)
    #expect(person("Vela, who is 58 years old, could be jailed.") == AgeHolder.Person(surname: "vela"))
    #expect(person("The 58-year-old harbour skipper Ines Vela said so.") == vela)
    #expect(person("Mrs. Vela, 58, said so.") == AgeHolder.Person(surname: "vela", title: "mrs"))
    // A place, a run that qualifies a noun, or no name at all.
    #expect(person("A 31-year-old analyst from Manhattan read the verdict.") == nil)
    #expect(person("A 29-year-old Brann woman was fined.") == nil)
    #expect(person("The 58-year-old denied it.") == nil)
  }

  /// Two people named alike may be one unless their given names or their titles say otherwise; a surname the
  /// document writes for two people names neither for sure.
  @Test func peopleOfOneSurname() {
    let bare = AgeHolder.Person(surname: "vela")
    let ines = AgeHolder.Person(surname: "vela", given: "ine")
    #expect(bare.mayBe(ines) && ines.mayBe(bare))
    #expect(!ines.mayBe(AgeHolder.Person(surname: "vela", given: "tomas")))
    #expect(!AgeHolder.Person(surname: "vela", title: "mr").mayBe(AgeHolder.Person(surname: "vela", title: "ms")))
    #expect(!ines.mayBe(AgeHolder.Person(surname: "brandt", given: "ine")))
    func tokens(_ text: String) -> [[Token]] { [Tokenizer.tokens(in: text, range: 0..<text.utf8.count)] }
    #expect(AgeHolder.sharedSurnames(in: tokens("Ines Vela sailed. Vela said so. The Vela family waved.")).isEmpty)
    #expect(AgeHolder.sharedSurnames(in: tokens("Ines Vela sailed with her son Tomas Vela.")) == ["vela"])
    #expect(AgeHolder.sharedSurnames(in: tokens("Mr. Vela sailed while Mrs. Vela waited.")) == ["vela"])
  }

  /// A draft that gives one person two ages, however far apart, contradicts itself; two people of one surname do
  /// not.
  @Test func twoAgesOfOnePersonContradict() {
    func messages(_ text: String) -> [String] {
      DraftAnalysis(text: text, format: .markdown).findings.filter { $0.code == "inconsistent-figure" }.map(\.message)
    }
    let filler = "\n\nThe harbour board met on Tuesday to discuss dredging.\n\n"
    #expect(
      messages("Ines Vela, 58, said the channel was silting." + filler + "Vela, 59, has sailed since 2009.") == [
        "The draft says 59 here but 58 earlier"
      ])
    #expect(
      messages("Ines Vela, 58, said the channel was silting." + filler + "Vela, 58, has sailed since 2009.").isEmpty)
    #expect(
      messages("Ines Vela, 58, said the channel was silting." + filler + "Tomas Vela, 31, has sailed since 2009.")
        .isEmpty)
    // With two Velas in the draft, a bare "Vela" may be either; "Ines Vela" is still Ines Vela.
    #expect(
      messages("Ines Vela, 58, and her son Tomas Vela sailed." + filler + "Ines Vela, 59, has sailed since 2009.") == [
        "The draft says 59 here but 58 earlier"
      ])
    #expect(
      messages("Ines Vela, 58, and her son Tomas Vela sailed." + filler + "Vela, 31, has sailed since 2009.").isEmpty)
  }

  /// An age the draft gives a person is compared with the age an article of the draft's story gives them in a
  /// sentence no alignment links; an article on another story is not read for it.
  @Test func anAgeIsComparedWithTheAgeTheStorysArticlesGiveThatPerson() {
    func article(_ name: String, _ body: String) -> SourceArticle {
      SourceArticle(path: "/s/\(name).md", text: "---\noutlet: \(name)\n---\n\(body)\n")
    }
    let story = article(
      "Brann Herald",
      "The Brann ferry skipper Ines Vela was convicted of smuggling on Tuesday.\n\n"
        + "The jury in the island court deliberated for two days.\n\n"
        + "Vela, who is 58 years old, could be jailed for up to six years.")
    let draft =
      "The Brann ferry skipper Ines Vela was convicted of smuggling on Tuesday.\n\n"
      + "The jury in the island court deliberated for two days.\n\nVela, 61, did not give evidence at the trial.\n"
    let found = figureFindings(draft, against: Corpus(articles: [story], problems: []))
    #expect(found.map(\.message) == ["Draft says 61; Brann Herald: 58 years old"])
    #expect(
      figureFindings(draft.replacingOccurrences(of: "61", with: "58"), against: Corpus(articles: [story], problems: []))
        .isEmpty)
    let background = article(
      "Quay Weekly", "Harbour dues on Brann rose again this year.\n\nVela, who is 58 years old, sails the north route.")
    #expect(figureFindings(draft, against: Corpus(articles: [background], problems: [])).isEmpty)
  }
}
