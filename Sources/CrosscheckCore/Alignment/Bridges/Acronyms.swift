/// A name and its initials as one: "the IAEA" carries what "the International Atomic Energy Agency" says, and
/// "PSG" is "Paris Saint-Germain". Outlets spell a body out once and then abbreviate it, and not all of them in
/// the same sentence.
enum Acronyms {
  /// The letters of a word written as initials (two to six capitals, "PSG", "IAEA"), lower-cased; nil otherwise.
  static func letters(of word: String) -> String? {
    let scalars = word.unicodeScalars
    guard (2...6).contains(scalars.count),
      scalars.allSatisfy({ $0.properties.isUppercase && $0.properties.isAlphabetic })
    else { return nil }
    return Normalizer.normalize(word)
  }

  /// Words that may stand inside a spelled-out name without giving it an initial ("Federal Bureau of
  /// Investigation" is FBI).
  static let joiners: Set<String> = ["of", "for", "and", "de"]

  /// A capitalised word of a run that may spell initials: its first letter and its index among the span's
  /// content words.
  struct Initial {
    var letter: Character
    var word: Int
  }

  /// The runs of two or more capitalised words in a span (`wordIndex` gives each token's index among the span's
  /// content words, nil for tokens that are none). Kept as letters, not spelled out: most spans meet no initials
  /// on the other side, and spelling every part of every run would cost more than the rest of the comparison.
  static func runs<Tokens: Collection<Token>>(_ tokens: Tokens, wordIndex: [Int?]) -> [[Initial]] {
    var runs: [[Initial]] = []
    var run: [Initial] = []
    var afterJoiner = false
    func close() {
      if run.count >= 2 { runs.append(run) }
      run = []
    }
    for (index, token) in tokens.enumerated() {
      if token.isCapitalized, !token.isFigure, let word = wordIndex[index], let letter = token.stem.first {
        run.append(Initial(letter: letter, word: word))
        afterJoiner = false
      } else if !run.isEmpty, !afterJoiner, joiners.contains(token.normalized) {
        afterJoiner = true
      } else {
        close()
        afterJoiner = false
      }
    }
    close()
    return runs
  }

  /// The content words of runs of two to six words whose initials are one of `acronyms`.
  static func wordsSpelling(_ acronyms: Set<String>, in runs: [[Initial]]) -> Set<Int> {
    var words: Set<Int> = []
    for run in runs {
      for start in run.indices {
        for end in stride(from: start + 2, through: min(run.count, start + 6), by: 1)
        where acronyms.contains(String(run[start..<end].map(\.letter))) {
          words.formUnion(run[start..<end].map(\.word))
        }
      }
    }
    return words
  }
}
