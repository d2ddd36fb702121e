extension RandomAccessCollection {
  /// The index of the first element for which `isPast` holds, in a collection where it holds from some element on
  /// (false … false, true … true); `endIndex` when it holds for none. A binary search: what the core searches this
  /// way (tokens, words, text runs, line starts) is in text order, and a linear scan per lookup made long
  /// unpunctuated text quadratic.
  func partitionPoint(where isPast: (Element) throws -> Bool) rethrows -> Index {
    var low = startIndex
    var count = self.count
    while count > 0 {
      let half = count / 2
      let middle = index(low, offsetBy: half)
      if try isPast(self[middle]) {
        count = half
      } else {
        low = index(after: middle)
        count -= half + 1
      }
    }
    return low
  }
}
