/// Step: a person the draft has called "he" is not the "she" of a later attribution, nor the other way round.
/// "He called the result “a watershed moment”" of Nelson, then "“For the first time ever …,” she said" after a
/// sentence naming Glaze by her surname alone: the pronoun had gone to the last speaker, Nelson, and the quote was
/// called his words misattributed. Such a pronoun is left as written, its speaker unknown.
struct PronounsUsed {
  private var used: [String: String] = [:]

  /// The speaker a lone "he" or "she" resolved to, or the pronoun itself when the draft called that person the
  /// other; any other speaker as resolved. Remembers which pronoun the draft used for whom.
  mutating func checked(_ speaker: String?, writtenAs phrase: [String]) -> String? {
    guard let speaker, phrase.count == 1, case let pronoun = phrase[0].lowercased(), Self.personal.contains(pronoun)
    else { return speaker }
    if let earlier = used[speaker], earlier != pronoun { return pronoun }
    used[speaker] = pronoun
    return speaker
  }

  private static let personal: Set<String> = ["he", "she"]
}
