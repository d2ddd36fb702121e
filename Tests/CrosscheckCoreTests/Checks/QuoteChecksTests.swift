import CrosscheckCore
import Testing

/// The quote checks against two fictional outlets that quote Harbourmaster Lena Okafor and engineer Dev Patel.
@Suite struct QuoteChecksTests {
  static let corpus = Corpus(
    articles: [
      SourceArticle(
        path: "/story/harbour-news.md",
        text:
          "---\noutlet: Harbour News\n---\n“The wall will hold for a century,” Harbourmaster Lena Okafor said.\n\nEngineer Dev Patel said: “We checked every stone.”\n"
      ),
      SourceArticle(
        path: "/story/coast-daily.md",
        text:
          "---\noutlet: Coast Daily\n---\nLena Okafor said: “The wall will hold for a century.”\n\n“We checked every stone,” said Dev Patel.\n"
      ),
    ], problems: [])

  func findings(_ draft: String, against corpus: Corpus = Self.corpus) -> [Finding] {
    DraftAnalysis(text: draft, format: .markdown, corpus: corpus).findings
  }

  /// The draft with the first edit of a finding's first fix applied.
  func fixed(_ draft: String, by finding: Finding) throws -> String {
    let edit = try #require(finding.fixes.first?.edits.first)
    var buffer = TextBuffer(draft)
    buffer.replace(edit.range, with: edit.replacement)
    return buffer.text
  }

  @Test func exactQuoteWithTheRightSpeakerIsClean() {
    #expect(findings("“The wall will hold for a century,” Lena Okafor said.").isEmpty)
  }

  /// Words an outlet transcribes or spells its own way ("Although" for "Though", "centre" for "center") are the
  /// speaker's words either way; a changed word is still a misquote.
  @Test func aTranscriptionVariantIsNoMisquote() {
    let corpus = Corpus(
      articles: ["Harbour News", "Coast Daily"].map { outlet in
        SourceArticle(
          path: "/story/\(outlet).md",
          text: "---\noutlet: \(outlet)\n---\n“Though we checked every stone, the center will close until May,” "
            + "Engineer Dev Patel said.\n")
      }, problems: [])
    func codes(_ draft: String) -> [String] {
      DraftAnalysis(text: draft, format: .markdown, corpus: corpus).findings.map(\.code)
    }
    #expect(codes("“Although we checked every stone, the center will close until May,” said Dev Patel.").isEmpty)
    #expect(codes("“Though we checked every stone, the centre will close till May,” said Dev Patel.").isEmpty)
    #expect(codes("“Although we checked every rock, the centre will close till May,” said Dev Patel.") == ["misquote"])
  }

  /// Two outlets translate the minister's remark each their own way. A draft that has one outlet's words where the
  /// other's differ follows that outlet: information, not a misquote warning; words neither has are still a
  /// misquote.
  @Test func aQuoteThatFollowsOneOutletsTranslationIsInformation() throws {
    let corpus = outletCorpus([
      "Fjord Herald": "“Today our old dream has been made reality for the whole harbour,” Minister Eir Solberg said.\n",
      "Coast Daily": "“Today our dream has come true for the whole harbour,” said Eir Solberg.\n",
    ])
    func findings(_ draft: String) -> [Finding] {
      DraftAnalysis(text: draft, format: .markdown, corpus: corpus).findings
    }
    let followed = findings("“Today our old dream has come true for the whole harbour,” Eir Solberg said.")
    let information = try #require(followed.first)
    #expect(followed.count == 1)
    #expect(information.severity == .information)
    #expect(
      information.message
        == "The sources quote this in other words: the sources do not have “old” (Coast Daily); the draft follows "
        + "Fjord Herald there")
    #expect(information.fixes.first?.isPreferred == false)
    let changed = findings("“Today our old dream has come good for the whole harbour,” Eir Solberg said.")
    #expect(changed.map(\.severity) == [.warning])
    #expect(changed.first?.code == "misquote")
  }

  @Test func misquoteNamesTheSourceWordingAndFixesIt() throws {
    let draft = "“The wall will stand for a century,” Lena Okafor said."
    let finding = try #require(findings(draft).first { $0.code == "misquote" })
    #expect(finding.message.contains("the sources have “hold” where the draft has “stand”"))
    #expect(finding.related.count == 2)
    #expect(try fixed(draft, by: finding) == "“The wall will hold for a century,” Lena Okafor said.")
  }

  /// Two words changed far apart in a long quote are two changes: the words between stand as the sources have
  /// them, so most of the quote is still theirs (it was read as one change of eleven words, most of the quote, and
  /// taken for another quote), and the fix mends each word on its own.
  @Test func twoChangesApartAreEachNamedAndFixed() throws {
    let corpus = outletCorpus([
      "Fjord Herald": "“The money will keep the night ferry running through the winter and pay for a second crew,” "
        + "Minister Eir Solberg said.\n",
      "Coast Daily": "Eir Solberg said: “The money will keep the night ferry running through the winter and pay for a "
        + "second crew.”\n",
    ])
    let draft =
      "“The money will keep the morning ferry running through the winter and pay for a third crew,” Eir Solberg said."
    let finding = try #require(findings(draft, against: corpus).first { $0.code == "misquote" })
    #expect(
      finding.message
        == "Quote differs from the sources: the sources have “night” where the draft has “morning”; the sources have "
        + "“second” where the draft has “third” (Coast Daily, Fjord Herald)")
    let fix = try #require(finding.fixes.first)
    #expect(fix.title == "Quote the sources: “night”, “second”")
    var buffer = TextBuffer(draft)
    for edit in fix.edits.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
      buffer.replace(edit.range, with: edit.replacement)
    }
    #expect(
      buffer.text
        == "“The money will keep the night ferry running through the winter and pay for a second crew,” Eir Solberg said."
    )
  }

  /// A quotation the draft runs across two paragraphs, where the outlets quote each paragraph of the speech on its
  /// own, is compared paragraph by paragraph: the word changed in the second is a misquote of that paragraph (as
  /// one quote, it was too unlike either of theirs to be compared at all), and the first stands as they have it.
  @Test func aQuotationAcrossParagraphsIsComparedParagraphByParagraph() throws {
    let corpus = outletCorpus([
      "Fjord Herald": "“Nobody should wait for a boat that never comes,” Minister Eir Solberg said.\n\n"
        + "“The money will keep the night ferry running through the winter,” she added.\n",
      "Coast Daily": "Eir Solberg said: “Nobody should wait for a boat that never comes.”\n\n"
        + "She said: “The money will keep the night ferry running through the winter.”\n",
    ])
    let draft =
      "Eir Solberg said: “Nobody should wait for a boat that never comes.\n\n"
      + "“The money will keep the morning ferry running through the winter.”\n"
    let found = findings(draft, against: corpus)
    #expect(found.map(\.code) == ["misquote"], "\(found.map(\.message))")
    let finding = try #require(found.first)
    #expect(finding.message.contains("the sources have “night” where the draft has “morning”"))
    let secondParagraph = try #require(draft.range(of: "“The money"))
    #expect(finding.range.lowerBound == draft.utf8.distance(from: draft.startIndex, to: secondParagraph.lowerBound))
    #expect(finding.range.upperBound == draft.utf8.count - 1)
  }

  /// A quotation across paragraphs that nobody is credited with is one unattributed quote, reported where it
  /// opens: its later paragraphs take their attribution from the first. The fix credits the speaker there,
  /// closing the first paragraph's quotation, as newspapers do.
  @Test func aQuotationAcrossParagraphsIsUnattributedOnceAndCreditedInItsFirstParagraph() throws {
    let corpus = outletCorpus([
      "Fjord Herald": "“Nobody should wait for a boat that never comes,” Minister Eir Solberg said.\n"
    ])
    let draft =
      "“Nobody should wait for a boat that never comes.\n\n“The ferry will keep running through the winter.”\n"
    let found = findings(draft, against: corpus).filter { $0.code == "unattributed-quote" }
    #expect(found.map(\.range.lowerBound) == [0])
    var buffer = TextBuffer(draft)
    for edit in try #require(found.first?.fixes.first).edits.reversed() {
      buffer.replace(edit.range, with: edit.replacement)
    }
    #expect(
      buffer.text
        == "“Nobody should wait for a boat that never comes,” Eir Solberg said.\n\n“The ferry will keep running "
        + "through the winter.”\n")
  }

  /// Changes a word or two apart are one change: "keep the night" rewritten as "run the late" is told whole, not as
  /// "run" for "keep" and "late" for "night" around a "the" that happens to stand.
  @Test func changesAWordOrTwoApartAreOne() throws {
    let corpus = outletCorpus([
      "Fjord Herald": "“The money will keep the night ferry running through the winter,” Minister Eir Solberg said.\n"
    ])
    let draft = "“The money will run the late ferry running through the winter,” Eir Solberg said."
    let finding = try #require(findings(draft, against: corpus).first { $0.code == "misquote" })
    #expect(finding.message.contains("the sources have “keep the night” where the draft has “run the late”"))
    #expect(finding.fixes.first?.edits.count == 1)
  }

  /// A partial quote whose last word differs, where the source quotation runs on a word past it to its end: the
  /// source's words to that end are what the draft has otherwise, and the fix restores them all.
  @Test func aDifferingLastWordStandsForTheSourcesWordsToTheQuotationsEnd() throws {
    let draft = "Lena Okafor said the wall “will hold for ages”."
    let finding = try #require(findings(draft).first { $0.code == "misquote" })
    #expect(finding.message.contains("the sources have “a century” where the draft has “ages”"), "\(finding.message)")
    #expect(try fixed(draft, by: finding) == "Lena Okafor said the wall “will hold for a century”.")
  }

  @Test func misquoteThatLeavesWordsOutShowsThemWithoutSpacingAndInsertsThemSpaced() throws {
    let draft = "“The wall will hold for a century,” Lena Okafor said. “We checked stone,” said Dev Patel."
    let finding = try #require(findings(draft).first { $0.code == "misquote" })
    #expect(finding.message.contains("the sources have “every” where the draft leaves words out"), "\(finding.message)")
    #expect(finding.fixes.first?.title == "Quote the sources: add “every”")
    #expect(try fixed(draft, by: finding).hasSuffix("“We checked every stone,” said Dev Patel."))
  }

  @Test func misquoteWithAWordTooManyRemovesItAndItsSpace() throws {
    let draft = "“We checked every old stone,” said Dev Patel."
    let finding = try #require(findings(draft).first { $0.code == "misquote" })
    #expect(finding.message.contains("the sources do not have “old”"), "\(finding.message)")
    #expect(finding.fixes.first?.title == "Quote the sources: remove “old”")
    #expect(try fixed(draft, by: finding) == "“We checked every stone,” said Dev Patel.")
  }

  /// Words past where the sources' quotation begins or ends are words they did not quote, not words they quote
  /// otherwise: the quote is unverified there, with no misquote and no fix that would cut the speaker's words.
  @Test func wordsPastTheSourcesQuotationAreUnverifiedNotMisquoted() throws {
    for (draft, unquoted) in [
      ("“We checked every stone twice,” said Dev Patel.", "“twice”"),
      ("“Frankly, we checked every stone,” said Dev Patel.", "“Frankly”"),
    ] {
      let found = findings(draft)
      #expect(!found.contains { $0.code == "misquote" }, "\(found.map(\.message))")
      let finding = try #require(found.first { $0.code == "unverified-quote" }, "\(draft)")
      #expect(finding.severity == .information)
      #expect(
        finding.message == "The sources quote only part of this: none has \(unquoted) (Coast Daily, Harbour News)")
      #expect(finding.fixes.isEmpty)
    }
  }

  /// A word the sources quote otherwise is a misquote still where the draft also runs past their quotation, and
  /// the message and fix name that word alone.
  @Test func aChangedWordBesideWordsPastTheQuotationIsAMisquoteOfThatWord() throws {
    let draft = "“We checked every brick twice,” said Dev Patel."
    let finding = try #require(findings(draft).first { $0.code == "misquote" })
    #expect(finding.message.contains("the sources have “stone” where the draft has “brick”"), "\(finding.message)")
    #expect(try fixed(draft, by: finding) == "“We checked every stone twice,” said Dev Patel.")
  }

  @Test func differencesThatDoNotChangeWordsAreNotMisquotes() {
    #expect(findings("\"THE WALL will hold [the harbour wall] for a century,\" Lena Okafor said.").isEmpty)
    #expect(findings("“The wall will hold … century,” Lena Okafor said.").isEmpty)
  }

  @Test func unattributedQuoteSaysWhoTheSourcesNameAndInsertsIt() throws {
    let draft = "“We checked every stone.”"
    let finding = try #require(findings(draft).first { $0.code == "unattributed-quote" })
    #expect(finding.message.contains("sources attribute this to Dev Patel"))
    var buffer = TextBuffer(draft)
    for edit in finding.fixes[0].edits.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
      buffer.replace(edit.range, with: edit.replacement)
    }
    #expect(buffer.text == "“We checked every stone,” Dev Patel said.")
  }

  /// A source that gives the quote under a lead-in line ("Transcript as follows:") credits a document, not a
  /// speaker: the draft's unattributed quote is flagged with no one suggested and no fix.
  @Test func aDocumentsLeadInIsNoSpeakerToSuggest() throws {
    let quote = "“We will keep the harbour gates shut until the spring tides pass.”"
    let found = harbourNewsFindings(quote, source: "Transcript as follows:\n\n" + quote)
    let finding = try #require(found.first { $0.code == "unattributed-quote" }, "\(found.map(\.message))")
    #expect(!finding.message.contains("Transcript"), "\(finding.message)")
    #expect(finding.fixes.isEmpty)
  }

  @Test func misattributedQuote() {
    let found = findings("“We checked every stone,” Lena Okafor said.")
    #expect(found.map(\.code) == ["misattributed-quote"])
    #expect(
      found.first?.message == "Sources give these words to Dev Patel (Coast Daily, Harbour News), not Lena Okafor")
  }

  /// A quote that names no speaker of its own, credited by the quote in the paragraph before it, is misattributed
  /// in words that say where the credit comes from: the writer may not have meant that person.
  @Test func aCarriedOverCreditIsSaidToBeOne() {
    let found = findings("“The wall will hold for a century,” Lena Okafor said.\n\n“We checked every stone.”")
    #expect(
      found.filter { $0.code == "misattributed-quote" }.map(\.message) == [
        "Sources give these words to Dev Patel (Coast Daily, Harbour News), not Lena Okafor, credited only by the "
          + "text before this quote"
      ])
  }

  /// A quote's common words found one by one across a long speech are not its wording: no misquote.
  @Test func wordsScatteredThroughALongSpeechAreNotAMisquote() {
    let corpus = Corpus(
      articles: [
        SourceArticle(
          path: "/story/harbour-news.md",
          text: """
            ---
            outlet: Harbour News
            ---
            Lena Okafor said: “We are grateful to every crew that kept the port open through the storms this \
            winter, and we will be up to the task again. The harbour is busier than the council planned for a \
            year, with little warning. I want to thank the engineers, the pilots and the families who waited a \
            bit longer for them, and I promise that so long as the crews are with us, the rounds will go on.”

            """)
      ], problems: [])
    let found = DraftAnalysis(
      text: "“Revenues are up a little bit, and so are rounds,” Lena Okafor said.", format: .markdown, corpus: corpus
    ).findings
    #expect(found.map(\.code) == ["unverified-quote"], "\(found.map(\.message))")
  }

  /// The finding codes of a draft against one Harbour News article of one sentence.
  func harbourNewsCodes(_ draft: String, source: String) -> [String] {
    harbourNewsFindings(draft, source: source).map(\.code)
  }

  /// The findings of a draft against one Harbour News article that says only `source`.
  func harbourNewsFindings(_ draft: String, source: String) -> [Finding] {
    let corpus = Corpus(
      articles: [
        SourceArticle(path: "/story/harbour-news.md", text: "---\noutlet: Harbour News\n---\n\(source)\n")
      ], problems: [])
    return DraftAnalysis(text: draft, format: .markdown, corpus: corpus).findings
  }

  /// A few words like a source's, in another claim, are the draft speaker's own, whoever the source gives them to:
  /// no misquote. In the claim the source makes, they are compared.
  @Test func aShortQuoteInAnotherClaimIsNotAMisquoteOfIt() {
    func codes(_ draft: String) -> [String] {
      harbourNewsCodes(draft, source: "Engineer Dev Patel said of the storm season: “We expect real losses.”")
    }
    #expect(!codes("At the budget meeting, Mayor Ruth Alder said: “We expect small losses.”").contains("misquote"))
    #expect(!codes("The budget forecast reads: “We expect small losses.”").contains("misquote"))
    #expect(codes("Engineer Dev Patel said of the storm season: “We expect small losses.”") == ["misquote"])
    #expect(codes("Of the storm season, the engineer said: “We expect small losses.”").contains("misquote"))
  }

  /// In the claim the source makes, a quote the source gives the draft's speaker is misquoted when half its words
  /// differ, so long as most of it stands as the source has it; given to someone else, the words are another quote.
  @Test func theSameSpeakersQuoteInTheSameClaimIsMisquotedFromHalfItsWords() {
    let corpus = Corpus(
      articles: [
        SourceArticle(
          path: "/story/ruling.md",
          text:
            "“The port cannot show by clear and convincing proof that the wall poses no risk,” Judge Ines Ruiz said as she closed the quay.\n"
        )
      ], problems: [])
    func codes(_ draft: String) -> [String] {
      DraftAnalysis(text: draft, format: .markdown, corpus: corpus).findings.map(\.code)
    }
    let ruling = "the port could not show “beyond any doubt that the wall poses no risk” and closed the quay."
    #expect(codes("Judge Ines Ruiz said \(ruling)") == ["misquote"])
    #expect(!codes("Engineer Dev Patel said \(ruling)").contains("misquote"))
  }

  /// The claim a source sentence makes runs to the end of its paragraph: an outlet that tells what happened and then
  /// quotes it in the next sentence is compared with a draft that joins the two. A quotation in the next paragraph
  /// is another claim, and a short one is not compared.
  @Test func aQuotationLaterInTheParagraphOfTheClaimIsCompared() {
    let source = """
      On the flooded quay, Harbourmaster Lena Okafor thanked the night crews, telling them to “hold fast.” \
      Kneeling, Okafor led them in a short prayer. “God bless the sailors,” she pleaded.
      """
    let draft =
      "Before the tide, Harbourmaster Lena Okafor told the night crews to “hold fast” and prayed: “God bless this crew.”"
    #expect(harbourNewsCodes(draft, source: source) == ["misquote"])
    let nextParagraph = source.replacingOccurrences(of: "prayer. ", with: "prayer.\n\n")
    #expect(harbourNewsCodes(draft, source: nextParagraph) == [])
  }

  /// Words another person is quoted saying in another claim are theirs at any length: no misquote of them. The
  /// same speaker's, or anyone's in the claim the source makes, are compared.
  @Test func anotherPersonsQuoteInAnotherClaimIsNotAMisquoteOfIt() {
    func codes(_ draft: String) -> [String] {
      harbourNewsCodes(
        draft, source: "Engineer Dev Patel said of the storm season: “We expect real losses on the north quay.”")
    }
    let words = "“We expect very small losses on the north quay.”"
    #expect(
      codes(
        "At the budget meeting on ferry fares and parking charges, Mayor Ruth Alder told the finance committee: \(words)"
      ) == [])
    #expect(codes("Engineer Dev Patel said of the storm season: \(words)") == ["misquote"])
    #expect(codes("Harbourmaster Lena Okafor said of the storm season: \(words)").contains("misquote"))
  }

  /// A sentence that is a short quote and "she said" aligns with whatever sentence has the quote's words: that is
  /// no claim the two share, and the words are anyone's. Saying who spoke makes it one.
  @Test func aShortQuoteWithOnlyAPronounToItsNameIsNotMatchedAsAClaim() {
    func codes(_ draft: String) -> [String] {
      harbourNewsCodes(draft, source: "“We expect real losses,” Dev Patel said.")
    }
    #expect(!codes("“We expect small losses,” she said.").contains("misquote"))
    #expect(codes("“We expect small losses,” Dev Patel said.").contains("misquote"))
  }

  /// A short sentence the sources quote the draft's own speaker saying, in nearly its words, is that speaker's in any
  /// claim: a word changed in it is a misquote. Another speaker's, in another claim, is anyone's to say.
  @Test func aShortSentenceOfTheSameSpeakerIsTheirsInAnyClaim() {
    func codes(_ draft: String) -> [String] {
      harbourNewsCodes(draft, source: "Dev Patel bowed his head at the quay. “God bless the crews,” he said.")
    }
    #expect(
      codes("After the vote, Dev Patel spoke to the council. “God bless the crew,” he said.").contains("misquote"))
    #expect(codes("After the vote, Mayor Ruth Alder spoke to the council. “God bless the crew,” she said.") == [])
  }

  /// A quote of six words or more that says one thing at most besides its function words is anyone's too: "I
  /// think he will do it" is no misquote of another person's "I think he can do it" in another claim.
  @Test func aQuoteOfFunctionWordsInAnotherClaimIsNotAMisquoteOfIt() {
    func codes(_ draft: String) -> [String] {
      harbourNewsCodes(draft, source: "Engineer Dev Patel said of the sea wall: “I think he can do it.”")
    }
    #expect(!codes("At the budget meeting, Mayor Ruth Alder said: “I think he will do it.”").contains("misquote"))
    #expect(codes("Engineer Dev Patel said of the sea wall: “I think he will do it.”").contains("misquote"))
  }

  /// When the words that differ are most of a quote, it is another quote, not a misquote: "We surely checked every
  /// wall" shares three words with "We checked every stone", and differs from its second word to its last.
  @Test func aQuoteMostlyUnlikeTheSourcesIsAnotherQuote() {
    #expect(!findings("“We surely checked every wall,” said Dev Patel.").contains { $0.code == "misquote" })
    #expect(findings("“We checked every wall,” said Dev Patel.").contains { $0.code == "misquote" })
  }

  /// A phrase of a few words is anyone's to say: it is given to another speaker only where the sources say it in
  /// the claim the draft's sentence makes, not wherever the words turn up.
  @Test func aShortPhraseIsMisattributedOnlyInTheSameClaim() {
    func codes(_ draft: String) -> [String] {
      harbourNewsCodes(draft, source: "Engineer Dev Patel called the storm season “a real test” for the crews.")
    }
    #expect(codes("Mayor Ruth Alder called the budget vote “a real test” of the council.") == [])
    #expect(
      codes("Harbourmaster Lena Okafor called the storm season “a real test” for the crews.")
        == ["misattributed-quote"])
  }

  /// A quote whose sentence says nothing but who said it takes its claim from the sentence before it in its
  /// paragraph: a short phrase the sources give someone else there is misattributed, though its own sentence
  /// aligns only with what its speaker says elsewhere (its one other word written otherwise, `Compounds`). Given
  /// to the sources' speaker, it is clean.
  @Test func aQuoteSayingNothingElseTakesItsClaimFromTheSentenceBefore() {
    let corpus = Corpus(
      articles: [
        SourceArticle(
          path: "/story/harbour-news.md",
          text: "---\noutlet: Harbour News\n---\nEngineer Dev Patel said the repairs to the north wall had gone "
            + "better than anyone planned. “It was a bull's eye,” he said.\n\nHarbourmaster Lena Okafor said "
            + "the ferries would sail again on Monday.\n")
      ], problems: [])
    func codes(_ speaker: String) -> [String] {
      let draft =
        "Harbourmaster Lena Okafor said the ferries would sail on Monday.\n\nThe north wall repairs went better "
        + "than planned, Dev Patel said. “It was a bullseye,” \(speaker) said.\n"
      return DraftAnalysis(text: draft, format: .markdown, corpus: corpus).findings.map(\.code)
    }
    #expect(codes("Okafor") == ["misattributed-quote"])
    #expect(codes("Patel") == [])
  }

  /// A quote whose sentence says nothing but who said it makes the quote's claim: given to the wrong person, its
  /// sentence aligns with what the wrong one said (here, in other words, on the same timetables), and the sources'
  /// quotation, found by the quote's words alone, is still in its claim, so a short quote is misattributed there
  /// rather than taken for anyone's phrase. Given to the sources' speaker, it is clean.
  @Test func aQuoteSayingNothingElseButWhoIsMisattributedInItsOwnClaim() {
    let source =
      "Harbourmaster Lena Okafor kept the ferries in port on Friday. “Safety comes before timetables,” she added "
      + "later, reasoning that the swell posed a threat to passengers.\n\nEngineer Dev Patel said the winter "
      + "timetables had put safety first."
    #expect(
      harbourNewsCodes("“Safety comes before timetables,” Dev Patel said.\n", source: source) == [
        "misattributed-quote"
      ])
    #expect(harbourNewsCodes("“Safety comes before timetables,” Lena Okafor said.\n", source: source) == [])
  }

  /// A speaker named by a title and whose it is ("Calder's harbourmaster") may be the person the sources name: no
  /// misattribution. The same words given, by name, to someone else are one.
  @Test func aSpeakerDescribedByWhoseTitleItIsIsNoMisattribution() {
    func codes(_ draft: String) -> [String] {
      harbourNewsCodes(draft, source: "“The north wall will hold through the winter,” harbourmaster Lena Okafor said.")
    }
    #expect(
      !codes("“The north wall will hold through the winter,” Calder's harbourmaster said.").contains(
        "misattributed-quote"))
    #expect(codes("“The north wall will hold through the winter,” Dev Patel said.").contains("misattributed-quote"))
  }

  /// A quotation its attribution interrupts is one quotation: a draft that runs its two parts together is
  /// compared with both, so a word changed across them is a misquote and another speaker a misattribution; a draft
  /// that quotes them faithfully is neither.
  @Test func aQuotationItsAttributionInterruptsIsReadWhole() {
    func findings(_ draft: String) -> [Finding] {
      harbourNewsFindings(
        draft,
        source: "“The north wall will hold through the winter,” said Lena Okafor, the port engineer, "
          + "“and the ferries will sail on time.”")
    }
    #expect(
      findings("“The north wall will hold through the winter, and the ferries will sail on time,” Lena Okafor said.")
        .isEmpty)
    let changed = findings(
      "“The north wall will hold through the winter, and the ferries will sail as planned,” Lena Okafor said.")
    #expect(changed.map(\.code) == ["misquote"])
    #expect(changed.first?.message.contains("“on time”") == true)
    #expect(
      findings("“The north wall will hold through the winter, and the ferries will sail on time,” Dev Patel said.")
        .map(\.code) == ["misattributed-quote"])
  }

  /// A name written after whose title it is ("Calder Port Administrator Lena Okafor") is the person's name alone:
  /// the words before the title are no given name to set against the draft's.
  @Test func theWordsBeforeATitleAreNoGivenName() {
    func codes(_ draft: String) -> [String] {
      harbourNewsCodes(
        draft, source: "“The north wall will hold through the winter,” Calder Port Administrator Lena Okafor said.")
    }
    #expect(codes("“The north wall will hold through the winter,” port chief Lena Okafor said.") == [])
    #expect(codes("“The north wall will hold through the winter,” Mira Okafor said.") == ["misattributed-quote"])
  }

  /// A long surname one letter apart from the sources' is the name misspelled, by the draft or by an outlet: no
  /// misattribution. A short one is another person's.
  @Test(arguments: [
    ("Lena Okafur", "Lena Okafor", false), ("Lena Okafor", "Lena Okafur", false), ("Ines Vera", "Ines Vela", true),
    ("Lena Okonkwo", "Lena Okafor", true),
  ])
  func aSurnameMisspelledByOneLetterIsTheSamePerson(draftName: String, sourceName: String, misattributed: Bool) {
    let quote = "“The north wall will hold through the winter,”"
    #expect(
      harbourNewsCodes("\(quote) \(draftName) said.", source: "\(quote) \(sourceName) said.")
        .contains("misattributed-quote") == misattributed)
  }

  /// A draft's quote credited to a nickname alone is no misattribution when the sources name the person with that
  /// nickname inside the name; credited to someone the sources never call so, it is.
  @Test func aNicknameAloneNamesThePersonTheSourcesNameWithIt() {
    let quote = "“The north wall will hold through the winter,” Skipper said."
    #expect(
      !harbourNewsCodes(
        quote,
        source: "Tomas “Skipper” Reyes toured the quay. “The north wall will hold through the winter,” Reyes said."
      ).contains("misattributed-quote"))
    #expect(
      harbourNewsCodes(
        quote, source: "Tomas Reyes toured the quay. “The north wall will hold through the winter,” Reyes said."
      ).contains("misattributed-quote"))
  }

  /// A phrase of a few words the sources give to two people is nobody's own: in the claim too, a third speaker
  /// saying it is no misattribution. Given to one person only, it is.
  @Test func aShortPhraseTheSourcesGiveToSeveralPeopleIsAnyones() {
    let claim = "called the storm season “a real test” for the crews."
    func codes(_ draft: String, sources: [String]) -> [String] {
      let corpus = Corpus(
        articles: sources.enumerated().map { index, text in
          SourceArticle(path: "/story/outlet-\(index).md", text: "---\noutlet: Outlet \(index)\n---\n\(text)\n")
        }, problems: [])
      return DraftAnalysis(text: draft, format: .markdown, corpus: corpus).findings.map(\.code)
    }
    let draft = "Harbourmaster Lena Okafor " + claim
    #expect(codes(draft, sources: ["Engineer Dev Patel " + claim, "Mayor Ruth Alder " + claim]) == [])
    #expect(codes(draft, sources: ["Engineer Dev Patel " + claim, "Dev Patel " + claim]) == ["misattributed-quote"])
  }

  @Test func unverifiedQuoteIsInformation() {
    let found = findings("“The tide tables are wrong,” Lena Okafor said.")
    #expect(found.map(\.code) == ["unverified-quote"])
    #expect(found.first?.severity == .information)
  }

  @Test func scareQuotesAndTitlesAreNotFlagged() {
    #expect(findings("Critics called the wall a “folly”.").isEmpty)
  }

  /// A title-case phrase nobody is credited with names something (a programme, a book, a slogan) and needs no
  /// speaker. Speech credited to someone stays a quote however it is cased, and so does a shout in capitals.
  @Test func aTitleCasedPhraseWithNoSpeakerIsATitle() {
    func quotes(_ text: String) -> [Quote] { DraftAnalysis(text: text, format: .markdown, corpus: Self.corpus).quotes }
    let titles = quotes("The ferry featured on “Secret Lives of the Harbour Towns,” not “Harbour Lives.”")
    #expect(titles.map(\.kind) == [.title, .title])
    #expect(findings("The ferry featured on “Secret Lives of the Harbour Towns,” not “Harbour Lives.”").isEmpty)
    #expect(quotes("Mayor Marsh: “We Will Not Flinch From Paying It”").first?.kind == .full)
    #expect(quotes("A banner read “WE WILL NOT FLINCH FROM PAYING IT”.").first?.kind != .title)
    #expect(quotes("“The tide is turning. The Quay Stays,” the banner read.").first?.kind != .title)
  }

  /// A letter to the editor cites a piece by its headline, in brackets with the publication and the date: no one
  /// said those words. A speaker named in the bracket keeps it a quote.
  @Test func aHeadlineCitedInBracketsIsATitle() {
    func quotes(_ text: String) -> [Quote] { DraftAnalysis(text: text, format: .markdown, corpus: Self.corpus).quotes }
    let letter =
      "I side with the mayor (\"Marsh calls the barrier a 'folly' the port can afford,\" Calder Post, Friday)."
    #expect(quotes(letter).first?.kind == .title)
    #expect(findings(letter).isEmpty)
    #expect(quotes("I side with the council (“The wall must rise,” Opinion, May 3).").first?.kind == .title)
    #expect(quotes("She paused (“The wall must rise,” Lena Okafor said, twice).").first?.speaker == "Lena Okafor")
    #expect(quotes("I side with the council (“The wall must rise, and it will rise by May”).").first?.kind != .title)
  }

  @Test func scareQuotesCanBeReportedAsInformation() {
    let found = DraftAnalysis(
      text: "Critics called the wall a “folly”.", format: .markdown, corpus: Self.corpus, reportScareQuotes: true
    ).findings
    #expect(found.map(\.code) == ["unattributed-quote"])
    #expect(found.first?.severity == .information)
    #expect(found.first?.message == "Scare quote or term, with no speaker")
  }
}
