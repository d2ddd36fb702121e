/// Step: a block of one sentence that ends with a colon ("What the verdict means:", "Key points:", "Here is what we
/// know:") introduces the list or quotation below it and claims nothing itself: the items carry the claims.
/// Aligned, its word or two found whatever source sentence shared them ("This is evident from the verdict, which
/// was read out in New York" for "What the verdict means:"), and hover offered them as other outlets' wording.
///
/// Step: so does a heading that asks what the paragraphs below answer, a block of one sentence that opens with a
/// question word and ends with no stop ("What NASA's asteroid strike showed", "How the jury reached its verdict"): a
/// lab draft's had been contained, at 61% to 79%, by four sentences sharing "NASA" and "showed".
public enum LeadIn {
  public static func introducesWhatFollows(_ index: Int, of sentences: [Sentence], text: String) -> Bool {
    let block = sentences[index].block
    guard let last = text.last(where: { !$0.isWhitespace }),
      last == ":" || ((last.isLetter || last.isNumber) && asksAQuestion(text))
    else { return false }
    return (index == 0 || sentences[index - 1].block != block)
      && (index + 1 == sentences.count || sentences[index + 1].block != block)
  }

  /// Whether the text opens with a question word.
  static func asksAQuestion(_ text: String) -> Bool {
    let first = text.drop { !$0.isLetter }.prefix { $0.isLetter }.lowercased()
    return questionWords.contains(first)
  }

  private static let questionWords: Set<String> = ["what", "how", "why", "where", "when", "who", "which"]
}
