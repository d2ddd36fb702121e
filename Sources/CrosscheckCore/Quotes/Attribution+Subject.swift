/// Finding who a sentence is about: the subject before a cue verb, and the subject of the whole sentence.
extension Attribution {
  /// The subject before a cue verb: the clause just before it, or, when that clause is an appositive or a
  /// relative clause ("Dev Patel, a pilot, said"; "Okafor, now harbourmaster, who in 2020 said"), the name it
  /// describes. A long clause is narrowed to its last noun phrase ("the ad ends with a voice over saying").
  static func subject(before cue: Int, in words: [Word]) -> [Word] {
    var segments = clauses(Array(withoutOpeningConjunction(words[..<cue]))).suffix(4)
    // "Senator Lena Okafor, D-Maine, said": the party and state are not the speaker.
    while let last = segments.last, segments.count > 1, PeopleIndex.isPartyDesignation(last[...]) {
      segments.removeLast()
    }
    guard var phrase = segments.popLast() else { return [] }
    let isSetBetweenCommas = phrase.last?.endsClause == true
    // "To which she said", "she still says": the pronoun just before the verb is the subject.
    if let pronoun = phrase.lastIndex(where: { !SpeechCues.isAdverb($0.text) }),
      SpeechCues.pronouns.contains(phrase[pronoun].text.lowercased())
    {
      return [phrase[pronoun]]
    }
    // "a spokesman could only quip": the auxiliary and adverbs before the verb are not the subject's.
    while phrase.count > 1, let last = phrase.last, SpeechCues.isAdverb(last.text) { phrase.removeLast() }
    let lower = phrase[0].text.lowercased()
    // An appositive or relative clause describes the name before it; "as The Tide Gazette put it" and "issued a
    // statement after Patel told" do not.
    let describes =
      (!SpeechCues.connectives.contains(lower) || SpeechCues.determiners.contains(lower) || lower == "now"
        || lower.hasSuffix("ing"))  // "Okafor, speaking to reporters, said"
      && !PeopleIndex.looksLikeVerb(phrase[0].text)
    // "Okafor, during a meeting in Calder, Northshire, said": the place ends a phrase that began lower-case.
    let placeTail =
      phrase.count <= 2 && startsWithName(phrase)
      && segments.last.map { $0[0].text.unicodeScalars.first!.isLower } == true
    // "Okafor, in a statement on Thursday, said": an interjected phrase between the name and its verb.
    let interjected = SpeechCues.interjectionOpeners.contains(lower)
    // "Dev Patel, the mayor, said" is closed by a comma; "…in Calder Monday, the Patel supporter said" runs into
    // the verb, and is the subject itself.
    let openDescription = SpeechCues.determiners.contains(lower) && phrase.last?.endsClause != true
    if possessiveAppositive(phrase)
      || (placeTail || phrase[0].text.unicodeScalars.first!.isLower)
        && (placeTail || describes || interjected) && !openDescription
        && (lower != "the" || segments.last.map(startsWithName) == true)
    {
      for segment in segments.reversed() {
        if startsWithName(segment) {
          phrase = segment
          break
        }
        if segment[0].text.unicodeScalars.first!.isUpper { break }
      }
    }
    // Step: "The harbour board, which runs the port, said": a relative clause set between commas describes the noun
    // phrase before it, named or not, and the port is not who spoke. One that runs into the verb has a subject of
    // its own ("the quay, which the mayor on Friday declared open").
    if SpeechCues.relativePronouns.contains(phrase[0].text.lowercased()), isSetBetweenCommas,
      let before = segments.last, SpeechCues.determiners.contains(before[0].text.lowercased())
    {
      phrase = before
    }
    phrase = Array(phrase.suffix(maximumPhrase))
    if isSpeakerPhrase(phrase) { return phrase }
    guard let determiner = phrase.lastIndex(where: { SpeechCues.determiners.contains($0.text.lowercased()) })
    else { return phrase }
    return Array(phrase[determiner...])
  }

  /// Step: a clause closed by a comma that opens with a possessive name and goes on in lower case describes the
  /// name before it, as "the port's director," does: in "Lori Glaze, NASA's planetary science director, said"
  /// Glaze speaks, not NASA. Without the comma ("NASA's spokesman said") the phrase is the subject itself.
  static func possessiveAppositive(_ phrase: [Word]) -> Bool {
    guard phrase.count > 1, phrase.last?.endsClause == true,
      phrase[1].text.unicodeScalars.first?.isLower == true
    else { return false }
    return phrase[0].text.unicodeScalars.first?.isUpper == true && possessive(phrase[0])
  }

  /// The words without a conjunction that opens the sentence: "But Durbin, noting the size, said" is about
  /// Durbin, and "And Okafor, the port's chief, said" names Okafor.
  static func withoutOpeningConjunction(_ words: ArraySlice<Word>) -> ArraySlice<Word> {
    guard words.count > 1, let first = words.first, SpeechCues.conjunctions.contains(first.text.lowercased()),
      !first.endsClause
    else { return words }
    return words.dropFirst()
  }

  /// A clause that opens with a name rather than a connective: "Dev Patel", not "On Friday".
  static func startsWithName(_ segment: [Word]) -> Bool {
    guard let first = segment.first, let run = PeopleIndex.capitalisedRuns(segment).first,
      run[0].range == first.range, let name = PeopleIndex.split(run).name.first
    else { return false }
    let lower = name.text.lowercased()
    // "Weighing in on the plan, Vela agreed": a participle opening the sentence, not a name.
    return !SpeechCues.timeWords.contains(lower) && !lower.hasSuffix("ly")
      && !isParticiplePhrase(segment, ending: "ing")
  }

  /// A clause that opens with a participle and goes on in lower case: "Weighing in on the plan,", "Based on the
  /// statement,", "Horrified at the prospect,". A name with such an ending ("Ted Cruz", "Ed,", "King,") does
  /// neither.
  static func isParticiplePhrase(_ segment: [Word], ending: String) -> Bool {
    segment.count > 1 && segment[0].text.lowercased().hasSuffix(ending)
      && segment[1].text.unicodeScalars.first!.isLower
  }

  /// A short clause of capitalised words only: "New Hampshire,".
  static func isOnlyCapitals(_ segment: [Word]) -> Bool {
    segment.count <= 3 && segment.allSatisfy { $0.text.unicodeScalars.first?.isUpper == true }
  }

  /// A capitalised clause before the subject that names no one: an adverbial of time ("Hours later,") or a
  /// dateline in capitals ("CALDER —").
  static func isLeadIn(_ segment: [Word]) -> Bool {
    guard segment.count <= 3 else { return false }
    if segment.contains(where: { SpeechCues.leadInWords.contains($0.text.lowercased()) }) { return true }
    let letters = segment[0].text.unicodeScalars.filter(\.properties.isAlphabetic)
    return segment.count == 1 && letters.count >= 4 && letters.allSatisfy(\.properties.isUppercase)
  }

  /// Where the clause holding word `index` begins: just after the last comma, colon, dash or quotation mark.
  static func clauseStart(_ words: [Word], before index: Int) -> Int {
    words[..<index].lastIndex(where: \.endsClause).map { $0 + 1 } ?? 0
  }

  /// Words split after each comma, colon, dash or quotation mark.
  static func clauses(_ words: [Word]) -> [[Word]] {
    var segments: [[Word]] = [[]]
    for word in words {
      segments[segments.count - 1].append(word)
      if word.endsClause { segments.append([]) }
    }
    return segments.filter { !$0.isEmpty }
  }

  /// The subject of the sentence a quote sits in, for a partial quote with no speech verb of its own: news
  /// writes "Okafor called on the board to “close the gates at once”" of Okafor's words. After a
  /// colon lead-in ("Patel's report sets out a case:") any present-tense verb ends the subject.
  static func sentenceSubject(_ words: [Word], colonLeadIn: Bool = false) -> Attribution? {
    var segments = clauses(Array(withoutOpeningConjunction(words[...])))
    // Skip an opening adverbial ("On Friday, …", "Speaking to reporters, …") and the relative clauses that
    // hang from it ("…in New Hampshire, which votes next, …").
    if segments.count > 1, let openerSegment = segments.first, let opener = openerSegment.first,
      SpeechCues.openers.contains(opener.text.lowercased()) || SpeechCues.timeWords.contains(opener.text.lowercased())
        || opener.text.lowercased().hasSuffix("ing") || isParticiplePhrase(openerSegment, ending: "ed")
    {
      let opener = segments.removeFirst()
      // And a subordinate clause after it: "In June, after Okafor fell ill, Patel wrote to her" is about Patel.
      while segments.count > 1,
        SpeechCues.relatives.contains(segments[0][0].text.lowercased())
          || SpeechCues.subordinators.contains(segments[0][0].text.lowercased())
      {
        segments.removeFirst()
      }
      // "Speaking in Salem, New Hampshire, Okafor…": a place that ended the opener goes on in a name-like clause
      // followed by the subject's own name.
      if segments.count > 2, opener.last?.text.unicodeScalars.first?.isUpper == true, isOnlyCapitals(segments[0]),
        startsWithName(segments[1])
      {
        segments.removeFirst()
      }
    }
    let rest = segments.flatMap { $0 }
    let verb = rest.indices.first { index in
      let word = rest[index].text
      // "The report ends…": "report" after "the" is a noun.
      if PeopleIndex.looksLikeVerb(word) {
        return index == 0 || !SpeechCues.nounMarkers.contains(rest[index - 1].text.lowercased())
      }
      guard index > 0, word.unicodeScalars.first!.isLower, word.hasSuffix("s"), !word.hasSuffix("ss"),
        !word.hasSuffix("us"), !word.hasSuffix("is")
      else { return false }
      // "Okafor hums", "she writes"; after a colon lead-in any noun before it ("Patel's report sets out a case:").
      let previous = rest[index - 1].text
      if previous.unicodeScalars.first!.isUpper || SpeechCues.pronouns.contains(previous.lowercased()) {
        return true
      }
      return colonLeadIn && !SpeechCues.determiners.contains(previous.lowercased())
    }
    guard let verb, verb > 0 else { return nil }
    var phrase = Array(rest[..<verb])
    // "…last week he used", "she jokingly told": the pronoun just before the verb.
    if let last = phrase.lastIndex(where: { !SpeechCues.isAdverb($0.text) }),
      SpeechCues.pronouns.contains(phrase[last].text.lowercased()) || phrase[last].text.lowercased() == "it"
    {
      return Attribution(speaker: [phrase[last]], cue: nil)
    }
    // "Patel, a former pilot, mocked…": the name, not the appositive; "Eight years ago, the board…":
    // the subject, not the time.
    let parts = clauses(phrase)
    if parts.count > 1 {
      // "Calder (AFP) –": the wire in brackets makes the place before it a dateline.
      let dateline = parts.count > 2 && parts[1].count == 1 && SpeechCues.wires.contains(parts[1][0].text.lowercased())
      phrase = startsWithName(parts[0]) && !isLeadIn(parts[0]) && !dateline ? parts[0] : parts[parts.count - 1]
    }
    // Too long for a subject, so the verb was missed ("Okafor then appears in a clip from a speech,"): its first
    // name is the subject ("commentator Dev Patel of the Tide Gazette"), where its last words are the predicate's.
    if phrase.count > maximumPhrase,
      let name = PeopleIndex.capitalisedRuns(phrase).first(where: { !PeopleIndex.split($0).name.isEmpty })
    {
      phrase = name
    }
    phrase = Array(phrase.suffix(maximumPhrase))
    guard isSpeakerPhrase(phrase) else { return nil }
    return Attribution(speaker: trimmed(phrase), cue: nil)
  }
}
