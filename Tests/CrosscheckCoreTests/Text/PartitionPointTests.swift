import Testing

@testable import CrosscheckCore

/// The binary search the core finds tokens, words, text runs and lines with.
@Suite struct PartitionPointTests {
  @Test func findsTheFirstElementPastThePointAsAScanWould() {
    for values in [[], [3], [1, 3, 3, 3, 7], [0, 2, 4, 6, 8, 10, 12], Array(repeating: 5, count: 9)] {
      for probe in -1...13 {
        let scanned = values.firstIndex { $0 >= probe } ?? values.count
        #expect(values.partitionPoint { $0 >= probe } == scanned, "\(values) \(probe)")
      }
    }
  }

  @Test func searchesASliceInItsOwnIndices() {
    let slice = [1, 2, 3, 4, 5, 6][2...]
    #expect(slice.partitionPoint { $0 > 4 } == 4)
    #expect(slice.partitionPoint { $0 > 9 } == slice.endIndex)
    #expect(slice.partitionPoint { _ in true } == slice.startIndex)
  }
}

/// Sentences found by offset and by range, as a scan through them all would find them.
@Suite struct SentenceLookupTests {
  // Sentences at 0..<10, 11..<20 and 22..<30, with gaps between, as the splitter leaves them.
  let sentences = [
    Sentence(range: 0..<10, block: 0), Sentence(range: 11..<20, block: 0), Sentence(range: 22..<30, block: 1),
  ]

  @Test func aSentenceIsFoundByAnOffsetItHolds() {
    for offset in -1...31 {
      #expect(sentences.index(holding: offset) == sentences.firstIndex { $0.range.contains(offset) }, "\(offset)")
      #expect(
        sentences.lastIndex(startingAtOrBefore: offset) == sentences.lastIndex { $0.range.lowerBound <= offset },
        "\(offset)")
    }
  }

  @Test func theSentencesARangeOverlapsAreFound() {
    for lower in 0...30 {
      for upper in (lower + 1)...31 {
        let expected = sentences.indices.filter { sentences[$0].range.overlaps(lower..<upper) }
        #expect(Array(sentences.indices(overlapping: lower..<upper)) == expected, "\(lower)..<\(upper)")
      }
    }
  }
}
