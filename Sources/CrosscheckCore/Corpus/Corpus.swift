import Dispatch
import Foundation

/// Names a sentence of the corpus compactly: the index has millions of these.
public struct SentenceRef: Sendable, Hashable {
  public var article: Int32
  public var sentence: Int32

  public init(article: Int, sentence: Int) {
    self.article = Int32(article)
    self.sentence = Int32(sentence)
  }
}

/// The source articles of a story and an inverted index over their sentences' content terms.
/// A value: a new version is made when a file changes, and analyses keep using the version they started with.
public struct Corpus: Sendable {
  /// Articles by slot; a slot is nil once its file is gone, so other slots keep their numbers.
  public private(set) var articles: [SourceArticle?]
  public private(set) var problems: [CorpusProblem]
  /// Content term → every sentence that contains it, once each.
  private var postings: [UInt64: [SentenceRef]]
  public private(set) var sentenceCount: Int
  /// Changes with every new version, so caches of alignments know when they are stale.
  public private(set) var generation: Int

  public static let empty = Corpus(articles: [], problems: [])

  public init(articles: [SourceArticle], problems: [CorpusProblem]) {
    self.articles = articles
    self.problems = problems
    postings = [:]
    sentenceCount = 0
    generation = Corpus.nextGeneration()
    for slot in articles.indices { addPostings(slot) }
  }

  /// Discovers and reads every source file under `roots`, two files at a time per core.
  public static func build(
    roots: [String], followSymlinks: Bool, maximumFileBytes: Int, progress: @Sendable (Int, Int) -> Void = { _, _ in }
  ) -> Corpus {
    let (files, discoveryProblems) = SourceDiscovery.discover(roots: roots, followSymlinks: followSymlinks)
    let results = ResultSlots<(article: SourceArticle?, problem: CorpusProblem?)>(count: files.count)
    let done = AtomicCounter()
    DispatchQueue.concurrentPerform(iterations: files.count) { index in
      results.set(index, SourceArticle.load(path: files[index], maximumBytes: maximumFileBytes))
      let finished = done.increment()
      if finished % 500 == 0 || finished == files.count { progress(finished, files.count) }
    }
    let loaded = results.values
    return Corpus(
      articles: loaded.compactMap(\.article), problems: discoveryProblems + loaded.compactMap(\.problem))
  }

  public var liveArticles: [(slot: Int, article: SourceArticle)] {
    articles.enumerated().compactMap { slot, article in article.map { (slot, $0) } }
  }

  public func article(_ slot: Int32) -> SourceArticle? { articles[Int(slot)] }

  /// Re-reads one file: replaces, adds or (when `article` is nil) removes it, touching only its postings.
  public mutating func replace(path: String, with article: SourceArticle?, problem: CorpusProblem?) {
    problems.removeAll { $0.path == path }
    if let problem { problems.append(problem) }
    if let slot = articles.firstIndex(where: { $0?.path == path }) {
      removePostings(slot)
      articles[slot] = article
      if article != nil { addPostings(slot) }
    } else if let article {
      articles.append(article)
      addPostings(articles.count - 1)
    }
    generation = Corpus.nextGeneration()
  }

  // MARK: - Index

  /// How many sentences contain the term.
  public func documentFrequency(_ term: UInt64) -> Int { postings[term]?.count ?? 0 }

  /// Inverse document frequency: rare words weigh most. A word no source has weighs as the rarest.
  public func weight(_ term: UInt64) -> Double {
    log(1 + Double(max(1, sentenceCount)) / Double(max(1, documentFrequency(term))))
  }

  public func sentences(containing term: UInt64) -> [SentenceRef] { postings[term] ?? [] }

  public func terms(of reference: SentenceRef) -> [UInt64] {
    articles[Int(reference.article)]?.sentenceTerms[Int(reference.sentence)] ?? []
  }

  private mutating func addPostings(_ slot: Int) {
    guard let article = articles[slot] else { return }
    for (index, terms) in article.sentenceTerms.enumerated() {
      let reference = SentenceRef(article: slot, sentence: index)
      for term in Set(terms) { postings[term, default: []].append(reference) }
    }
    sentenceCount += article.sentences.count
  }

  private mutating func removePostings(_ slot: Int) {
    guard let article = articles[slot] else { return }
    let terms = Set(article.sentenceTerms.joined())
    for term in terms {
      postings[term]?.removeAll { $0.article == Int32(slot) }
      if postings[term]?.isEmpty == true { postings[term] = nil }
    }
    sentenceCount -= article.sentences.count
  }

  private static let generations = AtomicCounter()
  private static func nextGeneration() -> Int { generations.increment() }
}
