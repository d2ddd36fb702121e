/// A partial quote a naming verb governs ("Marsh called the vote a “fair deal”") and who its subject is.
extension Attribution {
  /// Verbs that name something in the speaker's own words: "Marsh called the vote a “fair deal”".
  static let namingVerbs: Set<String> = [
    "called", "calls", "dubbed", "dubs", "described", "describes", "labelled", "labeled", "labels", "termed",
    "terms", "branded", "brands", "calling", "dubbing", "describing", "labelling", "labeling", "terming", "branding",
  ]

  /// A short quote governed by a naming verb whose subject is a name, a pronoun or people a noun names
  /// (`peopleBefore`) is that subject's partial quote: "Marsh called the vote a “fair deal”". "So-called", "known
  /// as" and a verb with no such subject leave it a scare quote.
  static func naming(_ words: [Word], isKnownName: (String) -> Bool) -> Attribution? {
    guard let verb = words.indices.last(where: { namingVerbs.contains(words[$0].text.lowercased()) }), verb > 0,
      // The clause runs on to the quote: the last word "ends" only at the opening quotation mark.
      !words[verb..<(words.count - 1)].contains(where: \.endsClause),
      words[verb - 1].text.lowercased() != "so"
    else { return nil }
    // The subject: the capitalised run right before the verb ("Mayor Elena Marsh called"), or a pronoun.
    var start = verb
    while start > 0 && words[start - 1].text.unicodeScalars.first?.isUpper == true && !words[start - 1].endsClause {
      start -= 1
    }
    // A possessive ("Clinton's campaign called") or a date ("On Tuesday called") is not who spoke.
    let last = words[verb - 1].text
    if last.hasSuffix("'s") || last.hasSuffix("’s") || CalendarWords.contains(Normalizer.normalize(last)) {
      return nil
    }
    if start == verb {
      if let subject = peopleBefore(verb, in: words) {
        start = subject
      } else {
        guard SpeechCues.pronouns.contains(words[verb - 1].text.lowercased()) else { return nil }
        start = verb - 1
      }
    } else if start == 0 && verb == 1 && !isKnownName(words[0].text) {
      // One capitalised word opening the sentence is as likely a noun ("Critics called it a “folly”") as a name.
      return nil
    }
    return Attribution(speaker: Array(words[start..<verb]), cue: words[verb].text.lowercased())
  }

  /// Step: people a noun names, with a determiner before it, are the subject of a naming verb as a name is: "one
  /// lawmaker called Trump “the orange prince”", "many critics called him “the grownup on the stage”". The
  /// one named is who was called so; the quote had been left unattributed, or credited to the last person named.
  /// The start of the subject, or nil when the words before the verb are no such noun phrase.
  static func peopleBefore(_ verb: Int, in words: [Word]) -> Int? {
    guard verb >= 2 else { return nil }
    let noun = words[verb - 1].text.lowercased()
    guard SpeechCues.roleNouns.contains(noun) || SpeechCues.associates.contains(noun),
      !words[verb - 1].endsClause, !words[verb - 2].endsClause,
      SpeechCues.determiners.contains(words[verb - 2].text.lowercased())
    else { return nil }
    return verb - 2
  }
}
