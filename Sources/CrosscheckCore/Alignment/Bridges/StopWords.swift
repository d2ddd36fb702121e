/// Function words that carry no claim; they are left out of retrieval and of the content score.
enum StopWords {
  static func contains(_ word: String) -> Bool { words.contains(word) }

  private static let words: Set<String> = [
    "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as", "into",
    "onto", "about", "over", "after", "before", "than", "that", "this", "these", "those", "it", "it's", "its", "is",
    "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having", "do", "doe", "did", "will",
    "would", "shall", "should", "can", "could", "may", "might", "must", "not", "no", "so", "such", "he", "she",
    "they", "we", "you", "i", "him", "her", "them", "us", "his", "their", "our", "your", "my", "me", "who", "whom",
    "which", "what", "when", "where", "why", "how", "there", "here", "then", "also", "very", "just", "more", "most",
    "some", "any", "all", "each", "both", "other", "own", "same", "up", "out", "off", "down", "if", "while", "until",
    "because", "through", "during", "against", "between", "among", "per", "via", "said", "say", "says", "told",
    "tell", "according", "mr", "mrs", "ms", "dr", "s", "t", "one", "another", "new", "whose", "yet",
    "still", "even", "only", "too", "again", "further", "once",
    // Determiners of choice and denial, like "no" and "any" above: "Threat to Earth: none, from either asteroid"
    // says what "The asteroids pose no threat to Earth" says (negation is read apart, from `AlignmentSide`'s own
    // list).
    "either", "none",
    // Function words contracted: a quote retold writes "I'll" for "I'm gonna" (a negation is read from "n't"
    // whatever the word).
    "i'm", "i'll", "i've", "i'd", "we're", "we'll", "we've", "we'd", "you're", "you'll", "you've", "they're",
    "they'll", "they've", "they'd", "gonna", "wanna", "gotta", "don't", "doesn't", "didn't", "won't", "can't",
    "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't", "couldn't", "wouldn't", "shouldn't",
    // How sure a plan is, which outlets word freely: "due to", "expected to", "scheduled to", "set to".
    "due", "expected", "scheduled", "likely",
    // The percent sign written out: the figure before it says the rest, and "5%", "5 percent" and "five per
    // cent" are one figure.
    "percent", "pct", "cent",
  ]
}
