/// Whether a figure is a rate rather than a total: a count per period ("33,000 people a year") or per item ("$5
/// each"), which no total over the whole time or lot restates.
extension MeasuredThing {
  /// Step: a count per period is a rate: "a", "per", "every" or "each" comes before a time unit a few words after
  /// the figure, within its clause ("33,000 people a year", "closing every 12 months"), or an adverb of frequency
  /// follows it ("annually"). "In a year" is a span and "a day after" a moment, not a period each time. A period
  /// before the figure ("Every year, 160 courses close") is left unread: on PolNeAR's training articles it lost two
  /// planted slips, whose sentences named a rate of some other thing first.
  static func isPerPeriod(_ figure: Range<Int>, in tokens: [Token], text: String) -> Bool {
    func startsPeriod(_ position: Int) -> Bool {
      guard perWords.contains(tokens[position].normalized),
        position == 0 || !spanLeads.contains(tokens[position - 1].normalized)
      else { return false }
      var unit = position + 1
      if unit < tokens.count && tokens[unit].isFigure && !figure.contains(unit) { unit += 1 }
      guard unit < tokens.count, periodUnits.contains(tokens[unit].normalized) else { return false }
      return unit + 1 >= tokens.count || !momentWords.contains(tokens[unit + 1].normalized)
    }
    for position in figure.upperBound..<min(tokens.count, figure.upperBound + periodReach) {
      if position > figure.upperBound && isClauseBoundary(at: position, in: tokens, text: text) { return false }
      if frequencyAdverbs.contains(tokens[position].normalized) || startsPeriod(position) { return true }
    }
    return false
  }

  /// Step: a figure said of each of several things is no total of them: "each" or "apiece" comes a few words after
  /// it, within its clause ("up to 10 years in prison each", "up to ten years in prison for each of the two
  /// counts"), or "each" opens the figure's clause ("Each of those counts carries a maximum of ten years"), where a
  /// total is "up to 20 years in prison" for both. "Each other" and a period ("each year", `isPerPeriod`) are not
  /// items, and in "each of the two counts" the two is how many items there are.
  static func isPerItem(_ figure: Range<Int>, in tokens: [Token], text: String) -> Bool {
    func saysEach(_ position: Int) -> Bool {
      guard itemWords.contains(tokens[position].normalized) else { return false }
      let next = position + 1 < tokens.count ? tokens[position + 1].normalized : nil
      return next.map { $0 != otherWord && !periodUnits.contains($0) } ?? true
    }
    for position in figure.upperBound..<min(tokens.count, figure.upperBound + periodReach) {
      if position > figure.upperBound && isClauseBoundary(at: position, in: tokens, text: text) { return false }
      if saysEach(position) { return true }
    }
    var position = figure.lowerBound
    while position > max(0, figure.lowerBound - itemReach) {
      position -= 1
      if saysEach(position) {
        return !tokens[(position + 1)..<figure.lowerBound].allSatisfy { itemCountLeads.contains($0.normalized) }
      }
      if position > 0 && isClauseBoundary(at: position, in: tokens, text: text) { return false }
    }
    return false
  }

  /// How many words before a figure "each" is looked for: "Each of those counts carries a maximum of ten years"
  /// puts it seven back.
  static let itemReach = 10
  private static let itemWords: Set<String> = Set(["each", "apiece"].map(Normalizer.normalize))
  private static let otherWord = Normalizer.normalize("other")
  /// The words between "each" and a figure that counts the items themselves: "each of the two counts".
  private static let itemCountLeads: Set<String> = Set(
    ["of", "the", "these", "those", "its", "their"].map(Normalizer.normalize))

  /// How many words after a figure its period is looked for: "are closing every 12 months" puts it three on.
  static let periodReach = 6
  private static let perWords: Set<String> = Set(["a", "an", "per", "every", "each"].map(Normalizer.normalize))
  private static let periodUnits: Set<String> = Set(FigureVocabulary.timeUnits.keys.map(Normalizer.normalize))
  private static let frequencyAdverbs: Set<String> = Set(
    ["annually", "yearly", "monthly", "weekly", "daily", "hourly", "nightly"].map(Normalizer.normalize))
  private static let spanLeads: Set<String> = Set(
    ["in", "within", "over", "for", "after", "than", "of"].map(Normalizer.normalize))
  private static let momentWords: Set<String> = Set(
    ["after", "before", "later", "earlier", "ago"].map(Normalizer.normalize))
}
