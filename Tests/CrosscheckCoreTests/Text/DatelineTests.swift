import Testing

@testable import CrosscheckCore

/// A dateline opening the story is where it was filed, no part of the lede's claim: its words are not read.
@Suite struct DatelineTests {
  @Test(arguments: [
    ("CALDER — The harbour board voted on Monday.", "CALDER — "),
    ("PORT ELLEN, Islay (AP) -- The harbour board voted.", "PORT ELLEN, Islay (AP) -- "),
    ("NORTH CALDER, N.B. (Harbour Wire) – The board voted.", "NORTH CALDER, N.B. (Harbour Wire) – "),
    ("The harbour board — all nine — voted.", nil),
    ("Ines Vela — the harbour master — voted.", nil),
    ("CALDER: The board voted.", nil),
  ])
  func aDatelineIsAPlaceInCapitalsAndADash(sentence: String, dateline: String?) {
    #expect(Dateline.length(in: sentence[...]) == dateline?.utf8.count)
  }

  @Test func theLedesDatelineIsNotRead() {
    let draft = "# Vote\n\nCALDER — The harbour board voted on Monday. CALDER — a second line.\n"
    let analysis = DraftAnalysis(text: draft, format: .markdown, corpus: Corpus(articles: [], problems: []))
    let words = analysis.tokens.map { $0.map { String(TextBuffer(draft).slice($0.range)) } }
    #expect(words[1] == ["The", "harbour", "board", "voted", "on", "Monday"])
    #expect(words[2].first == "CALDER")
  }
}
