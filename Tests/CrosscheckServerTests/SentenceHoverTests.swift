import CrosscheckCore
import Testing

@testable import CrosscheckServer

/// What hover says over a draft's sentence and its figures, read as a journalist reads it.
@Suite struct SentenceHoverTests {
  static let corpus = Corpus(
    articles: [
      SourceArticle(
        path: "/s/brann-post.md",
        text: "---\noutlet: Brann Post\n---\nThe Brann ferry carried 4,000 passengers in May.\n")
    ], problems: [])

  /// Hover over the first occurrence of `word` in a one-sentence draft.
  func hover(_ draft: String, over word: String, corpus: Corpus = Self.corpus) -> String? {
    let analysis = DraftAnalysis(text: draft, format: .markdown, corpus: corpus)
    let offset = draft.utf8.distance(from: draft.startIndex, to: draft.range(of: word)!.lowerBound)
    return SentenceHover.render(analysis, sentence: 0, at: offset, markdown: true)
  }

  /// Outlets that carry the sentence in the same words are listed once under that wording, the first three named;
  /// an outlet with its own words has its own entry.
  @Test func outletsCarryingOneWordingAreListedTogether() throws {
    let wire = "The Brann ferry carried 4,000 passengers in May, the port said."
    let corpus = Corpus(
      articles: (1...5).map { SourceArticle(path: "/s/wire-\($0).md", text: "---\noutlet: Wire \($0)\n---\n\(wire)\n") }
        + [
          SourceArticle(
            path: "/s/quay-times.md",
            text: "---\noutlet: Quay Times\n---\nIn May 4,000 passengers took the Brann ferry.\n")
        ], problems: [])
    let text = try #require(hover("The Brann ferry carried 4,000 passengers in May.", over: "ferry", corpus: corpus))
    let headings = text.components(separatedBy: "\n").filter { $0.hasPrefix("**") && $0.contains(" · ") }
    #expect(headings.count == 2, "\(text)")
    #expect(headings.contains { $0.hasPrefix("**Wire 1, Wire 2, Wire 3 and 2 more** · ") }, "\(text)")
    #expect(headings.contains { $0.hasPrefix("**Quay Times** · ") }, "\(text)")
    #expect(text.hasPrefix("**6 outlets carry this sentence**"), "\(text)")
  }

  /// A count is shown with the word it counts, as the diagnostics show it ("4,000 passengers", not "4,000").
  @Test func oneOutletIsCountedInTheSingular() {
    let agreeing = hover("The Brann ferry carried 4,000 passengers in May.", over: "4,000")
    #expect(agreeing?.hasPrefix("**4,000 passengers: 1 of 1 outlet agrees**") == true, "\(agreeing ?? "no hover")")
    let differing = hover("The Brann ferry carried 5,000 passengers in May.", over: "5,000")
    #expect(differing?.hasPrefix("**5,000 passengers: 0 of 1 outlet agrees**") == true, "\(differing ?? "no hover")")
  }

  /// A hedged draft figure can agree with outlets that disagree with each other: hover says that too, in the words
  /// of the `sources-disagree` diagnostic.
  @Test func aFigureTheSourcesDisagreeOnSaysSoAboveTheTable() throws {
    let corpus = Corpus(
      articles: Self.corpus.articles.compactMap { $0 } + [
        SourceArticle(
          path: "/s/quay-times.md",
          text: "---\noutlet: Quay Times\n---\nThe Brann ferry carried 3,700 passengers in May.\n")
      ], problems: [])
    let text = try #require(
      hover("The Brann ferry carried about 4,000 passengers in May.", over: "4,000", corpus: corpus))
    let lines = text.components(separatedBy: "\n")
    #expect(lines.first == "**about 4,000 passengers: 2 of 2 outlets agree**", "\(text)")
    #expect(
      lines.dropFirst(2).first == "*Sources disagree on this figure: 4,000 (Brann Post) vs 3,700 (Quay Times)*",
      "\(text)")
    let plain = hover("The Brann ferry carried 4,000 passengers in May.", over: "4,000") ?? ""
    #expect(!plain.contains("disagree"), "\(plain)")
  }

  /// A table of outlets that differ under no warning reads like a missed error: hover says why the check held back,
  /// and the sentence's hover marks the figure of that loosely matched passage as the table does.
  @Test func aDifferingFigureWithNoWarningSaysWhyItIsNotFlagged() throws {
    let loose = Corpus(
      articles: [
        SourceArticle(
          path: "/s/quay-times.md",
          text:
            "---\noutlet: Quay Times\n---\nFerry traffic recovered in the spring, when Brann boats carried 4,000 passengers, the harbour office said.\n"
        )
      ], problems: [])
    let draft =
      "The Brann ferry carried 5,000 passengers in May despite the storms that closed the north quay for a week."
    let analysis = DraftAnalysis(text: draft, format: .markdown, corpus: loose)
    #expect(analysis.alignments[0].first?.rule == .articleBest)
    #expect(!analysis.findings.contains { $0.code == "figure-mismatch" })
    let alone = try #require(hover(draft, over: "5,000", corpus: loose))
    #expect(
      alone.components(separatedBy: "\n").prefix(3) == [
        "**5,000 passengers: 0 of 1 outlet agrees**", "",
        "*Not flagged: one outlet alone gives another figure, in a passage that may not make the same claim*",
      ], "\(alone)")

    // The outlet's row says its passage was matched loosely, as the note does, and so does the sentence's hover.
    #expect(alone.contains("| Quay Times | 4,000 passengers | **differs**, loosely matched |"), "\(alone)")
    let sentence = try #require(hover(draft, over: "ferry", corpus: loose))
    #expect(
      sentence.contains("Figures that differ: **4,000 passengers** (draft: 5,000 passengers), loosely matched"),
      "\(sentence)")

    // A figure the check does call wrong needs no note, and one every outlet gives alike has nothing to explain.
    let flagged = try #require(hover("The Brann ferry carried 5,000 passengers in May.", over: "5,000"))
    #expect(!flagged.contains("Not flagged"), "\(flagged)")
    #expect(flagged.contains("| Brann Post | 4,000 passengers | **differs** |"), "\(flagged)")
    let flaggedSentence = try #require(hover("The Brann ferry carried 5,000 passengers in May.", over: "ferry"))
    #expect(
      flaggedSentence.hasSuffix("Figures that differ: **4,000 passengers** (draft: 5,000 passengers)"),
      "\(flaggedSentence)")
    let agreed = try #require(hover("The Brann ferry carried 4,000 passengers in May.", over: "4,000"))
    #expect(!agreed.contains("Not flagged"), "\(agreed)")
  }

  /// A source span that gives the draft's figure beside another of its kind contradicts nothing; one that gives
  /// only another value is called out, with the draft's.
  @Test func figuresThatDifferAreOnlyThoseThatContradictTheDraft() {
    let corpus = Corpus(
      articles: [
        SourceArticle(
          path: "/s/tide-post.md",
          text:
            "---\noutlet: Tide Post\n---\nThe Brann crossing took 55 minutes before the new ferry; with it, the crossing takes 40 minutes.\n"
        ),
        SourceArticle(
          path: "/s/quay-times.md",
          text: "---\noutlet: Quay Times\n---\nWith the new ferry, the Brann crossing takes 45 minutes.\n"),
      ], problems: [])
    let text = hover("With the new ferry, the Brann crossing takes 40 minutes.", over: "ferry", corpus: corpus) ?? ""
    #expect(text.contains("**Tide Post**") && text.contains("**Quay Times**"), "\(text)")
    #expect(text.components(separatedBy: "Figures that differ").count == 2, "\(text)")
    #expect(text.contains("Figures that differ: **45 minutes** (draft: 40 minutes)"), "\(text)")
  }

  /// Outlets are listed by the share shown beside each: alignment ranks near ties by the decision's probability,
  /// which put a 69% outlet above a 70% one here.
  @Test func outletsAreListedByTheShareTheyCarry() {
    let wordings = [
      "The north quay will reopen in May, the harbour office said on Tuesday.",
      "On Tuesday the harbour office announced repairs, and a reopening of its quay in May.",
      "The harbour office said on Tuesday the north quay would reopen in May.",
      "The north quay would reopen in May after repairs, the office said.",
      "After the repairs, the north quay will reopen in May, the harbour office said on Tuesday, ending months of disruption for ferries.",
      "The harbour office said the quay would reopen after repairs in May.",
      "Repairs to the north quay will let it reopen in May, the harbour said on Tuesday.",
      "The office on Tuesday said that after the repairs the harbour's north quay reopens in May.",
    ]
    let corpus = Corpus(
      articles: wordings.enumerated().map { index, text in
        SourceArticle(path: "/s/outlet-\(index + 1).md", text: "---\noutlet: Outlet \(index + 1)\n---\n\(text)\n")
      }, problems: [])
    let text =
      hover(
        "The harbour office said on Tuesday that the north quay would reopen in May after the repairs.", over: "quay",
        corpus: corpus) ?? ""
    let shares = text.split(separator: "\n").compactMap { line in
      line.hasPrefix("**Outlet")
        ? line.split(separator: "·").last.flatMap { Int($0.dropLast().trimmingCharacters(in: .whitespaces)) } : nil
    }
    #expect(shares.count == wordings.count, "\(text)")
    #expect(shares == shares.sorted(by: >), "\(shares)")
  }

  /// Hover calls out the figures the figure check compared, nothing else of the same unit: an age in years is not
  /// a prison term in years, and a total term is not the term for each count.
  @Test func aFigureOfTheSameUnitThatMeasuresSomethingElseIsNotCalledOut() {
    let corpus = Corpus(
      articles: [
        SourceArticle(
          path: "/s/tide-post.md",
          text:
            "---\noutlet: Tide Post\n---\nThe skipper, who is 55 years old, could be sentenced to up to 20 years in prison.\n"
        )
      ], problems: [])
    let text = hover("The two counts carry up to 10 years in prison each.", over: "counts", corpus: corpus) ?? ""
    #expect(text.contains("**Tide Post**"), "\(text)")
    #expect(!text.contains("Figures that differ"), "\(text)")
  }
}
