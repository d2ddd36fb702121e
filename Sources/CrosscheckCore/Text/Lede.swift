/// The lede: a story's first sentence, which states its news as every outlet's headline does.
public enum Lede {
  /// The index of the lede among a draft's sentences: the first that ends as a sentence does, with a terminator
  /// the sentence splitter ends sentences at (`Characters`: ".", "!", "?", "…", other scripts' full stops), any
  /// closing quotes or brackets after it, so that a headline above it ("NASA's crash test nudged an asteroid off
  /// course"), which news style leaves without a full stop, is passed over. Nil when no sentence ends so.
  public static func index(of sentences: [Sentence], in prose: ProseText) -> Int? {
    sentences.firstIndex { endsAsASentence($0, in: prose) }
  }

  /// Whether a sentence ends with a terminator, any closing quotes or brackets after it: a headline, in news
  /// style, does not.
  public static func endsAsASentence(_ sentence: Sentence, in prose: ProseText) -> Bool {
    let text = TextBuffer.substring(prose.text, sentence.range)
    guard let last = text.unicodeScalars.last(where: { !Characters.isCloser($0) }) else { return false }
    return Characters.isTerminator(last) || Characters.isUnconditionalTerminator(last)
  }
}
