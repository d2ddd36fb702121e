import Testing

@testable import CrosscheckCore

/// A figure's position among the figures of its kind in its sentence, which pairs "27 votes to 9" with "27 in
/// favour and 9 against" when no word does.
@Suite struct FigureRankTests {
  @Test func eachFigureIsRankedAmongThoseItIsComparableWith() {
    let text =
      "Of 40 crew and 12 officers, 15% were new, up from 10%, and three days later 6 left after 2 weeks at sea."
    let figures = FigureExtractor.figures(in: text, range: 0..<text.utf8.count, referenceYear: 2026)
    let ranks = FigureChecks.ranksAmongComparable(figures, in: text)
    // Against the definition: the figures comparable with each, and where it stands among them.
    for (figure, ranked) in zip(figures, ranks) {
      let comparable = figures.filter { $0.isComparable(with: figure) }
      #expect(ranked.rank == comparable.firstIndex(of: figure) && ranked.of == comparable.count, "\(figure.text)")
    }
    #expect(figures.map(\.text) == ["40", "12", "15%", "from 10%", "three days", "6", "2 weeks"])
    #expect(ranks.map(\.rank) == [0, 1, 0, 1, 0, 2, 1])
    #expect(ranks.map(\.of) == [3, 3, 2, 2, 2, 3, 2])
  }
}
