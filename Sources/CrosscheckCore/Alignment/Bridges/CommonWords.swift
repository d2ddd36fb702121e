/// The commonest content words of the language, those that say nothing of a story: "look", "way", "thing", "make".
/// A draft sentence made of nothing else ("Look at it this way.", "That is the whole point.") makes no claim a
/// source can carry; aligned, it found every source sentence that was "looking for a way".
enum CommonWords {
  /// Whether a sentence's content words are all common ones: no figure, no name (a capital past its first word),
  /// and no word of its own. A sentence of stop words alone says nothing either.
  static func sayNothing<Tokens: Collection<Token>>(_ tokens: Tokens) -> Bool {
    tokens.enumerated().allSatisfy { index, token in
      !token.isFigure
        && (token.isStopWord || (words.contains(token.normalized) && (index == 0 || !token.isCapitalized)))
    }
  }

  private static let words: Set<String> = Set(
    [
      "look", "way", "thing", "things", "lot", "kind", "sort", "bit", "point", "fact", "matter", "part", "place",
      "something", "anything", "everything", "nothing", "someone", "anyone", "everyone", "somebody", "anybody",
      "make", "get", "go", "come", "take", "put", "see", "know", "think", "want", "seem", "feel", "mean", "happen",
      "really", "well", "right", "good", "bad", "sure", "whole", "true", "real", "certain", "clear", "simple",
      "simply", "actually", "course", "instead", "rather", "perhaps", "maybe", "indeed", "always", "never",
      "ever", "often", "sometimes", "now", "today", "yes", "okay", "ok", "better", "worse", "enough",
    ].map(Normalizer.normalize))
}
