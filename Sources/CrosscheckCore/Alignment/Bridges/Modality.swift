/// What a span says would be rather than what was: "would have called a change of 10 minutes a success" states a
/// hypothesis, a criterion or a forecast, and a span telling the same words as what happened ("the mission was
/// successful") tells another claim.
enum Modality {
  /// Whether the words say what would be: "would" among them.
  static func saysWhatWouldBe<Words: Sequence<String>>(_ normalized: Words) -> Bool {
    normalized.contains(would)
  }

  /// Whether the words speak of what would, could or might be, what was expected or hoped, or under what condition
  /// ("expected to be a success if it shortened the orbit by 73 seconds").
  static func isHedged<Words: Sequence<String>>(_ normalized: Words) -> Bool {
    normalized.contains { hedges.contains($0) }
  }

  private static let would = Normalizer.normalize("would")
  private static let hedges: Set<String> = Set(
    ["would", "could", "might", "should", "if", "unless", "whether", "expected", "expects", "hoped", "hopes"].map(
      Normalizer.normalize))
}
