/// A speaker phrase and the cue that introduced it, read from the words around a quote.
struct Attribution {
  var phrase: [Word]
  var cue: String?
  /// The word that stands for the speaker beside the quote when it is not the name: "who" in "Patel, who said".
  var mention: Word?

  init(speaker: [Word], cue: String?, mention: Word? = nil) {
    phrase = speaker
    self.cue = cue
    self.mention = mention
  }

  /// A speaker written as a label beside the quote rather than found among a sentence's words: a transcript's
  /// "OKAFOR:", a credit in brackets or on a pull quote's last line.
  init(label: String, range: Range<Int>, cue: String) {
    self.init(speaker: [Word(text: label, range: range, isFigure: false, endsClause: true)], cue: cue)
  }

  static let maximumPhrase = 8

  /// Where the speaker is written beside the quote.
  var range: Range<Int>? {
    if let mention { return mention.range }
    guard let first = phrase.first, let last = phrase.last, first.range.upperBound > 0 else { return nil }
    return first.range.lowerBound..<last.range.upperBound
  }

  /// After the closing mark: `Marsh said`, `said Mayor Elena Marsh`, `he added`, `according to the council`,
  /// `— Lena Okafor`, `if it failed, said Lena Okafor`.
  static func after(_ words: [Word], dashCredit: Bool) -> Attribution? {
    guard !words.isEmpty else { return nil }
    for start in words.indices.prefix(24) {
      if let lead = leadPhrase(words, at: start) { return lead }
    }
    // A participle after the quote has no subject of its own ("…,” a nod to the board, acknowledging…"), nor
    // has an infinitive ("“…?” I had prepared a statement to read"): the credit is a finite verb ("…,” Okafor,
    // speaking on Friday, said"). So is an inverted credit ("said Okafor", "notes Patel"): a bare verb right
    // after the quote goes on with the writer's sentence ("went on to praise “Harbour Nights,” note that she had
    // bought the Old Pier Hotel"), or is no verb at all ("…,” state Sen. Jason Holsman said").
    // Step: a participle and "that" right after the quote ("…,” claiming that he is responsible for turnout in the
    // primary states") go on with the writer's sentence, whose subject the quote is credited to: a cue in what the
    // participle reports ("states") credits nobody with the quote.
    if words.count > 1, words[0].text.lowercased().hasSuffix("ing"), words[1].text.lowercased() == "that" {
      return nil
    }
    if let cue = words.indices.prefix(24).first(where: {
      SpeechCues.isCue(words, at: $0) && !words[$0].text.lowercased().hasSuffix("ing")
        && ($0 == 0 ? !SpeechCues.stems.contains(words[0].text.lowercased()) : words[$0 - 1].text.lowercased() != "to")
    }) {
      let cueText = words[cue].text.lowercased()
      if cue == 0 {
        let phrase = phraseAfter(words, from: 1)
        return phrase.isEmpty ? nil : Attribution(speaker: phrase, cue: cueText)
      }
      // `“I have seen worse,” when Patel blasted her` and `“…,” at the very least, and Patel vowed`: a clause
      // after the quote about something else.
      let subordinate = words[..<cue].indices.contains { index in
        let word = words[index].text.lowercased()
        return SpeechCues.subordinators.contains(word)
          || (SpeechCues.coordinators.contains(word) && (index == 0 || words[index - 1].endsClause))
      }
      // "…” in the primary states": a phrase that opens with a preposition goes on with the sentence.
      let phrase = subject(before: cue, in: words)
      if !subordinate, isSpeakerPhrase(phrase), !SpeechCues.prepositions.contains(phrase[0].text.lowercased()) {
        return Attribution(speaker: trimmed(phrase), cue: cueText)
      }
      // The writer finished the sentence before the credit: `…” if the storm passes, said Lena Okafor.`
      if words[cue - 1].endsClause, SpeechCues.invertible.contains(cueText) {
        let phrase = phraseAfter(words, from: cue + 1)
        if !phrase.isEmpty { return Attribution(speaker: phrase, cue: cueText) }
      }
      return nil
    }
    // "— Lena Okafor", not "— an issue the council has ducked for years".
    if dashCredit, words[0].text.unicodeScalars.first!.isUpper {
      let phrase = phraseAfter(words, from: 0)
      if !phrase.isEmpty { return Attribution(speaker: phrase, cue: "—") }
    }
    return nil
  }

  /// Before the opening mark: `Marsh told councillors:`, `said Marsh:`, `According to Marsh,`, `Okafor:`,
  /// `Patel mocked the vote, tweeting:`.
  static func before(_ words: [Word], colon: Bool) -> Attribution? {
    guard !words.isEmpty else { return nil }
    for start in words.indices.reversed() {
      if let lead = leadPhrase(words, at: start) { return lead }
    }
    if let owner = possessor(words, colon: colon) { return owner }
    if let participial = participialClause(words) { return participial }
    // The main clause's cue comes first: in "Okafor said Patel's tweets were “lies”" the speaker is Okafor. A
    // relative clause's cue comes before that ("…thanked Patel, who has promised to keep “…”" is Patel's), and
    // a subordinate clause's after it ("After Patel warned of delays, Okafor said: “…”" is Okafor's).
    let cues = words.indices.filter { SpeechCues.isCue(words, at: $0) && !isElliptical(words, $0) }
    let relative = cues.filter { opensClause(words, $0, SpeechCues.relativePronouns) }
    let subordinate = cues.filter { opensClause(words, $0, SpeechCues.subordinators) }
    let unbound = cues.filter { !relative.contains($0) && !subordinate.contains($0) }
    // An infinitive ("Continuing to explain his view, Carson rejected it, saying “…”") is the main clause's cue
    // only when no other follows it ("Okafor went on to say: “…”").
    let main = unbound.filter { $0 == unbound.last || $0 == 0 || words[$0 - 1].text.lowercased() != "to" }
    // A subordinate clause speaks for the quote only when the quote is in it: "when he claimed the wall was “the
    // best”", not "Because Patel announced it early, Okafor called it “a folly”".
    let enclosing = subordinate.filter { cue in !words[cue...].dropLast().contains(where: \.endsClause) }
    // A contrasting clause that holds the quote has a speaker of its own: "Patel suggested that…, while Okafor said
    // that the “stakes are too high”" is Okafor's.
    let contrasting = enclosing.filter { cue in
      words[clauseStart(words, before: cue)...].first.map { SpeechCues.contrasts.contains($0.text.lowercased()) }
        == true
    }
    for cue in contrasting + relative.reversed() + main + enclosing {
      let cueText = words[cue].text.lowercased()
      if let antecedent = relativeAttribution(words, cue) { return antecedent }
      if sharesSentenceSubject(words, cue) {
        // When the subject lies before these words, the quote's own sentence gives it.
        return sentenceSubject(Array(words[..<cue])).map { Attribution(speaker: $0.phrase, cue: cueText) }
      }
      if let found = attribution(forCue: cue, before: words) { return found }
    }
    if colon, let source = sourceLeadIn(words) { return source }
    // A headline or lead-in of the form `Speaker: “…”`, or a longer one that ends in a full name ("…doesn't
    // better than pilot Dev Patel:", "WALL HOLDS - Lena Okafor and Dev Patel:").
    if colon, let last = words.last, last.endsClause, let run = PeopleIndex.capitalisedRuns(words).last,
      run.last?.range == last.range, words.count <= 5 || PeopleIndex.split(run).name.count >= 2
    {
      return Attribution(speaker: run, cue: ":")
    }
    return nil
  }

  /// Step: a lead-in "From the report:" or "More from the ruling:" gives the quote's source: the phrase after
  /// "from", a few words that end at the colon, where "from" opens its clause.
  static func sourceLeadIn(_ words: [Word]) -> Attribution? {
    guard let from = words.lastIndex(where: { $0.text.lowercased() == "from" }), words.count - from - 1 <= 5,
      from == 0 || words[from - 1].endsClause || (from == 1 && words[0].text.lowercased() == "more")
    else { return nil }
    let phrase = Array(words[(from + 1)...])
    return isSpeakerPhrase(phrase) ? Attribution(speaker: trimmed(phrase), cue: "from") : nil
  }

  /// Step: a quote given as someone's words, "Okafor's claim that “…”", "the council's promise: “…”", is theirs,
  /// whoever the sentence's subject is: "The mayor rejected Okafor's claim that “…”" is Okafor's, not the mayor's.
  static func possessor(_ words: [Word], colon: Bool) -> Attribution? {
    // The quote is what the words were after "that" or a colon; one right after the noun is most often said of
    // them ("Ryan said Ginsburg's comments “show bias”").
    var noun = words.count - 1
    if noun >= 1, words[noun].text.lowercased() == "that" {
      noun -= 1
    } else if !colon {
      return nil
    }
    guard noun >= 1, SpeechCues.speechNouns.contains(words[noun].text.lowercased()) else { return nil }
    // Two words at most may describe the words: "Okafor's admittedly provocative claim".
    var owner = noun - 1
    while owner >= 1, noun - owner <= 2, possessiveSuffix(words[owner].text) == nil, !words[owner].endsClause,
      words[owner].text.unicodeScalars.first!.isLower
    {
      owner -= 1
    }
    guard let suffix = possessiveSuffix(words[owner].text), !words[owner].endsClause else { return nil }
    var name = words[owner]
    name.text.removeLast(suffix.count)
    name.range = name.range.lowerBound..<(name.range.upperBound - suffix.utf8.count)
    var start = owner
    if name.text.unicodeScalars.first?.isUpper == true {
      // The capitalised run the possessive ends: "Mayor Elena Marsh's".
      while start > 0, !words[start - 1].endsClause, words[start - 1].text.unicodeScalars.first!.isUpper,
        owner - start < maximumPhrase - 1
      {
        start -= 1
      }
    } else {
      // A noun phrase: "the council's", "the harbour board's".
      while start > 0, owner - start < 2, !words[start - 1].endsClause,
        !SpeechCues.determiners.contains(words[start - 1].text.lowercased())
      {
        start -= 1
      }
      guard start > 0, SpeechCues.determiners.contains(words[start - 1].text.lowercased()) else { return nil }
      start -= 1
    }
    let phrase = Array(words[start..<owner]) + [name]
    return isSpeakerPhrase(phrase) ? Attribution(speaker: trimmed(phrase), cue: words[noun].text.lowercased()) : nil
  }

  /// The possessive ending of a word ("'s", "’s", or the apostrophe after a plural's or a name's "s"), nil when it
  /// has none.
  static func possessiveSuffix(_ word: some StringProtocol) -> String? {
    for suffix in ["'s", "’s"] where word.hasSuffix(suffix) && word.count > suffix.count { return suffix }
    for mark in ["'", "’"] where word.hasSuffix("s" + mark) && word.count > 2 { return mark }
    return nil
  }

  /// A participial clause holds the quote, and its subject said it: "The city has said it will spend less, with
  /// Treasurer Ana Ruiz saying the council was making a “real sacrifice”" is Ana Ruiz's, not the city's. The
  /// clause opens with "with" and its cue is a participle ("saying", "adding", "warning", or a naming verb:
  /// "with Sen. John McCain calling it a “Chinese menu”") after the subject.
  private static func participialClause(_ words: [Word]) -> Attribution? {
    guard
      let cue = words.indices.last(where: {
        let word = words[$0].text.lowercased()
        return word.hasSuffix("ing") && (SpeechCues.isCue(words, at: $0) || namingVerbs.contains(word))
      }),
      let with = words[..<cue].lastIndex(where: { $0.text.lowercased() == "with" }), cue - with >= 2,
      cue - with <= maximumPhrase + 1, !words[with..<cue].contains(where: \.endsClause)
    else { return nil }
    let subject = Array(words[(with + 1)..<cue])
    guard subject.contains(where: { $0.text.unicodeScalars.first?.isUpper == true }) else { return nil }
    // "with harbour pilot Dev Patel saying": the name, not the role written before it.
    return Attribution(speaker: trimmed(subject), cue: words[cue].text.lowercased())
  }

  /// A cue in a relative clause speaks for the clause's antecedent: "said Okafor, who said…", "the Harbour
  /// Board which reported…", "it was Patel who pressed for…".
  private static func relativeAttribution(_ words: [Word], _ cue: Int) -> Attribution? {
    let before = words[..<cue].lastIndex { !SpeechCues.isAdverb($0.text) }
    let relative: Int
    if let before, SpeechCues.relativePronouns.contains(words[before].text.lowercased()) || words[before].text == "that"
    {
      relative = before
    } else if opensClause(words, cue, SpeechCues.relativePronouns) {
      relative = clauseStart(words, before: cue)
      // "which he described as": the relative is the object, and "he" the speaker.
      let between = words[(relative + 1)..<cue]
      if between.contains(where: {
        SpeechCues.pronouns.contains($0.text.lowercased()) || $0.text.unicodeScalars.first!.isUpper
      }) {
        return nil
      }
    } else {
      return nil
    }
    var segments = clauses(Array(words[..<relative]))
    while let segment = segments.popLast() {
      let runs = PeopleIndex.capitalisedRuns(segment).filter { !PeopleIndex.split($0).name.isEmpty }
      if let name = runs.last {
        return Attribution(speaker: name, cue: words[cue].text.lowercased(), mention: words[relative])
      }
      // Past an appositive ("Okafor, now harbourmaster, who…"), not past the writer's own clause.
      guard segment[0].text.unicodeScalars.first!.isLower, !PeopleIndex.looksLikeVerb(segment[0].text) else {
        break
      }
    }
    return nil
  }

  /// A participle or gerund ("…, tweeting:", "by announcing", "released a statement saying") and a verb joined
  /// to the clause before it ("…backed the board, but now said", "obtained the survey and said") belong to the subject of
  /// the sentence.
  private static func sharesSentenceSubject(_ words: [Word], _ cue: Int) -> Bool {
    guard cue > 0 else { return false }
    if words[cue].text.lowercased().hasSuffix("ing") { return true }
    if SpeechCues.coordinators.contains(words[cue - 1].text.lowercased()) { return true }
    return clauses(Array(words[..<cue])).last?.allSatisfy({
      SpeechCues.coordinators.contains($0.text.lowercased()) || SpeechCues.isAdverb($0.text)
    }) == true
  }

  private static func attribution(forCue cue: Int, before words: [Word]) -> Attribution? {
    let cueText = words[cue].text.lowercased()
    // "Okafor was asked by reporter Dev Patel:", "described by Dev Patel as": the passive's agent spoke; not
    // "responded by saying".
    if cue + 2 < words.count, words[cue + 1].text == "by", !words[cue].endsClause,
      !words[cue + 2].text.lowercased().hasSuffix("ing")
    {
      let agent = phraseAfter(words, from: cue + 2)
      if isSpeakerPhrase(agent) { return Attribution(speaker: trimmed(agent), cue: cueText) }
    }
    if isPassive(words, cue) { return nil }
    var phrase = subject(before: cue, in: words)
    if !isSpeakerPhrase(phrase) {
      // `said Marsh:`; but the words after "described" or "called" are what was described, not who spoke.
      phrase = SpeechCues.invertible.contains(cueText) ? phraseAfter(words, from: cue + 1) : []
    }
    return !phrase.isEmpty && isSpeakerPhrase(phrase) ? Attribution(speaker: trimmed(phrase), cue: cueText) : nil
  }

  /// Step: a participle right after a subordinator ("who told Congress when asked about the inquiry:") is a clause
  /// with its subject left out, the one of the clause around it: it names no speaker of its own, and had credited
  /// the quote to "Congress".
  static func isElliptical(_ words: [Word], _ cue: Int) -> Bool {
    cue > 0 && SpeechCues.subordinators.contains(words[cue - 1].text.lowercased())
      && SpeechCues.isParticiple(words[cue].text.lowercased())
  }

  /// Step: a cue in the passive ("when the verdict was read", "reporters were told") says what was done to its
  /// subject, which said nothing: with no agent named ("by …", asked first), nobody is credited. "Combs knelt … when
  /// the verdict was read." had credited the quote after it to "the verdict". Not a question put to the subject
  /// ("Pence was asked about the “…” comment"), whose answer is what news quotes next, nor a passive that reports
  /// what the subject said ("is reported to have called the Saudis “…”", "was quoted as saying").
  static func isPassive(_ words: [Word], _ cue: Int) -> Bool {
    let cueText = words[cue].text.lowercased()
    guard SpeechCues.isParticiple(cueText), !SpeechCues.questions.contains(cueText),
      cue + 1 == words.count || !["to", "as"].contains(words[cue + 1].text.lowercased())
    else { return false }
    var index = cue - 1
    while index >= 0 {
      let word = words[index].text.lowercased()
      if SpeechCues.beForms.contains(word) { return true }
      guard SpeechCues.isAdverb(word), !words[index].endsClause else { return false }
      index -= 1
    }
    return false
  }

  /// Whether the clause a cue sits in opens with one of `openers`: "After Patel warned of delays, Okafor said:
  /// “…”" is Okafor's.
  static func opensClause(_ words: [Word], _ cue: Int, _ openers: Set<String>) -> Bool {
    let start = clauseStart(words, before: cue)
    // "Ever since Patel announced…", "Even though she said…".
    return words[start..<min(cue, start + 2)].contains { openers.contains($0.text.lowercased()) }
  }

  /// Whether a phrase names someone who could be speaking: a name, a pronoun for a person, or a role ("the
  /// mayor"). "The choice was “…”" and "It was “…”" put words in no one's mouth.
  var namesSomeone: Bool {
    let lower = phrase.map { $0.text.lowercased() }
    if lower.count == 1, SpeechCues.pronouns.contains(lower[0]) { return true }
    if lower.contains(where: { SpeechCues.roleNouns.contains($0) || SpeechCues.titles.contains($0) }) { return true }
    return PeopleIndex.capitalisedRuns(phrase).contains { run in
      let name = PeopleIndex.split(run).name
      return !name.isEmpty && !(name.count == 1 && SpeechCues.timeWords.contains(name[0].text.lowercased()))
    }
  }

  private static func leadPhrase(_ words: [Word], at start: Int) -> Attribution? {
    for lead in SpeechCues.leadPhrases where start + lead.count <= words.count {
      let slice = words[start..<start + lead.count].map { $0.text.lowercased() }
      guard slice == lead else { continue }
      // "per" attributes only before a source: "per the party's bylaws", not "per cent".
      if lead == ["per"],
        start + 1 >= words.count
          || !(words[start + 1].text == "the" || words[start + 1].text.unicodeScalars.first!.isUpper)
      {
        continue
      }
      // "according to" takes any noun phrase: a complaint, a report, a poll.
      var phrase = phraseAfter(words, from: start + lead.count)
      if phrase.isEmpty {
        phrase = Array(words[(start + lead.count)...].prefix(while: { !$0.endsClause }).prefix(maximumPhrase))
      }
      if !phrase.isEmpty { return Attribution(speaker: phrase, cue: lead.joined(separator: " ")) }
    }
    return nil
  }

  /// Step: the sentence after a quote that opens by naming it and whose it is credits it: "That quote from
  /// Commissioner Lena Okafor appeared in 1980", "The remark by Okafor drew cheers". A columnist opens with a line
  /// and gives its source next.
  static func namingTheQuote(_ words: [Word]) -> Attribution? {
    guard words.count > 3, quoteDeterminers.contains(words[0].text.lowercased()),
      quoteNouns.contains(words[1].text.lowercased()), ["from", "by", "of"].contains(words[2].text.lowercased())
    else { return nil }
    let phrase = phraseAfter(words, from: 3)
    return hasFullName(phrase) ? Attribution(speaker: phrase, cue: words[1].text.lowercased()) : nil
  }

  private static let quoteDeterminers: Set<String> = ["that", "the", "this", "those", "these"]
  private static let quoteNouns: Set<String> = [
    "quote", "line", "remark", "remarks", "comment", "comments", "words", "quip", "observation",
  ]

  /// The speaker phrase after a cue: up to the end of the clause, stopping at "in", "on", "during" and the like,
  /// and, once a full name has been read, at "of" and "for" ("said Ana Ruiz of the union").
  private static func phraseAfter(_ words: [Word], from start: Int) -> [Word] {
    var phrase: [Word] = []
    var index = start
    while index < words.count && phrase.count < maximumPhrase {
      let word = words[index]
      let lower = word.text.lowercased()
      if !phrase.isEmpty,
        SpeechCues.phraseStops.contains(lower)
          || (["of", "for", "from", "with"].contains(lower) && hasFullName(phrase))
      {
        break
      }
      phrase.append(word)
      if word.endsClause { break }
      index += 1
    }
    return isSpeakerPhrase(phrase) ? trimmed(phrase) : []
  }
}
