/// Reading a cue word in its sentence: the same word is a verb in "Okafor remarks" and a noun in "his remarks".
extension SpeechCues {
  /// Whether a word is a speech cue used as a verb: "remarks" after "his" or "Patel's", and "state" in
  /// "secretary of state", are nouns. "as Okafor put it" is a cue too.
  static func isCue(_ words: [Word], at index: Int) -> Bool {
    let word = words[index].text
    // "Said Dev Patel, a pilot for thirty years, “…”": an inverted credit may open the sentence.
    if index == 0, ["Said", "Says", "Added", "Adds", "Wrote", "Writes"].contains(word) { return true }
    guard word.unicodeScalars.first!.isLower else { return false }
    if word == "put" || word == "puts" {
      return index + 1 < words.count && words[index + 1].text.lowercased() == "it"
    }
    // "Okafor shot back, “…”", "Patel fired back": a retort.
    if retorts.contains(word) {
      return index + 1 < words.count && words[index + 1].text.lowercased() == "back"
    }
    guard isCue(word) else { return false }
    guard index > 0 else { return true }
    let previousWord = words[index - 1].text
    let previous = previousWord.lowercased()
    if nounMarkers.contains(previous) || previous.hasSuffix("'s") || previous.hasSuffix("’s") {
      return false
    }
    // "That said, she noted…": an idiom, not a cue.
    if previous == "that", index == 1 || words[index - 2].endsClause { return false }
    let named = previousWord.unicodeScalars.first!.isUpper || roleNouns.contains(previous)
    // "the 35 states": a number before a noun.
    let nounForm = stems.contains(word) || stems.contains(String(word.dropLast()))
    if nounForm, words[index - 1].isFigure { return false }
    if stems.contains(word) {
      // "they say", "critics argue", "Democrats warn"; not "a subsequent tweet", "his rubble comment" or "a
      // Harbourbook post": a bare stem needs a plural subject.
      let plural = previous.hasSuffix("s") && !previous.hasSuffix("ss")
      // "could only quip", "they still say": the word that leads the verb may stand before adverbs.
      var lead = index - 1
      while lead > 0, isAdverb(words[lead].text), !verbLeads.contains(words[lead].text.lowercased()) { lead -= 1 }
      return plural || verbLeads.contains(words[lead].text.lowercased())
    }
    if word.hasSuffix("s"), stems.contains(String(word.dropLast())) {
      // "the mayor notes", "she adds", "the letter warns"; not "Patel's late-night tweets".
      let twoBack = index > 1 ? words[index - 2].text.lowercased() : ""
      return named || words[index - 1].endsClause
        || ["he", "she", "it", "who", "that", "which", "one"].contains(previous)
        || isAdverb(previousWord)
        || ["the", "a", "an", "this", "that"].contains(twoBack)
    }
    return true
  }

  /// Verbs that credit a quote when "back" follows them.
  static let retorts: Set<String> = ["shot", "shoots", "fired", "fires", "hit", "hits"]

  /// An adverb or auxiliary that may stand between a subject and its verb: "still", "has", "jokingly".
  static func isAdverb(_ word: String) -> Bool {
    let lower = word.lowercased()
    return adverbs.contains(lower) || (lower.hasSuffix("ly") && word.unicodeScalars.first!.isLower)
  }
}
