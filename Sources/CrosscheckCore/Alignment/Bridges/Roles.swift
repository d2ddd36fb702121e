/// A named person and the office that names them as one: a draft's "The judge, Arun Subramanian, refused to free
/// him" and an outlet's "A judge denied Mr. Combs bail" speak of one judge. Outlets name a story's officials once
/// and call them by their office after, or never name them at all; held against the span, the name was most of
/// what it left out, and the outlet's sentence on the claim was linked to nothing.
enum Roles {
  /// The term of the office that names the token at `index`: a role word right before the run of capitalised
  /// words it belongs to ("Judge Arun Subramanian", "NASA chief Bill Nelson"), or before the comma that opens it
  /// ("the judge, Arun Subramanian"). Nil where no role word names it. Asked only of a span's names.
  static func office(naming index: Int, in tokens: [Token]) -> Term? {
    guard tokens[index].isCapitalized, !tokens[index].isStopWord else { return nil }
    var before = index - 1
    while before >= 0 {
      if terms.contains(tokens[before].term) { return tokens[before].term }
      // The run goes on through capitalised words written together; a comma only parts a role from its name.
      guard tokens[before].isCapitalized, !tokens[before].isStopWord, !tokens[before + 1].followsBreak else {
        return nil
      }
      before -= 1
    }
    return nil
  }

  /// The role words of a span that name nobody there: no capitalised word follows them ("a judge denied", "Nasa's
  /// chief announced"). Only such a role carries a name the other side gives: "Judge Lewis Kaplan" is another
  /// judge than "Judge Arun Subramanian".
  static func unnamed(_ tokens: [Token]) -> Set<Term> {
    Set(
      tokens.indices.filter { index in
        terms.contains(tokens[index].term)
          && !(index + 1 < tokens.count && tokens[index + 1].isCapitalized && !tokens[index + 1].isStopWord)
      }.map { tokens[$0].term })
  }

  /// Offices news copy names a person by. Each is one person in the story it is used in; a word that names a
  /// group ("police", "officials") is none.
  private static let terms: Set<Term> = Set(
    [
      "judge", "prosecutor", "president", "minister", "chancellor", "governor", "mayor", "senator", "spokesman",
      "spokeswoman", "spokesperson", "administrator", "director", "chief", "chairman", "chairwoman", "secretary",
      "ambassador", "commissioner", "coach", "manager", "captain",
    ].map { Token.hash(Normalizer.normalize($0)) })
}
