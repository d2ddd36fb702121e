/// What a span says would be rather than what was: "would have called a change of 10 minutes a success" states a
/// hypothesis, a criterion or a forecast, and a span telling the same words as what happened ("the mission was
/// successful") tells another claim.
enum Modality {
  /// Whether the words say what would or could be, or ask whether it is: "would", "could", "might" or "whether"
  /// among them. "Could not" and "might not" are left out: in a report they most often tell what someone was unable
  /// to do ("Combs could not show that he poses no danger"), which is a fact.
  static func saysWhatWouldBe<Words: BidirectionalCollection<String>>(_ normalized: Words) -> Bool {
    normalized.indices.contains { index in
      let word = normalized[index]
      if word == would || word == whether { return true }
      guard word == could || word == might else { return false }
      let next = normalized.index(after: index)
      return next == normalized.endIndex || normalized[next] != not
    }
  }

  /// Whether the words speak of what would, could or might be, what was expected or hoped, or under what condition
  /// ("expected to be a success if it shortened the orbit by 73 seconds").
  static func isHedged<Words: Sequence<String>>(_ normalized: Words) -> Bool {
    normalized.contains { hedges.contains($0) }
  }

  private static let (would, could, might, whether, not) = (
    Normalizer.normalize("would"), Normalizer.normalize("could"), Normalizer.normalize("might"),
    Normalizer.normalize("whether"), Normalizer.normalize("not")
  )
  private static let hedges: Set<String> = Set(
    ["would", "could", "might", "should", "if", "unless", "whether", "expected", "expects", "hoped", "hopes"].map(
      Normalizer.normalize))
}
