/// What a span says would be rather than what was: "would have called a change of 10 minutes a success" states a
/// hypothesis, a criterion or a forecast, and a span telling the same words as what happened ("the mission was
/// successful") tells another claim.
enum Modality {
  /// Whether the words say what would or could be, or ask whether it is: "would", "could", "might" or "whether"
  /// among them. "Could not" and "might not" are left out: in a report they most often tell what someone was unable
  /// to do ("Combs could not show that he poses no danger"), which is a fact. So is a modal of a relative clause
  /// (`describesAThing`).
  static func saysWhatWouldBe<Words: BidirectionalCollection<String>>(_ normalized: Words) -> Bool {
    normalized.indices.contains { index in
      let word = normalized[index]
      if word == whether { return true }
      guard word == would || word == could || word == might, !describesAThing(normalized, modalAt: index) else {
        return false
      }
      let next = normalized.index(after: index)
      return word == would || next == normalized.endIndex || normalized[next] != not
    }
  }

  /// Step: a modal right after "that", "which" or "who" is a relative clause's, the relative its subject: "the
  /// charges that could have kept him in prison for life" says what the charges were, and the sentence tells as
  /// fact that he was cleared of them. A reported hypothesis has its own subject after the "that" ("said that it
  /// would have called a change of 10 minutes a success"), and stays one.
  static func describesAThing<Words: BidirectionalCollection<String>>(_ normalized: Words, modalAt index: Words.Index)
    -> Bool
  {
    index != normalized.startIndex && relatives.contains(normalized[normalized.index(before: index)])
  }

  private static let relatives: Set<String> = Set(["that", "which", "who"].map(Normalizer.normalize))

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
