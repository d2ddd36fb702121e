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
  private var postings: [Term: [SentenceRef]]
  public private(set) var sentenceCount: Int
  /// Changes with every new version, so caches of alignments know when they are stale.
  public private(set) var generation: Int
  /// Summaries kept up to date as articles come and go, so nothing per keystroke walks every article.
  private var slotsByPath: [String: Int] = [:]
  /// Live articles per outlet name.
  public private(set) var outlets: [String: Int] = [:]
  private var years: [Int: Int] = [:]

  public var articleCount: Int { slotsByPath.count }

  /// The year most sources were published in, for dates written without one.
  public var referenceYear: Int? { years.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key }

  /// The live article read from `path`, if any.
  public func article(atPath path: String) -> SourceArticle? { slotsByPath[path].flatMap { articles[$0] } }

  public static let empty = Corpus(articles: [], problems: [])

  public init(articles: [SourceArticle], problems: [CorpusProblem]) {
    self.articles = articles
    self.problems = problems
    postings = [:]
    sentenceCount = 0
    generation = Corpus.nextGeneration()
    for slot in articles.indices { addPostings(slot) }
  }

  /// Discovers and reads every source file under `roots`, one worker per core.
  public static func build(
    roots: [String], followSymlinks: Bool, maximumFileBytes: Int, progress: @Sendable (Int, Int) -> Void = { _, _ in }
  ) -> Corpus {
    let (files, discoveryProblems) = SourceDiscovery.discover(roots: roots, followSymlinks: followSymlinks)
    let results = ResultSlots<(article: SourceArticle?, problem: CorpusProblem?)>(count: files.count)
    let done = AtomicCounter()
    // One worker per core, each with its own word memo, taking every n-th file.
    let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, files.count))
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
      var memo: [String: Term] = [:]
      for index in stride(from: worker, to: files.count, by: workers) {
        results.set(index, SourceArticle.load(path: files[index], maximumBytes: maximumFileBytes, memo: &memo))
        let finished = done.increment()
        if finished % 500 == 0 || finished == files.count { progress(finished, files.count) }
      }
    }
    let loaded = results.values
    return Corpus(
      articles: loaded.compactMap(\.article), problems: discoveryProblems + loaded.compactMap(\.problem))
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
  public func documentFrequency(_ term: Term) -> Int { postings[term]?.count ?? 0 }

  /// Inverse document frequency: rare words weigh most. A word no source has weighs as the rarest.
  public func weight(_ term: Term) -> Double {
    log(1 + Double(max(1, sentenceCount)) / Double(max(1, documentFrequency(term))))
  }

  /// Whether a draft's word is its writer's own wording: no source uses it, and the sources say enough (a story's
  /// coverage runs to some 50–120 sentences) that a word of the claim would most likely be among theirs.
  public func isOwnWording(_ term: Term) -> Bool {
    sentenceCount >= Self.sentencesForOwnWording && documentFrequency(term) == 0
  }

  /// Below this many sentences, a word the sources do not use says nothing about whether it is the claim's.
  static let sentencesForOwnWording = 40

  public func sentences(containing term: Term) -> [SentenceRef] { postings[term] ?? [] }

  public func terms(of reference: SentenceRef) -> ArraySlice<Term> {
    articles[Int(reference.article)]?.terms(ofSentence: Int(reference.sentence)) ?? []
  }

  private mutating func addPostings(_ slot: Int) {
    guard let article = articles[slot] else { return }
    slotsByPath[article.path] = slot
    outlets[article.metadata.outlet, default: 0] += 1
    if let year = article.metadata.year { years[year, default: 0] += 1 }
    for index in article.sentences.indices {
      let reference = SentenceRef(article: slot, sentence: index)
      // References arrive in order, so a term repeated within the sentence finds itself last: no set needed.
      for term in article.terms(ofSentence: index) {
        postings[term, default: []].appendIfNew(reference)
      }
    }
    sentenceCount += article.sentences.count
  }

  private mutating func removePostings(_ slot: Int) {
    guard let article = articles[slot] else { return }
    slotsByPath[article.path] = nil
    outlets[article.metadata.outlet, default: 1] -= 1
    if outlets[article.metadata.outlet] == 0 { outlets[article.metadata.outlet] = nil }
    if let year = article.metadata.year {
      years[year, default: 1] -= 1
      if years[year] == 0 { years[year] = nil }
    }
    let terms = Set(article.sentences.indices.flatMap { article.terms(ofSentence: $0) })
    for term in terms {
      postings[term]?.removeAll { $0.article == Int32(slot) }
      if postings[term]?.isEmpty == true { postings[term] = nil }
    }
    sentenceCount -= article.sentences.count
  }

  private static let generations = AtomicCounter()
  private static func nextGeneration() -> Int { generations.increment() }
}

extension Array where Element == SentenceRef {
  fileprivate mutating func appendIfNew(_ reference: SentenceRef) {
    if last != reference { append(reference) }
  }
}
