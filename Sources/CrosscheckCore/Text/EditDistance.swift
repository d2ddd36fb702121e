/// Levenshtein distance between two sequences: the fewest insertions, deletions and substitutions that turn one
/// into the other. Alignment counts it over words, person names over letters.
enum EditDistance {
  /// Computed one row at a time, so memory stays linear in the shorter side's length.
  static func between<Element: Equatable>(_ first: [Element], _ second: [Element]) -> Int {
    guard !first.isEmpty, !second.isEmpty else { return max(first.count, second.count) }
    var previous = Array(0...second.count)
    var current = [Int](repeating: 0, count: second.count + 1)
    for (row, element) in first.enumerated() {
      current[0] = row + 1
      for (column, other) in second.enumerated() {
        current[column + 1] = min(
          previous[column + 1] + 1, current[column] + 1, previous[column] + (element == other ? 0 : 1))
      }
      swap(&previous, &current)
    }
    return previous[second.count]
  }
}
