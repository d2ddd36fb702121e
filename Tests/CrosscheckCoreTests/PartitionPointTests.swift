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
