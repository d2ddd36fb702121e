/// Step: a compound one outlet writes as one word and another as two ("bullseye", "bull's eye", "bull's-eye";
/// "ceasefire", "cease-fire"; "healthcare", "health care"). Spoken, the words are the same, so a quotation that
/// writes them either way quotes the speaker alike; and a draft's "bullseye" must find the sources' "bull's eye" at
/// all. A hyphen already parts a word in two, so only the joining is asked: the two words' letters run together,
/// apostrophes left out, equal the one word's.
enum Compounds {
  /// The shortest part of a compound that is asked for: "a part" is not "apart", "any one" not "anyone".
  static let shortestPart = 3

  /// Two words as one ("bull's", "eye" → "bullseye"): the form compared with a word written whole.
  static func joined(_ first: String, _ second: String) -> String {
    guard first.count >= shortestPart, second.count >= shortestPart else { return "" }
    return letters(first) + letters(second)
  }

  /// A word written whole, as `joined` writes two.
  static func letters(_ word: String) -> String { word.filter { $0 != "'" } }

  /// The two parts of a word written whole that `isWord` knows, the first found from the left, or nil:
  /// "bullseye" is "bulls" and "eye" where the sources write "bull's eye".
  static func parts(of word: String, where isWord: (String, String) -> Bool) -> (String, String)? {
    let whole = letters(word)
    guard whole.count >= 2 * shortestPart else { return nil }
    for cut in shortestPart...(whole.count - shortestPart) {
      let split = whole.index(whole.startIndex, offsetBy: cut)
      let (first, second) = (String(whole[..<split]), String(whole[split...]))
      if isWord(first, second) { return (first, second) }
    }
    return nil
  }

  /// The terms the sources have for words of a span they write otherwise: for a word no source has, its two parts
  /// when the sources have both ("bullseye" → "bull", "eye"); for two adjacent words, the one they make when the
  /// sources have it and not both words ("health", "care" → "healthcare"). The index is asked for them beside the
  /// span's own terms, which the sources lack.
  static func termsWrittenOtherwise(_ tokens: [Token], text: String, isKnown: (Term) -> Bool) -> [Term] {
    func content(_ word: String) -> Term? {
      guard !word.isEmpty else { return nil }
      let analysis = Normalizer.analyze(word)
      return analysis.isStopWord || analysis.isFigure ? nil : Token.hash(analysis.normalized)
    }
    let words = tokens.map { Normalizer.fold(String(TextBuffer.substring(text, $0.range))) }
    var terms: [Term] = []
    for (index, token) in tokens.enumerated() where token.isContent {
      if !isKnown(token.term),
        let (first, second) = parts(
          of: words[index], where: { content($0).map(isKnown) == true && content($1).map(isKnown) == true })
      {
        terms += [content(first)!, content(second)!]
      }
      if index + 1 < tokens.count, !isKnown(token.term) || !isKnown(tokens[index + 1].term),
        let whole = content(joined(words[index], words[index + 1])), isKnown(whole)
      {
        terms.append(whole)
      }
    }
    return terms
  }
}
