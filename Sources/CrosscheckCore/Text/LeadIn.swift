/// Step: a block of one sentence that ends with a colon ("What the verdict means:", "Key points:", "Here is what we
/// know:") introduces the list or quotation below it and claims nothing itself: the items carry the claims.
/// Aligned, its word or two found whatever source sentence shared them ("This is evident from the verdict, which
/// was read out in New York" for "What the verdict means:"), and hover offered them as other outlets' wording.
public enum LeadIn {
  public static func introducesWhatFollows(_ index: Int, of sentences: [Sentence], text: String) -> Bool {
    let block = sentences[index].block
    guard text.last(where: { !$0.isWhitespace }) == ":" else { return false }
    return (index == 0 || sentences[index - 1].block != block)
      && (index + 1 == sentences.count || sentences[index + 1].block != block)
  }
}
