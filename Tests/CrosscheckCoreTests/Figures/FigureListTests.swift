import Testing

@testable import CrosscheckCore

/// Figures in a list of counts ("Ines Vela had 14 berths, Tor Brandt had 9 and Hilde Moen had 4"): each is said of
/// its own name, and counts the noun the list leaves out after it. Invented sentences about the port of Brann.
@Suite struct FigureListTests {
  static let list = "At the harbour count on Monday, Ines Vela had 14 berths, Tor Brandt had 9 and Hilde Moen had 4."

  static let corpus = Corpus(
    articles: [SourceArticle(path: "/s/brann-post.md", text: "---\noutlet: Brann Post\n---\n\(list)\n")],
    problems: [])

  /// What each count of `text` measures, in order.
  func measured(_ text: String) -> [MeasuredThing] {
    let analysis = DraftAnalysis(text: text, format: .plain, corpus: Corpus(articles: [], problems: []))
    return analysis.figures.filter { $0.kind == .count }.map { analysis.measuredThing(of: $0) }
  }

  func names(_ words: String...) -> Set<String> { Set(words.map(Normalizer.normalize)) }

  /// The names after a comma or an "and" belong to the next item: "14" is Vela's, not Brandt's.
  @Test func aCountInAListIsSaidOfItsOwnName() {
    let found = measured(Self.list)
    #expect(found.map(\.names) == [names("Ines", "Vela"), names("Tor", "Brandt"), names("Hilde", "Moen")])
  }

  /// "9" and "4" count the berths "14" counts; nothing past their clause ("Hilde" after "9 and") is their noun.
  @Test func aBareCountInAListCountsTheNounBeforeIt() {
    let found = measured(Self.list)
    #expect(found.map(\.counted) == Array(repeating: Normalizer.normalize("berths"), count: 3))
    #expect(found.map(\.isCountedElided) == [false, true, true])
  }

  /// A list of bare numbers with no noun after any of them counts nothing: "Vela 1, Brandt 2" ranks.
  @Test func aRankedListCountsNothing() {
    let found = measured("In the regatta it was Vela 1, Brandt 2 and Moen 3.")
    #expect(found.map(\.counted) == [nil, nil, nil])
  }

  /// An indefinite "one" ("at one point") heads no list: "11" after it counts no points.
  @Test func anIndefiniteOneHeadsNoList() {
    let found = measured("Last week the crew were eight, and at one point they were 11.")
    #expect(found.last?.counted == nil)
  }

  /// A figure with a unit is never read as the list's noun: "28%" after "14 berths" counts no berths.
  @Test func aFigureWithAUnitKeepsItsOwnMeasure() throws {
    let analysis = DraftAnalysis(
      text: "Vela had 14 berths, and the port's share rose to 28%.", format: .plain,
      corpus: Corpus(articles: [], problems: []))
    let share = try #require(analysis.figures.first { $0.kind == .percent })
    #expect(analysis.measuredThing(of: share).counted == nil)
  }

  /// The draft's count of one name is compared with that name's count in the source's list, not the first of it.
  @Test func aListedCountIsComparedWithTheSameNamesCount() {
    let agrees = figureFindings("At the harbour count on Monday, Tor Brandt had 9 berths.", against: Self.corpus)
    #expect(agrees.filter { $0.code == "figure-mismatch" }.isEmpty, "\(agrees)")
    let differs = figureFindings("At the harbour count on Monday, Hilde Moen had 6 berths.", against: Self.corpus)
    #expect(differs.map(\.message).contains("Draft says 6 berths; Brann Post: 4"), "\(differs)")
  }

  /// A count read from the list before it names nothing itself, and is not taken for a restatement of a count the
  /// draft gives later of something else.
  @Test func aCountReadFromAListIsNoRestatement() {
    let found = figureFindings(
      "Brann awards 66 berths, Vik 99 and Holm 69.\n\nThe ferry line took 54 berths in Holm.", against: Self.corpus)
    #expect(!found.contains { $0.code == "inconsistent-figure" }, "\(found)")
  }
}
