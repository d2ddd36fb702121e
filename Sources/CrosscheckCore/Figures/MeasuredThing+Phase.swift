/// The phase a figure is given in, before or after the change its story tells of, as its sentence's words say.
extension MeasuredThing {
  /// The phase its sentence's words give, anywhere within `phaseReach` words of the figure ("Before impact, it took
  /// Dimorphos 11 hours"; "Telescopes confirmed after the crash that it shortened the orbit by 32 minutes"); nil
  /// when they give none or both.
  static func phase(around figure: Range<Int>, in tokens: [Token], text: String) -> Phase? {
    var start = figure.lowerBound
    while start > max(0, figure.lowerBound - phaseReach) && !Self.isSentenceBoundary(at: start, in: tokens, text: text)
    {
      start -= 1
    }
    var end = figure.upperBound
    while end < min(tokens.count, figure.upperBound + phaseReach)
      && !Self.isSentenceBoundary(at: end, in: tokens, text: text)
    {
      end += 1
    }
    return phase(saying: tokens[start..<end].lazy.map(\.normalized))
  }

  /// The phase normalised words give: before some event ("before", "previously") or after it ("now", "after");
  /// nil when they give none or both. Read word by word, with no set built: alignment asks it of every span.
  static func phase(saying said: some Sequence<String>) -> Phase? {
    var (before, after) = (false, false)
    for word in said {
      before = before || beforeWords.contains(word)
      after = after || afterWords.contains(word)
    }
    switch (before, after) {
    case (true, false): return .before
    case (false, true): return .after
    default: return nil
    }
  }

  /// Whether a sentence ends before the token at `index`: a full stop, question or exclamation mark between it and
  /// the word before.
  private static func isSentenceBoundary(at index: Int, in tokens: [Token], text: String) -> Bool {
    guard index > 0, index < tokens.count else { return true }
    return gap(before: index, in: tokens, text: text).contains { ".?!".contains($0) }
  }

  /// How far from a figure its sentence is read for a phase: a long sentence's length. A run of text with no full
  /// stop is read no further, since every figure in it would read all of it (a 20,000-word run with 4,000 figures
  /// took 38 s to check).
  static let phaseReach = 40

  /// What a thing typically, usually or normally does is what it did before the change a story tells of: The Daily
  /// Beast's "Dimorphos, which typically rotates around its parent asteroid in 11 hours and 55 minutes" had been
  /// linked to "It now takes Dimorphos 11 hours and 23 minutes" and named in its figure message (tuned links: one
  /// wrong link fewer, nothing else moved).
  private static let beforeWords: Set<String> = Set(
    ["before", "prior", "previously", "formerly", "originally", "typically", "usually", "normally"].map(
      Normalizer.normalize))
  private static let afterWords: Set<String> = Set(["after", "now", "currently"].map(Normalizer.normalize))
}
