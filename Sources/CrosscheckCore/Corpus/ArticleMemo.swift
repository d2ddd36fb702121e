import Synchronization

/// Remembers what is worked out from source articles across analyses, keyed by the article's `id` (new for every
/// reading of a file, so a changed file is never answered from its old text). Bounded: past the limit it starts
/// again empty, which costs only working things out again.
final class ArticleMemo<Key: Hashable & Sendable, Value: Sendable>: Sendable {
  private struct Entry: Hashable {
    var article: Int
    var key: Key
  }

  private let entries = Mutex<[Entry: Value]>([:])
  private let limit: Int

  init(limit: Int) { self.limit = limit }

  func value(article: SourceArticle, key: Key, compute: () -> Value) -> Value {
    let entry = Entry(article: article.id, key: key)
    if let known = entries.withLock({ $0[entry] }) { return known }
    let value = compute()
    entries.withLock { entries in
      if entries.count >= limit { entries.removeAll(keepingCapacity: true) }
      entries[entry] = value
    }
    return value
  }
}

/// Every keystroke in a draft asks again for the figures of the same source sentences, and every publish for the
/// line index of the same source files.
enum SourceMemos {
  static let figures = ArticleMemo<Range<Int>, [Figure]>(limit: 50_000)
  static let figurePlaces = ArticleMemo<Int, FigurePlaces>(limit: 2_000)
  static let positionBuffers = ArticleMemo<Int, TextBuffer>(limit: 2_000)
}

/// The figures an article gives, as the normaliser writes them, and the sentences that give each. `values` is kept
/// beside the sentences' keys because it also holds a figure of the prose that no split sentence holds, and the
/// weekdays the article names.
struct FigurePlaces: Sendable {
  var values: Set<String> = []
  var sentences: [String: [Int]] = [:]
}
