import Synchronization

/// Remembers the figures of source sentences across analyses. Keyed by the article's `id`, which is new for
/// every reading of a file, so a changed file is never answered from its old text. Bounded: past the limit it
/// starts again empty, which costs only re-extraction.
final class SourceFigureMemo: Sendable {
  static let shared = SourceFigureMemo()

  private struct Key: Hashable {
    var article: Int
    var range: Range<Int>
  }

  private let entries = Mutex<[Key: [Figure]]>([:])
  private let limit = 50_000

  func figures(article: SourceArticle, range: Range<Int>) -> [Figure] {
    let key = Key(article: article.id, range: range)
    if let known = entries.withLock({ $0[key] }) { return known }
    let found = FigureExtractor.figures(in: article.prose.text, range: range, referenceYear: article.metadata.year)
    entries.withLock { entries in
      if entries.count >= limit { entries.removeAll(keepingCapacity: true) }
      entries[key] = found
    }
    return found
  }
}
