/// Whether the words an attribution found name a speaker, and the speaker phrase trimmed to the name or office
/// they give.
extension Attribution {
  static func hasFullName(_ phrase: [Word]) -> Bool {
    PeopleIndex.capitalisedRuns(phrase).contains { PeopleIndex.split($0).name.count >= 2 }
  }

  /// A plausible speaker: a pronoun, a capitalised name, or a noun phrase ("the ministry", "one person").
  static func isSpeakerPhrase(_ phrase: [Word]) -> Bool {
    guard !phrase.isEmpty, phrase.count <= maximumPhrase else { return false }
    let lower = phrase.map { $0.text.lowercased() }
    if phrase.count == 1 && (SpeechCues.pronouns.contains(lower[0]) || lower[0] == "it") { return true }
    if SpeechCues.determiners.contains(lower[0]) && phrase.count >= 2 { return true }
    if phrase.contains(where: { $0.text.unicodeScalars.first!.isUpper && !$0.isFigure }) { return true }
    return lower.contains(where: SpeechCues.roleNouns.contains)
  }

  /// Narrows a phrase to its name: the last run of capitalised words that is more than titles
  /// ("Opposition councillor Priya Nandakumar" → "Priya Nandakumar"); a phrase with no name stays as it is.
  static func trimmed(_ phrase: [Word]) -> [Word] {
    // Step: "Okafor supporters chanted", "Trump aides said": a name before the people around someone (`associates`)
    // only says whose they are; they spoke, not the person named. An office after a name is the name's voice
    // ("NASA spokesman"), and a lawyer's or official's words are reported as the body's.
    if phrase.count >= 2, let last = phrase.last, SpeechCues.associates.contains(last.text.lowercased()) {
      return phrase
    }
    // "the Marsh supporter": a name before the noun only says whose; the supporter spoke. A capitalised word and a
    // noun with no determiner stay as written too, unless the noun is an office ("NASA spokesman"): "Spurns offer,
    // blasts" in a headline names no person called Spurns.
    if let first = phrase.first, let last = phrase.last, last.text.unicodeScalars.first!.isLower,
      phrase.count >= 2, phrase[phrase.count - 2].text.unicodeScalars.first!.isUpper,
      SpeechCues.determiners.contains(first.text.lowercased())
        ? phrase.count >= 3 : phrase.count == 2 && !SpeechCues.roleNouns.contains(last.text.lowercased())
    {
      return phrase
    }
    let runs = PeopleIndex.capitalisedRuns(phrase).filter { run in
      // "Okafor on Saturday": a day or a month is not the name.
      let name = PeopleIndex.split(run).name
      return !name.isEmpty && !(name.count == 1 && SpeechCues.timeWords.contains(name[0].text.lowercased()))
    }
    // "NASA's chief": a possessive name before the words that end the phrase only says whose; the chief spoke.
    if let run = runs.last, let owner = run.last, possessive(owner),
      let at = phrase.firstIndex(where: { $0.range == owner.range }), at + 1 < phrase.count,
      phrase[(at + 1)...].allSatisfy({ $0.text.unicodeScalars.first!.isLower })
    {
      return phrase
    }
    return runs.last ?? phrase
  }

  /// A word written as a possessive (`possessiveSuffix`).
  static func possessive(_ word: Word) -> Bool { possessiveSuffix(word.text) != nil }
}
