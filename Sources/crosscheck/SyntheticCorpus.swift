import Foundation

/// A synthetic story corpus for the benchmark: articles of news-like sentences over a Zipf-distributed vocabulary,
/// and a draft that paraphrases some of their sentences.
struct SyntheticCorpus {
  struct Generator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var value = state
      value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
      value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
      return value ^ (value >> 31)
    }
  }

  private static let function = [
    "the", "a", "of", "to", "in", "and", "on", "for", "with", "by", "that", "was", "is", "said",
  ]
  private var random = Generator(state: 42)
  private let vocabulary: [String]

  init(vocabularySize: Int = 20_000) {
    let syllables = [
      "ka", "lo", "ren", "ti", "mar", "sel", "dor", "vin", "pa", "ru", "qen", "ost", "bel", "na", "ur", "ix",
    ]
    var generator = Generator(state: 7)
    var words = Set<String>()
    while words.count < vocabularySize {
      let count = Int.random(in: 2...4, using: &generator)
      words.insert((0..<count).map { _ in syllables.randomElement(using: &generator)! }.joined())
    }
    vocabulary = words.sorted()
  }

  /// A Zipf-like draw: low indices are common words, high ones rare.
  private mutating func word() -> String {
    if Double.random(in: 0..<1, using: &random) < 0.35 { return Self.function.randomElement(using: &random)! }
    let rank = Int(pow(Double(vocabulary.count), Double.random(in: 0..<1, using: &random))) - 1
    return vocabulary[min(rank, vocabulary.count - 1)]
  }

  mutating func sentence(words count: Int) -> String {
    var words = (0..<count).map { _ in word() }
    words[0] = words[0].prefix(1).uppercased() + words[0].dropFirst()
    if Bool.random(using: &random) { words.insert("\(Int.random(in: 2...95, using: &random)) per cent", at: count / 2) }
    return words.joined(separator: " ") + "."
  }

  /// Writes `count` articles of about `bytes` bytes each into `directory`; returns the sentences written.
  mutating func writeArticles(_ count: Int, bytes: Int, to directory: URL) throws -> (
    sentences: [String], totalBytes: Int
  ) {
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    var all: [String] = []
    var total = 0
    for index in 0..<count {
      var text = "---\noutlet: Outlet \(index % 50)\ntitle: Story \(index)\n---\n\n"
      while text.utf8.count < bytes {
        let sentence = sentence(words: Int.random(in: 12...30, using: &random))
        all.append(sentence)
        text += sentence + (Bool.random(using: &random) ? " " : "\n\n")
      }
      total += text.utf8.count
      try text.write(to: directory.appendingPathComponent("article-\(index).md"), atomically: false, encoding: .utf8)
    }
    return (all, total)
  }

  /// A draft of about `words` words: corpus sentences with a word changed, and some sentences of its own.
  mutating func draft(words target: Int, from sentences: [String]) -> String {
    var paragraphs: [String] = []
    var count = 0
    while count < target {
      var sentence = sentences.randomElement(using: &random)!
      if Bool.random(using: &random) { sentence = sentence.replacingOccurrences(of: " the ", with: " this ") }
      if Int.random(in: 0..<5, using: &random) == 0 { sentence = self.sentence(words: 18) }
      count += sentence.split(separator: " ").count
      paragraphs.append(sentence)
    }
    return stride(from: 0, to: paragraphs.count, by: 3).map {
      paragraphs[$0..<min($0 + 3, paragraphs.count)].joined(separator: " ")
    }
    .joined(separator: "\n\n") + "\n"
  }

  /// A temporary workspace of `articles` synthetic sources and a draft: what the benchmark and the soak run on.
  /// The caller removes `root` when done.
  struct Workspace {
    var root: URL
    var draft: URL
    var draftText: String
    var corpusBytes: Int
  }

  /// `deskDrafts` more drafts of `deskDraftWords` words go into `desk/`, for a workspace-wide pull.
  static func makeWorkspace(
    articles: Int, draftWords: Int, name: String, deskDrafts: Int = 0, deskDraftWords: Int = 400
  ) throws -> Workspace {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("crosscheck-\(name)-\(getpid())")
    var generator = SyntheticCorpus()
    let (sentences, corpusBytes) = try generator.writeArticles(
      articles, bytes: 3_500, to: root.appendingPathComponent("sources"))
    let text = generator.draft(words: draftWords, from: sentences)
    let draft = root.appendingPathComponent("draft.md")
    try text.write(to: draft, atomically: false, encoding: .utf8)
    if deskDrafts > 0 {
      let desk = root.appendingPathComponent("desk")
      try FileManager.default.createDirectory(at: desk, withIntermediateDirectories: true)
      for index in 0..<deskDrafts {
        try generator.draft(words: deskDraftWords, from: sentences).write(
          to: desk.appendingPathComponent("draft-\(index).md"), atomically: false, encoding: .utf8)
      }
    }
    return Workspace(root: root, draft: draft, draftText: text, corpusBytes: corpusBytes)
  }
}
