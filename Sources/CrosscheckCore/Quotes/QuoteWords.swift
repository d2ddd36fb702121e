/// The words of a quotation for comparing wordings: lower-cased, diacritics and apostrophes folded, spelling and
/// transcription variants made one (`transcribed`), nothing stemmed ("price" and "cost" must differ). Editorial
/// marks are read as editors mean them: a bracketed insertion stands for its own words, the words it replaced, or
/// none ("We will honour [the agreement] in full"); an ellipsis for any words left out; "[sic]" for nothing at all.
struct QuoteWords {
  struct Word {
    var text: String
    var range: Range<Int>
  }

  /// The quotation as written: words, and the gaps editorial marks leave.
  enum Element {
    case word(String)
    /// A bracketed insertion and the words inside it.
    case bracket([String])
    case ellipsis
  }

  /// Runs of words between gaps.
  let segments: [[Word]]
  let elements: [Element]
  /// Every word in order, those inside brackets included: what a source quotation is compared and quoted by.
  let allWords: [Word]
  var words: [Word] { segments.flatMap { $0 } }

  init(_ prose: ProseText, _ range: Range<Int>) {
    let text = prose.text
    var gaps: [(range: Range<Int>, isBracket: Bool)] = []
    // "[sic]" marks the speaker's own error: it stands for nothing, and the words around it stay one run.
    var sic: [Range<Int>] = []
    // Brackets and ellipses, found on the raw bytes of the range.
    let bytes = Array(TextBuffer.substring(text, range).utf8)
    var index = 0
    while index < bytes.count {
      if bytes[index] == UInt8(ascii: "["), let close = bytes[index...].firstIndex(of: UInt8(ascii: "]")) {
        let bracket = (range.lowerBound + index)..<(range.lowerBound + close + 1)
        if String(decoding: bytes[index...close], as: UTF8.self).lowercased() == "[sic]" {
          sic.append(bracket)
        } else {
          gaps.append((bracket, true))
        }
        index = close + 1
      } else if bytes[index] == UInt8(ascii: "."), index + 2 < bytes.count, bytes[index + 1] == UInt8(ascii: "."),
        bytes[index + 2] == UInt8(ascii: ".")
      {
        gaps.append(((range.lowerBound + index)..<(range.lowerBound + index + 3), false))
        index += 3
      } else if index + 2 < bytes.count, bytes[index] == 0xE2, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA6 {
        // "…", the ellipsis character
        gaps.append(((range.lowerBound + index)..<(range.lowerBound + index + 3), false))
        index += 3
      } else {
        index += 1
      }
    }
    // Each gap's words, and where it stands among the quotation's words.
    var inside: [[String]] = Array(repeating: [], count: gaps.count)
    var words: [(word: Word, gapsBefore: Int)] = []
    var allWords: [Word] = []
    Tokenizer.words(in: text, range: range) { wordRange, word in
      if sic.contains(where: { $0.overlaps(wordRange) }) { return }
      let gap = gaps.firstIndex(where: { $0.range.overlaps(wordRange) })
      if gap == nil || gaps[gap!].isBracket { allWords.append(Word(text: Self.transcribed(word), range: wordRange)) }
      if let gap {
        inside[gap].append(Self.transcribed(word))
        return
      }
      words.append(
        (
          Word(text: Self.transcribed(word), range: wordRange),
          gaps.filter { $0.range.upperBound <= wordRange.lowerBound }.count
        ))
    }
    var elements: [Element] = []
    var segments: [[Word]] = [[]]
    var gapsDone = 0
    func addGaps(upTo count: Int) {
      while gapsDone < count {
        defer { gapsDone += 1 }
        elements.append(gaps[gapsDone].isBracket ? .bracket(inside[gapsDone]) : .ellipsis)
        if !segments[segments.count - 1].isEmpty { segments.append([]) }
      }
    }
    for (word, gapsBefore) in words {
      addGaps(upTo: gapsBefore)
      elements.append(.word(word.text))
      segments[segments.count - 1].append(word)
    }
    addGaps(upTo: gaps.count)
    self.segments = segments.filter { !$0.isEmpty }
    self.elements = elements
    self.allWords = allWords
  }

  /// A quotation an attribution interrupts, read as one: the words of its part before the attribution and of
  /// its part after, in order.
  init(joining first: QuoteWords, _ second: QuoteWords) {
    self.init(
      segments: first.segments + second.segments, elements: first.elements + second.elements,
      allWords: first.allWords + second.allWords)
  }

  private init(segments: [[Word]], elements: [Element], allWords: [Word]) {
    self.segments = segments
    self.elements = elements
    self.allWords = allWords
  }

  /// Step (`Compounds`): the quotation's words cut as a source quotation writes them: a word it writes as two
  /// ("bullseye" where the source has "bull's eye") stands as those two, both over the word's range, and two it
  /// writes as one stand as that one, over both words' range.
  func cut(like source: QuoteWords) -> QuoteWords {
    let known = Set(source.allWords.map(\.text))
    // Every cut starts at a word the source does not have: where there is none, as for nearly every quotation
    // compared, the source's compounds are not worked out at all.
    guard words.contains(where: { !known.contains($0.text) }) else { return self }
    let written = Dictionary(source.allWords.map { (Compounds.letters($0.text), $0.text) }) { first, _ in first }
    var parted: [String: (String, String)] = [:]
    for (first, second) in zip(source.allWords, source.allWords.dropFirst()) {
      let whole = Compounds.joined(first.text, second.text)
      if !whole.isEmpty && parted[whole] == nil { parted[whole] = (first.text, second.text) }
    }
    func recut(_ segment: [Word]) -> [Word] {
      var cut: [Word] = []
      var index = 0
      while index < segment.count {
        let word = segment[index]
        defer { index += 1 }
        if index + 1 < segment.count, !known.contains(word.text) || !known.contains(segment[index + 1].text),
          let whole = written[Compounds.joined(word.text, segment[index + 1].text)]
        {
          cut.append(Word(text: whole, range: word.range.lowerBound..<segment[index + 1].range.upperBound))
          index += 1
        } else if !known.contains(word.text), let parts = parted[Compounds.letters(word.text)] {
          cut += [Word(text: parts.0, range: word.range), Word(text: parts.1, range: word.range)]
        } else {
          cut.append(word)
        }
      }
      return cut
    }
    let segments = segments.map(recut)
    // The elements again, each run of words (a segment) as it is now cut.
    var elements: [Element] = []
    var nextSegment = 0
    var inRun = false
    for element in self.elements {
      guard case .word = element else {
        inRun = false
        elements.append(element)
        continue
      }
      if !inRun {
        elements += segments[nextSegment].map { .word($0.text) }
        nextSegment += 1
        inRun = true
      }
    }
    return QuoteWords(segments: segments, elements: elements, allWords: allWords)
  }

  /// Step: a word as any outlet would transcribe it. Two outlets quoting one speech write "although" or "though",
  /// "till" or "until", "programme" or "program", as they hear it or as their style says: the words are the
  /// speaker's either way, and a draft that follows one outlet misquotes none ("Though" against two outlets'
  /// "Although" had been a misquote).
  static func transcribed(_ word: String) -> String {
    let folded = Normalizer.spelledAlike(Normalizer.fold(word))
    return transcriptionVariants[folded] ?? folded
  }

  private static let transcriptionVariants: [String: String] = [
    "although": "though", "till": "until", "til": "until", "'til": "until", "okay": "ok",
  ]

  /// How the draft's words stand in a source quotation.
  struct Comparison {
    /// Every segment appears in the source contiguously and in order.
    var exact: Bool
    /// Share of the draft's words found in order in the source (longest common subsequence).
    var similarity: Double
    /// The source words the draft corresponds to, first to last matched.
    var window: Range<Int>
    /// The draft's words that stand within the source quotation: those running past its first or last word are
    /// words the source did not quote, not words it quotes otherwise (`QuoteSourcing.replacement`).
    var quoted: Range<Int>
    /// The draft's words as compared, cut as the source writes its compounds (`cut(like:)`): what `quoted` counts.
    var words: [Word]
  }

  func compare(with source: QuoteWords) -> Comparison {
    let cut = cut(like: source)
    let draft = cut.words.map(\.text)
    let target = source.allWords.map(\.text)
    guard !draft.isEmpty, !target.isEmpty else {
      return Comparison(exact: false, similarity: 0, window: 0..<0, quoted: 0..<0, words: cut.words)
    }
    let exact = Self.appears(cut.segments.map { $0.map(\.text) }, in: source.elements)
    var (length, first, last, firstDraft, lastDraft) = Self.lcs(draft, target[...])
    // Words found in order across a stretch far longer than the quote are a speech's common words ("are", "a
    // little", "so"), not its wording: the match is then sought within a stretch about the quote's length, starting
    // at one of its first words.
    let reach = 2 * draft.count + 2
    if length > 0 && last - first + 1 > reach {
      length = 0
      for start in Self.likeliestStretches(of: draft, in: target, reach: reach) {
        let found = Self.lcs(draft, target[start..<min(target.count, start + reach)])
        if found.0 > length { (length, first, last, firstDraft, lastDraft) = found }
      }
    }
    // The window reaches as far beyond the matched words as the draft does: "another summer" against "another
    // winter" takes in "winter".
    var start = max(0, first - firstDraft)
    var end = min(target.count, last + 1 + (draft.count - 1 - lastDraft))
    // Step: draft words at an edge of the quote that differ from the source's, where the source quotation runs on
    // for a word or two past them to its own edge, stand for the source's words to that edge: "just beginning"
    // against "We are just getting started" has "getting started" otherwise, not "getting" (whose fix read "just
    // getting").
    if lastDraft < draft.count - 1 && target.count - end <= Self.edgeWordsTakenIn { end = target.count }
    if firstDraft > 0 && start <= Self.edgeWordsTakenIn { start = 0 }
    // Step: where the window meets the source quotation's first or last word, the draft words beyond it are the
    // speaker's words the source did not quote ("So far, I cannot believe how civil it's been" against an outlet's
    // "I cannot believe how civil it's been"), not words the source has otherwise.
    let runsBefore = max(0, firstDraft - first)
    let runsAfter = max(0, (draft.count - 1 - lastDraft) - (target.count - 1 - last))
    return Comparison(
      exact: exact, similarity: Double(length) / Double(draft.count), window: length == 0 ? 0..<0 : start..<end,
      quoted: length == 0 ? 0..<0 : runsBefore..<(draft.count - runsAfter), words: cut.words)
  }

  /// How many words past a differing edge of the draft's quote the source quotation may run on to its own edge for
  /// them to be taken in.
  static let edgeWordsTakenIn = 2

  /// Where the stretches of `reach` words that hold the most of the draft's words begin, at one of its first three
  /// words, best first: how many of the draft's words a stretch holds bounds how many it holds in order, and is
  /// counted for every stretch in one pass, so the order is compared in a few stretches only (a 30,000-word speech
  /// has thousands that open with a common word).
  static func likeliestStretches(of draft: [String], in target: [String], reach: Int, keep: Int = 8) -> [Int] {
    let wanted = draft.reduce(into: [String: Int]()) { $0[$1, default: 0] += 1 }
    let openers = Set(draft.prefix(3))
    var held: [String: Int] = [:]
    var overlap = 0
    var end = 0
    var scored: [(start: Int, overlap: Int)] = []
    for start in target.indices {
      while end < min(target.count, start + reach) {
        if let limit = wanted[target[end]] {
          if held[target[end], default: 0] < limit { overlap += 1 }
          held[target[end], default: 0] += 1
        }
        end += 1
      }
      if openers.contains(target[start]) { scored.append((start, overlap)) }
      if let limit = wanted[target[start]] {
        held[target[start], default: 0] -= 1
        if held[target[start], default: 0] < limit { overlap -= 1 }
      }
    }
    return scored.sorted { ($0.overlap, -$0.start) > ($1.overlap, -$1.start) }.prefix(keep).map(\.start)
  }

  /// Whether each draft segment appears contiguously in the source, in order: a contiguous run inside a longer
  /// source quotation counts (a partial quote), and the source's editorial marks match as they mean.
  static func appears(_ segments: [[String]], in source: [Element]) -> Bool {
    var from = 0
    for segment in segments {
      guard let end = (from..<source.count).lazy.compactMap({ match(segment, 0, source, $0, matched: false) }).first
      else { return false }
      from = end
    }
    return true
  }

  /// How many draft words a bracket may stand for when it replaced the speaker's words.
  static let replacedWords = 6

  /// Matches `segment[index...]` against the source from `position`; the source position after the match. At
  /// least one word must match a word, so that a segment never disappears into gaps.
  private static func match(_ segment: [String], _ index: Int, _ source: [Element], _ position: Int, matched: Bool)
    -> Int?
  {
    if index == segment.count { return matched ? position : nil }
    guard position < source.count else { return nil }
    let rest = segment.count - index
    switch source[position] {
    case .word(let word):
      return word == segment[index] ? match(segment, index + 1, source, position + 1, matched: true) : nil
    case .bracket(let own):
      if !own.isEmpty, own.count <= rest, Array(segment[index..<(index + own.count)]) == own,
        let end = match(segment, index + own.count, source, position + 1, matched: true)
      {
        return end
      }
      if let end = match(segment, index, source, position + 1, matched: matched) { return end }
      // Other words in the bracket's place only between words that match on both sides: at the edge of a match
      // they would swallow whatever the draft changed.
      guard matched, position + 1 < source.count, case .word(let next) = source[position + 1] else { return nil }
      for skipped in 1...max(1, min(replacedWords, rest - 1)) where skipped < rest && segment[index + skipped] == next {
        if let end = match(segment, index + skipped, source, position + 1, matched: true) { return end }
      }
      return nil
    case .ellipsis:
      for skipped in 0...rest {
        if let end = match(segment, index + skipped, source, position + 1, matched: matched) { return end }
      }
      return nil
    }
  }

  /// Longest common subsequence length, the first and last target indices it uses (indices of the slice's base),
  /// and the first and last draft indices.
  private static func lcs(_ a: [String], _ target: ArraySlice<String>) -> (Int, Int, Int, Int, Int) {
    let pairs = commonPairs(a, Array(target))
    guard let first = pairs.first, let last = pairs.last else { return (0, target.startIndex, target.startIndex, 0, 0) }
    return (pairs.count, target.startIndex + first.1, target.startIndex + last.1, first.0, last.0)
  }

  /// The index pairs of a longest common subsequence of `a` and `b`, in order.
  static func commonPairs(_ a: [String], _ b: [String]) -> [(Int, Int)] {
    var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in stride(from: a.count - 1, through: 0, by: -1) {
      for j in stride(from: b.count - 1, through: 0, by: -1) {
        table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
      }
    }
    var pairs: [(Int, Int)] = []
    var i = 0
    var j = 0
    while i < a.count && j < b.count {
      if a[i] == b[j] {
        pairs.append((i, j))
        i += 1
        j += 1
      } else if table[i + 1][j] >= table[i][j + 1] {
        i += 1
      } else {
        j += 1
      }
    }
    return pairs
  }
}
