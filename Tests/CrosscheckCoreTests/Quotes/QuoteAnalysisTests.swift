import CrosscheckCore
import Testing

/// Attribution in a fictional story: Harbourmaster Lena Okafor and engineer Dev Patel on a harbour wall.
@Suite struct QuoteAnalysisTests {
  func quotes(_ text: String, _ format: ProseText.Format = .markdown) -> [Quote] {
    let prose = ProseText(parsing: text, format: format)
    return QuoteAnalysis.quotes(in: prose, sentences: SentenceSplitter.split(prose))
  }

  func speakers(_ text: String) -> [String?] { quotes(text).map(\.speaker) }

  @Test(arguments: [
    ("“The wall will hold,” Lena Okafor said.", "said"),
    ("“The wall will hold,” said Harbourmaster Lena Okafor.", "said"),
    ("Lena Okafor said: “The wall will hold.”", "said"),
    ("Lena Okafor told reporters: “The wall will hold.”", "told"),
    ("“The wall will hold,” Lena Okafor warned on Monday.", "warned"),
    ("“The wall will hold,” Lena Okafor insisted.", "insisted"),
    ("“The wall will hold,” Lena Okafor tweeted.", "tweeted"),
    ("“The wall will hold,” Lena Okafor emphasised.", "emphasised"),
    ("“The wall will hold,” Lena Okafor quipped.", "quipped"),
    ("According to Lena Okafor, “the wall will hold.”", "according to"),
    ("In the words of Lena Okafor, “the wall will hold.”", "in the words of"),
    ("“The wall will hold.” — Lena Okafor", "—"),
    // A bare verb after an auxiliary and an adverb.
    ("Lena Okafor could only quip: “The wall will hold.”", "quip"),
    // A retort: "shot back", "fired back".
    ("Lena Okafor shot back, “The wall will hold.”", "shot"),
    ("“The wall will hold,” Lena Okafor fired back.", "fired"),
    // A recommendation quoted from a report or a panel's chair.
    ("“Keep the wall at its current height,” Lena Okafor recommended.", "recommended"),
    // Words mouthed without a sound are still someone's words.
    ("Lena Okafor mouthed “thank you all” to the crews.", "mouthed"),
  ])
  func cueForms(text: String, cue: String) {
    let found = quotes(text)
    #expect(found.count == 1)
    #expect(found.first?.speaker == "Lena Okafor", "\(text)")
    #expect(found.first?.cue == cue, "\(text)")
  }

  /// A headline's quote is credited by the body quoting the same words with a speaker; one the body does not quote,
  /// or a quote below the headline, is not credited by a later quote.
  @Test func aHeadlineQuoteIsCreditedByTheBody() {
    let story = """
      # ‘The Wall Will Hold’: Harbourmaster Answers Her Critics

      Lena Okafor spoke at the quay on Monday.

      “The wall will hold,” Okafor said.
      """
    let found = quotes(story)
    #expect(found.first?.speaker == "Lena Okafor")
    #expect(found.first?.carriedOver == true)
    let unanswered = quotes("# ‘The Gates Are Shut’: Harbour Closes\n\nLena Okafor spoke at the quay.\n")
    #expect(unanswered.first?.speaker == nil)
    let belowTheHeadline = quotes(
      "# Harbour wall\n\n“The wall will hold.”\n\nThe tide rose all night.\n\n“The wall will hold,” Okafor said.\n")
    #expect(belowTheHeadline.first?.speaker == nil)
  }

  /// An opening paragraph of more than a headline's few words is no headline: its quotes are not looked for in the
  /// body (each comparison costs the product of the lengths).
  @Test func aLongOpeningParagraphIsNoHeadline() {
    let long = Array(repeating: "the wall will hold", count: 12).joined(separator: " and ")
    let found = quotes("“\(long).”\n\nThe tide rose.\n\n“\(long),” Okafor said.\n")
    #expect(found.count == 2)
    #expect(found.first?.speaker == nil)
    #expect(found.last?.speaker == "Okafor")
  }

  /// A role set off by a comma right before a name is that person's title: a later "the judge" is them. A phrase
  /// that ends in no title ("In a statement, …") gives none.
  @Test func aRoleBeforeANameIsItsTitle() {
    #expect(
      speakers(
        "“The wall held,” the presiding harbour judge, Ines Vela, said on Monday. “Violence is violence,” the judge added."
      ) == ["Ines Vela", "Ines Vela"])
    #expect(
      speakers("In a statement, Ines Vela said the wall held. “The harbour is safe,” the statement said.") == [
        "the statement"
      ])
  }

  @Test func speakerForms() {
    // Titles and appositives are not part of the name.
    #expect(speakers("“It is done,” said Port Authority chief Lena Okafor.") == ["Lena Okafor"])
    #expect(speakers("Dev Patel, an engineer, said: “It is done.”") == ["Dev Patel"])
    // A name whose accented letter scraped copy garbled into two characters is still a name.
    #expect(speakers("As engineer Dev PatÃ©l put it, “the wall will hold.”") == ["Dev PatÃ©l"])
    // The sentence after a quote may name it and whose it is.
    #expect(
      speakers("“Never trust a calm harbour.” That quote from engineer Dev Patel hung in the office for years.")
        == ["Dev Patel"])
    #expect(speakers("“Never trust a calm harbour.” That quote hung in the office for years.") == [nil])
    // A surname after first mention, and a pronoun, resolve to the full name.
    #expect(speakers("Dev Patel inspected the wall. “It is done,” Patel said.") == ["Dev Patel"])
    #expect(speakers("Dev Patel inspected the wall. “It is done,” he said.") == ["Dev Patel"])
    // A pronoun stands for the subject of the last sentence that has one: a subject set off by an appositive
    // counts, a name inside what the subject reported does not.
    #expect(
      speakers("Lena Okafor opened the gate. Dev Patel, the port's engineer, said it held. “Not yet,” he said.") == [
        "Dev Patel"
      ])
    #expect(speakers("Dev Patel said the Harbour Board should wait. “Not yet,” he said.") == ["Dev Patel"])
    // A title alone resolves to the person who held it.
    #expect(
      speakers("Harbourmaster Lena Okafor opened the gate. “We are ready,” the harbourmaster said.") == ["Lena Okafor"])
    // Roles and bodies stay as written.
    #expect(speakers("“We are ready,” the ministry said in a statement.") == ["the ministry"])
  }

  /// A nickname in quotation marks inside a name is part of the name, nobody's words, though a speech verb follows
  /// the name; the nickname alone, or the surname, later stands for the person, and the name keeps the nickname so
  /// that another document's nickname alone names the same person (`PersonName.nickname`).
  @Test func aNicknameInsideANameIsAnotherNameOfThePerson() {
    let found = quotes(
      "Tomas \"Skipper\" Reyes denied the charge. “The wall will hold,” Skipper said. “We sail at dawn,” Reyes said.")
    #expect(found.map(\.kind) == [.scare, .full, .full])
    #expect(found.map(\.speaker) == [nil, "Tomas “Skipper” Reyes", "Tomas “Skipper” Reyes"])
    #expect(
      speakers("Tomas ‘Skipper’ Reyes spoke. “We sail at dawn,” Skipper said.") == [nil, "Tomas “Skipper” Reyes"])
    // A quote after the name is no nickname.
    #expect(quotes("Tomas Reyes named his boat “Skipper” last year.").first?.kind == .scare)
    #expect(speakers("Tomas Reyes spoke. “We sail at dawn,” Skipper said.") == ["Skipper"])
  }

  /// Capitalised words in quotation marks and nothing else are a title, no person a later pronoun stands for.
  @Test func aQuotedTitleIsNoOneAPronounMeans() {
    let text =
      "Dev Patel spoke on Friday. Later he told the Gazette’s “Morning Tide Review” that he thinks the wall is “as "
      + "sound as ever” this winter."
    #expect(speakers(text).last == "Dev Patel")
  }

  /// A cue in the passive credits no one: its subject is what was read or who was told. A question put to the
  /// subject, and a passive that reports what the subject said, still credit it; and after "was", a verb that is no
  /// participle is no passive.
  @Test func aCueInThePassiveCreditsNoOne() {
    #expect(speakers("Dev Patel knelt when the verdict was read.\n\n“We sail at dawn!”") == [nil])
    #expect(
      speakers("Lena Okafor phoned Dev Patel after the result was declared, and told the crews: “We sail at dawn.”")
        == ["Lena Okafor"])
    #expect(speakers("Lena Okafor was asked about the “north wall” repairs.") == ["Lena Okafor"])
    #expect(speakers("Dev Patel is reported to have called the wall “a relic.”") == ["Dev Patel"])
    #expect(speakers("All Lena Okafor could do was shout “Hold the line!” at the crews.") == ["Lena Okafor"])
  }

  @Test(arguments: [
    // A participle after the writer's clause belongs to the clause's subject, not to the nearest name.
    // A participle right after "when" has the subject of the clause around it.
    ("Any vote involves Lena Okafor, who told Parliament when asked about the wall: “It will hold.”", "Lena Okafor"),
    // A participle and "that" after the quote report what the subject said: a cue in them credits nobody.
    (
      "Lena Okafor insisted that she has “saved the harbour,” claiming that she is responsible for higher voter "
        + "turnout in the coastal states.", "Lena Okafor"
    ),
    ("Lena Okafor, the harbourmaster, toured the wall on Monday, saying: “It will hold.”", "Lena Okafor"),
    // A party and state after a name are not a name.
    ("“It will hold,” Senator Lena Okafor, D-Maine, said.", "Lena Okafor"),
    // An appositive that opens with a possessive name says whose title it is; without its comma it is the subject.
    ("“It will hold,” Lena Okafor, Calder's harbourmaster, said.", "Lena Okafor"),
    ("Lena Okafor, the Calder Bay board's chief engineer, told reporters: “It will hold.”", "Lena Okafor"),
    ("“It will hold,” Calder's harbourmaster said.", "Calder's harbourmaster"),
    // The writer's clause before an inverted credit.
    ("“It will hold” if the storm passes, said Lena Okafor.", "Lena Okafor"),
    // A cue word used as a noun is not a cue: "Patel's remarks".
    ("Lena Okafor called Dev Patel's remarks “a fair warning to the whole board”.", "Lena Okafor"),
    // A relative clause and an appositive between the name and its verb.
    ("Lena Okafor, now harbourmaster, who in 2020 said “never again”, stayed.", "Lena Okafor"),
    ("Dev Patel, who chairs the Tidal Union, a body of Calder Bay pilots, said it “will hold”.", "Dev Patel"),
    // A relative clause between commas describes the noun phrase before it, named or not; one that runs into the
    // verb has its own subject.
    ("The harbour board, which runs the port, said the plan was “a step in the right direction.”", "harbour board"),
    (
      "In Calder, the cheers were loudest in front of the old quay, which Lena Okafor on Friday declared a monument "
        + "dedicated “to the memory of the pilots.”", "Lena Okafor"
    ),
    // A document speaks for whoever wrote it, and an accusation quotes its accuser.
    ("The pilots' petition accuses the port of “attempting to silence the crews.”", "pilots petition"),
    ("The board's advert argues that “only Okafor can fix the quay.”", "board's advert"),
    ("As harbourmaster Lena Okafor put it, “the wall is older than the town.”", "Lena Okafor"),
    ("Votes need a quorum, per the harbour board’s bylaws, “without exception.”", "the harbour board’s bylaws"),
    ("“Somebody check the north gate tonight!” one person tweeted.", "one person"),
    // "It’s" opening a sentence is no one.
    (
      "It’s been a long season, and Lena Okafor on Sunday thanked the crew “for every early start” and left.",
      "Lena Okafor"
    ),
    // A participle belongs to the sentence's subject, not to the noun it follows.
    ("Lena Okafor released a statement saying: “Nobody checked the wall.”", "Lena Okafor"),
    // A speaker written after the quote's paragraph: "said Ana Ruiz of …" stops at "of".
    ("“It will hold,” said Lena Okafor of the Calder Bay Harbour Board.", "Lena Okafor"),
    // A colon lead-in whose verb is not a speech cue.
    ("Dev Patel’s report sets out a simple case: “The wall will hold.”", "Dev Patel’s"),
    // The main clause's cue, not one inside what was said.
    ("Lena Okafor says Dev Patel’s weekend posts about the wall were “wrong on every count.”", "Lena Okafor"),
    ("After Dev Patel warned of delays, Lena Okafor said: “The wall will hold.”", "Lena Okafor"),
    // A gerund belongs to the subject of its sentence.
    (
      "The harbour board checked the wall by announcing that it was “as sound as the day it was built.”",
      "harbour board"
    ),
    ("Lena Okafor hums to Dev Patel before asking him, “Which way does the tide turn?”", "Lena Okafor"),
    // "it" is a body or a document, never the last person named.
    ("Dev Patel met the board. Later, it rounded on him, saying he “has never once checked the wall.”", "it"),
    // "they" is a group, never the one person named before it.
    ("Dev Patel thanked the crews on the quay. “Dream team!” they chanted.", "they"),
    // A pronoun just before the verb, across an adverb.
    ("Dev Patel knew the answer. To which he still says, “The wall will hold.”", "Dev Patel"),
    // A time phrase is not the name an appositive describes, and the name inside a description only says whose.
    ("Twenty years ago, a Calder Bay almanac praised the wall as “the safest in the north.”", "a calder bay almanac"),
    // A second verb shares the subject of the first.
    ("Lena Okafor inspected the wall on Monday and said it was “as sound as ever.”", "Lena Okafor"),
    // A cue word as a noun, after an adjective: "a later tweet".
    ("In a later tweet, Lena Okafor said the wall was “as sound as the day it was built.”", "Lena Okafor"),
    // A day is not a name.
    ("Lena Okafor on Saturday criticised the plan, saying it left “half the bay unprotected.”", "Lena Okafor"),
    // A place at the end of a phrase that began lower-case.
    ("Lena Okafor, during a meeting in Calder, Northshire, said the wall was “as sound as ever.”", "Lena Okafor"),
    // A clause that opens with a verb is not an appositive.
    (
      "Lena Okafor, the harbourmaster, issued a statement after Dev Patel told the board it was “as sound as ever.”",
      "Dev Patel"
    ),
    // A relative clause's cue gives its own speaker.
    ("Lena Okafor thanked Dev Patel, who has promised to keep the wall “open to every boat in the bay.”", "Dev Patel"),
    // A lead-in that ends in a full name and a colon.
    ("Nobody knows the swell better than harbour pilot Dev Patel: “It happens every spring.”", "Dev Patel"),
    ("STORM WALL HOLDS - Lena Okafor: “The wall did what it was built to do.”", "Lena Okafor"),
    // A verb after an appositive set off by commas.
    ("Dev Patel, the pilots' spokesman, insists that the wall “was never tested in a real storm.”", "Dev Patel"),
    ("“It was never tested,” Lena Okafor admitted.", "Lena Okafor"),
    // The subject of a relative clause is its antecedent; a pronoun inside it is its own subject.
    (
      "The figures came from the Calder Harbour Board which reported “21 breaches in a single winter.”",
      "Calder Harbour Board"
    ),
    ("Dev Patel inspected the old sea wall, which he described as “as porous as a fishing net.”", "Dev Patel"),
    // "That said" is an idiom; "the 35 states" is a noun.
    ("Dev Patel praised the wall. That said, he also noted “a long crack on the north side.”", "Dev Patel"),
    (
      "Lena Okafor wants rules in the 12 states that border the bay “before the storms come.”",
      "Lena Okafor"
    ),
    // A subordinate clause speaks only for a quote inside it.
    (
      "Because Dev Patel announced the design early, Lena Okafor called it “a folly from start to finish.”",
      "Lena Okafor"
    ),
    ("Lena Okafor spoke after the vote, when Dev Patel claimed the wall was “the best in the north.”", "Dev Patel"),
    // A participial phrase between the name and its verb.
    ("Lena Okafor, speaking to reporters on the quay, said: “The wall will hold.”", "Lena Okafor"),
    // A bare stem after a singular noun is a noun: "a Harbourbook post".
    ("In a late-night Harbourbook post, Dev Patel wrote: “The wall held.”", "Dev Patel"),
    // A surname that is also a title.
    ("Martha King runs the harbour café. King says the wall “kept every promise the council made.”", "Martha King"),
    // An inverted credit that opens the sentence.
    ("Said Dev Patel, a pilot for thirty years, “Nobody here doubted that wall.”", "Dev Patel"),
    // A phrase set between the name and its verb.
    ("Lena Okafor, in a statement released by the board on Thursday, said it “will hold.”", "Lena Okafor"),
    // A description that runs into the verb is the subject; the name inside it only says whose.
    ("At the meeting in Calder, Northshire Monday, the Okafor supporter retorted: “No plan.”", "the okafor supporter"),
    // A subject too long to be one: the verb was missed, and the name that opens it spoke.
    ("Dev Patel then appears in a clip from a harbour board speech, saying, “The wall will hold.”", "Dev Patel"),
    // A time or a dateline before the subject is not a name.
    ("Hours later, Lena Okafor thanked Dev Patel, telling reporters, “He is a fine pilot.”", "Lena Okafor"),
    ("CALDER — Lena Okafor took a swipe at the board, saying that “loud promises” mend no walls.", "Lena Okafor"),
    ("Calder (AFP) – Lena Okafor took a swipe at the board, saying that “loud promises” mend no walls.", "Lena Okafor"),
    // A place that ends an opening adverbial is not the subject, however it goes on.
    (
      "Speaking at a meeting in Calder, North Shore, Lena Okafor went after the board, calling it “a talking shop.”",
      "Lena Okafor"
    ),
    ("In a speech in Calder, Lena Okafor, the harbourmaster, called the wall “a triumph.”", "Lena Okafor"),
    // After the quote, the credit is a finite verb: a participle there has no subject of its own.
    ("“The wall will hold,” Lena Okafor, speaking on the quay on Friday, said.", "Lena Okafor"),
    ("Dev Patel called the wall “very flexible,” a nod to the board, acknowledging its work.", "Dev Patel"),
    // Words after the quote that open with a preposition go on with the sentence; they credit no one.
    ("Lena Okafor said she would offer “a prayer” for the harbour board but did not suggest a date.", "Lena Okafor"),
    // A passive's agent spoke; a gerund after "by" is how, not who.
    ("Lena Okafor was asked by pilot Dev Patel, who has sailed the bay for years: “Will the wall hold?”", "Dev Patel"),
    ("As reported by the Tide Gazette, the board called the wall “a folly.”", "Tide Gazette"),
    ("Dev Patel responded by saying Calder was “safer than ever.”", "Dev Patel"),
    // A news agency that reports is the speaker; only a dateline's agency is not.
    ("Reuters, citing two harbour officials, reported that the wall was “unsafe in any storm.”", "Reuters"),
    // A credit after the quote names the speaker; a participle after it goes on to what was said.
    ("“It will hold,” remembered Dev Patel, the pilot.", "Dev Patel"),
    // A transcript label inside the quote wins over the cue after it.
    ("Lena Okafor spoke next. \"OKAFOR: The wall will hold,\" the transcript reads.", "Lena Okafor"),
    // A conjunction opening the sentence is no part of the subject, before an appositive or a participle.
    ("And Lena Okafor, the port's chief, said, “The wall will hold.”", "Lena Okafor"),
    ("But Lena Okafor, noting the cost, said, “The wall will hold.”", "Lena Okafor"),
    // The auxiliary before a bare verb is not the subject's.
    ("The harbour spokesman could quip: “The pier was booked.”", "harbour spokesman"),
    // A participial clause with "with": its subject's name spoke, whether the participle says or names.
    ("Pilots were irritated by the plan, with harbour pilot Dev Patel saying it was a “paper wall.”", "Dev Patel"),
    ("Pilots were irritated by the plan, with harbour pilot Dev Patel calling it a “paper wall.”", "Dev Patel"),
    // A bare verb right after a quote goes on with the writer's sentence; it is no inverted credit.
    (
      "Lena Okafor went on to praise “Harbour Nights,” note that she had bought the Old Pier Hotel, and boast.",
      "Lena Okafor"
    ),
    // A past tense that does not end in "-ed" is the subject's verb.
    ("Lena Okafor threw her support behind Dev Patel (R-Calder), saying he is “a real harbour man.”", "Lena Okafor"),
    // A headline's capitalised verb before its object is no person of that name: the phrase stays as written. An
    // office after a name is a title.
    ("Mayor rebuffs the board; Rejects offer, blasts “a paper wall.”", "Rejects offer"),
    ("Port Authority spokesman Dev Patel said the wall was “a paper wall.”", "Dev Patel"),
    // The people around someone spoke, not the person named before them.
    ("Okafor supporters chanted “four more years” outside the hall.", "Okafor supporters"),
    ("“We will not move,” Marsh campaign aides said on Monday.", "Marsh campaign aides"),
    // A naming verb's subject called it so, before the sentence's subject is asked.
    ("Marsh had a strong night, when Lena Okafor called him “the grownup on the stage” amid the fight.", "Lena Okafor"),
    // People a noun names, after a determiner, are a naming verb's subject too.
    ("The plan prompted a debate; one lawmaker called Marsh “the harbour's own weather vane.”", "one lawmaker"),
  ])
  func speakerFormsInRealNews(text: String, speaker: String) {
    #expect(quotes(text).first?.speaker == speaker, "\(text)")
  }

  /// Someone the draft has called "he" is not a later "she", nor the other way round: the pronoun is then left
  /// as written.
  @Test func aPronounTheDraftUsedForSomeoneElseIsNotTheirs() {
    let patel = "“The wall will hold,” said engineer Dev Patel."
    let okafor = "\n\nOkafor said the ferries would sail. “We sail on Monday,” she said.\n"
    #expect(speakers(patel + " He called the repairs “a real triumph.”" + okafor) == ["Dev Patel", "Dev Patel", "she"])
  }

  @Test func aNameInsideAnotherQuoteOfTheSentenceIsNotItsSubject() {
    // "Tarrow shows" inside the first quote reads like a subject and its verb; the last quote, with no subject
    // after the title before it, is credited by the sentence's subject, Okafor.
    let found = quotes(
      "“The flooding in Tarrow shows the wall is needed,” Lena Okafor says in an advert titled “Tide,” warning "
        + "against delay, pledging to “finish it.”")
    #expect(found.map(\.speaker) == ["Lena Okafor", "Lena Okafor", "Lena Okafor"])
    #expect(found.last?.carriedOver == false)
  }

  @Test func aSubjectSetOffByALongRelativeClauseIsWhomHeStandsFor() {
    let found = quotes(
      """
      Mayor Elena Marsh spoke first on Monday, and the harbour board listened.

      Dev Patel, who has piloted boats in and out of the old Calder harbour for two decades, rallied the crews.

      “We will all stand together to say that the harbour belongs to all of us,” he said.
      """)
    #expect(found.map(\.speaker) == ["Dev Patel"])
  }

  /// A quote given as someone's words after "that" or a colon is theirs, not the sentence subject's; one said of
  /// their words, right after the noun, is the subject's.
  @Test func aQuoteGivenAsSomeonesWordsIsTheirs() {
    #expect(speakers("Mayor Elena Marsh rejected Dev Patel's claim that “the harbour is sinking.”") == ["Dev Patel"])
    #expect(
      speakers("Critics mocked the harbour board's admittedly bold promise: “Every ferry will run on time.”")
        == ["the harbour board"])
    #expect(speakers("Mayor Elena Marsh said Dev Patel's remarks “show no respect.”") == ["Elena Marsh"])
  }

  /// What opens a sentence before its subject names no speaker: a subordinate clause after an adverbial ("after
  /// Okafor fell ill") and a participle ("Weighing in on the plan").
  @Test func aSentenceOpeningBeforeItsSubjectIsNoSpeaker() {
    #expect(
      speakers(
        "In June 2009, after Lena Okafor suffered a fall, Dev Patel emailed her, telling her, “you are a star!”")
        == ["Dev Patel"])
    #expect(
      speakers("Weighing in on the plan, former harbour master Ines Vela agreed, calling it “the best we've got.”")
        == ["Ines Vela"])
    #expect(
      speakers(
        "Moreover, as part of the exchange with Marsh, Vela cited a report that “less than one percent” was kept.")
        == ["Vela"])
    #expect(
      speakers("Horrified at the prospect of Patel winning, Vela wants reporting that “takes sides.”") == ["Vela"])
  }

  /// A clause set against the main one ("…, while Okafor said that…") that holds the quote has its own speaker.
  @Test func aContrastingClauseThatHoldsTheQuoteNamesItsSpeaker() {
    #expect(
      speakers("Patel suggested that anyone who ducks questions cannot lead, while Okafor said the “stakes are high.”")
        == ["Okafor"])
    #expect(speakers("Patel said the “stakes are high,” while Okafor said nothing.") == ["Patel"])
  }

  @Test func anInfinitiveCreditsAQuoteOnlyAsTheLastCueBeforeIt() {
    // "to read" has no subject of its own: the writer's words are no speaker.
    #expect(speakers("The judge turned to me. “Mr. Patel?” I had prepared a short statement to read.") == [nil])
    #expect(speakers("“Never again,” Lena Okafor said, and went on to read the report.") == ["Lena Okafor"])
    // Before the quote, an infinitive is the cue only when no other follows it.
    #expect(
      speakers(
        "Continuing to explain his view, Dev Patel rejected the notion, saying that if he “found a crack, I would fix it.”"
      ) == ["Dev Patel"])
    #expect(speakers("Lena Okafor went on to say: “The wall will hold.”") == ["Lena Okafor"])
  }

  @Test func aClauseAfterTheQuoteAboutSomethingElseIsNotItsCredit() {
    // "when Patel blasted him": the words are Okafor's, said before Patel's clause.
    let found = quotes("Lena Okafor said on Monday, “I have seen worse,” when Dev Patel blasted her.")
    #expect(found.first?.speaker == "Lena Okafor")
  }

  @Test func aNewClauseAfterTheQuoteIsNotItsCredit() {
    let found = quotes(
      "Lena Okafor said the wall would “hold for a century,” at the very least, and Dev Patel vowed to “keep it open to boats.”"
    )
    #expect(found.map(\.speaker) == ["Lena Okafor", "Dev Patel"])
  }

  @Test func aLaterSentenceCreditsOnlyWhenItOpensWithTheCredit() {
    // "according to an aide" ends the next sentence: it credits that sentence, not the quote.
    let found = quotes(
      "Lena Okafor wants the survey published “before the first storm.” She will inspect the wall on Sunday, according to an aide."
    )
    #expect(found.first?.speaker == "Lena Okafor")
    #expect(quotes("“Will it hold?” Dev Patel asked.").first?.speaker == "Dev Patel")
  }

  @Test func aQuoteEndingInAFullStopTakesNoCreditFromTheNextSentence() {
    // Each is its speaker's: the next sentence's subject spoke next, about something else.
    let found = quotes(
      "Lena Okafor urged the board to “halt the night-time repairs.” Dev Patel insisted at the meeting on Tuesday that it was “safe.”"
    )
    #expect(found.first?.speaker == "Lena Okafor")
  }

  @Test func aCreditOnTheLineAfterTheQuote() {
    let found = quotes("\"The wall will hold for a century.\"\n\n— Lena Okafor, harbourmaster\n", .plain)
    #expect(found.first?.speaker == "Lena Okafor")
    #expect(found.first?.cue == "—")
    // A sentence that is nothing but the credit, after a full stop inside the quote.
    #expect(quotes("“The wall will hold.” Lena Okafor said.").first?.speaker == "Lena Okafor")
    // A dash credit follows the mark; a hyphen inside the next sentence's first word is none.
    #expect(quotes("“We won.” — Lena Okafor").first?.speaker == "Lena Okafor")
    #expect(
      speakers("Dev Patel, its chairman, told reporters simply, “We lost.” T-shirts soon appeared outside.")
        == ["Dev Patel"])
  }

  /// A digest credits each excerpt in brackets after it; words in lower case or a stage direction are no credit.
  @Test func aCreditInBracketsAfterTheQuote() {
    let digest = "QUAY WALL HOLDS “The north wall held through the storm, engineers found.” [Harbour News.]"
    #expect(quotes(digest).first?.speaker == "Harbour News")
    #expect(quotes("“The wall will hold for a century.” (Lena Okafor)").first?.speaker == "Lena Okafor")
    #expect(speakers("“The wall will hold for a century.” (Applause.)") == [nil])
    #expect(speakers("“The wall will hold for a century!” (for the mayor) rang out at the quay.") == [nil])
  }

  /// A lead-in that says where the words are from gives their source; "from" inside a sentence does not.
  @Test func aLeadInFromTheSourceCreditsTheQuote() {
    #expect(
      speakers("From the harbour report: “The north wall will hold through the winter.”") == ["the harbour report"])
    #expect(speakers("More from Dev Patel: “The north wall will hold through the winter.”") == ["Dev Patel"])
    #expect(
      speakers("The crews came home from the north wall: “The wall will hold through the winter.”") == [nil])
  }

  /// A pull quote's last line inside the marks may be its credit: a name, a comma and what they are.
  @Test func aPullQuoteCreditedOnItsLastLine() {
    let pull = "\"We will rebuild the north wall before the storms come.\nDev Patel, Calder Harbour Trust.\"\n"
    #expect(speakers(pull) == ["Dev Patel"])
    // Read to the end of its paragraph in plain text, the quote leaves the credit and the closing mark after it.
    let plain =
      "\"We will rebuild the north wall before the storms come.\nDev Patel, Calder Harbour Trust.\"\n\nThe vote is due."
    #expect(quotes(plain, .plain).first?.speaker == "Dev Patel")
    // A line that goes on with the quotation is no credit, nor is one after a line that did not end.
    #expect(speakers("\"We will rebuild the north wall.\nThen, we will see.\"\n") == [nil])
    #expect(speakers("\"We will rebuild the north wall of\nCalder Harbour, the old quay.\"\n") == [nil])
  }

  @Test func reportedSpeechEndingTheParagraphBeforeCarriesOver() {
    let found = quotes("Dev Patel continued his criticism of the board.\n\n“Nobody checked the wall.”")
    #expect(found.first?.speaker == "Dev Patel")
    #expect(found.first?.carriedOver == true)
  }

  @Test func theSpeakerRangeIsWhereTheSpeakerIsWritten() throws {
    let text = "Dev Patel inspected the wall. “It is done,” he said. “We can go home.”"
    let found = quotes(text)
    let range = try #require(found.first?.speakerRange)
    let utf8 = Array(text.utf8)
    #expect(String(decoding: utf8[range], as: UTF8.self) == "he")
    #expect(found.first?.speaker == "Dev Patel")
    // A carried-over quote points at the phrase it inherited.
    #expect(found.last?.speakerRange == range)
  }

  @Test func aParticipleAfterAQuoteGoesOnToWhatWasSaidNotWhoSaidIt() {
    let found = quotes("Lena Okafor defended “harbour values,” saying the town embodied “the grit of the coast.”")
    #expect(found.first?.speaker != "the town embodied")
    #expect(found.last?.speaker == "Lena Okafor")
  }

  @Test func aQuantifierThatOpensTheSentenceIsNoName() {
    #expect(
      speakers("Each winter, there is a promise many pilots make but few keep: “This year I will retire!”") == [nil])
    #expect(speakers("Another pilot, Dev Patel, said the quay was “as safe as ever.”") == ["Dev Patel"])
  }

  @Test func aSentenceSubjectThatIsNoOneDoesNotAttribute() {
    // The writer's own framing: nobody is speaking, so the quote stays unattributed.
    #expect(speakers("The question was whether to keep Dev Patel or call him “unfit for the harbour”.") == [nil])
    #expect(speakers("It was, by any measure, “a total disaster for the harbour”.") == [nil])
    // A document or a role can speak.
    #expect(speakers("The letter calls the plan “reckless from the first page”.") == ["letter"])
    #expect(speakers("The harbourmaster called the plan “reckless from the first page”.") == ["the harbourmaster"])
  }

  @Test func aRelativeClauseSpeakerIsWrittenAsTheRelativePronoun() throws {
    let text = "“It will hold,” said Lena Okafor, who said the storm was “the worst in a century.”"
    let found = quotes(text)
    #expect(found.map(\.speaker) == ["Lena Okafor", "Lena Okafor"])
    let range = try #require(found.last?.speakerRange)
    #expect(String(decoding: Array(text.utf8)[range], as: UTF8.self) == "who")
  }

  @Test func carryOverInTheParagraphAndAcrossParagraphs() {
    let found = quotes(
      """
      “The wall will hold,” Lena Okafor said. “It was built for this.”

      “We checked it twice.”

      Dev Patel disagreed with the plan.

      “We did not.”
      """)
    #expect(found.map(\.speaker) == ["Lena Okafor", "Lena Okafor", "Lena Okafor", nil])
    #expect(found.map(\.carriedOver) == [false, true, true, false])
  }

  @Test func markTypesAndKinds() {
    let found = quotes(
      "She called it “a temporary fix that will not last”. Patel said the so-called “repair” failed. ‘It failed,’ Lena Okafor said. «Ça tient», a dit Lena Okafor. He wrote the book “Walls of the North Sea”."
    )
    #expect(found.map(\.kind) == [.partial, .scare, .full, .scare, .title])
  }

  @Test func aShortQuoteIsATermWhereverItsSentenceStopIsSet() {
    // American style sets the sentence's full stop inside the marks; British style outside. Either way the
    // words are a term, not speech nobody is credited with; a short quote that is a sentence of its own is speech.
    let found = quotes(
      "Locals call it the “old wall.” Tourists call it the “old wall”. The pilots keep the “storm tables.” “Never.”")
    #expect(found.map(\.kind) == [.scare, .scare, .scare, .full])
  }

  @Test func nestedQuotesBelongToTheOuterQuote() {
    let found = quotes("“She told me ‘never again’, and meant it,” Lena Okafor said.")
    #expect(found.count == 1)
    #expect(found.first?.text == "She told me ‘never again’, and meant it,")
  }

  @Test func degradeCasesNeverRunAway() {
    // A stray closing mark, an unclosed quote, and a quote reopened mid-sentence.
    let found = quotes("He said” nothing. “Then it broke, Okafor said.\n\nNext paragraph with “a quote” in it.")
    #expect(found.contains { !$0.closed })
    #expect(found.contains { $0.text == "a quote" })
    #expect(found.allSatisfy { $0.range.upperBound <= 100 })
  }
}
