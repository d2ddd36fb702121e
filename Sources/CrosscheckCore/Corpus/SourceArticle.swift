import Foundation

/// One source article, read and split: its outlet, its prose and sentences, and each sentence's content terms.
public struct SourceArticle: Sendable {
  /// Unique to this reading of the file: memos keyed by it can never see another version's text.
  public let id: Int
  public let path: String
  public let metadata: ArticleMetadata
  /// The prose, byte for byte aligned with the file (markup blanked); sentence text comes from here. Its
  /// paragraph list is dropped once the sentences are split (they carry their paragraph index).
  public let prose: ProseText
  /// An HTML page as it is: its entities change the text's width, so positions come from the original.
  private let originalHTML: String?

  /// The buffer that gives positions in the file as an editor shows it. Built on demand for the articles replies
  /// locate, and remembered for the next publish (a bounded memo): keeping a line index for every article would
  /// cost memory on every one.
  public var positionBuffer: TextBuffer {
    SourceMemos.positionBuffers.value(article: self, key: 0) { TextBuffer(originalHTML ?? prose.text) }
  }
  public let sentences: [Sentence]
  /// The content terms of every sentence, in order (figures and stop words left out), in one flat array:
  /// sentence `i` owns `termStore[termOffsets[i]..<termOffsets[i + 1]]`. One array per article rather than one
  /// per sentence saves a header and an allocation for each of a large corpus's sentences. Full tokens are not
  /// kept at all: hovers re-tokenize the few sentences they show.
  private let termStore: [Term]
  private let termOffsets: [Int32]

  /// The prose with its paragraphs, rebuilt from the sentences (which keep their paragraph index), for the
  /// quote scanner: only articles a draft quote aligns with are ever asked.
  public var paragraphs: ProseText {
    var blocks = Array(repeating: 0..<0, count: (sentences.last?.block ?? -1) + 1)
    for sentence in sentences {
      let block = blocks[sentence.block]
      blocks[sentence.block] =
        block.isEmpty
        ? sentence.range
        : min(block.lowerBound, sentence.range.lowerBound)..<max(block.upperBound, sentence.range.upperBound)
    }
    return ProseText(text: prose.text, blocks: blocks)
  }

  /// The content terms of one sentence.
  public func terms(ofSentence index: Int) -> ArraySlice<Term> {
    termStore[Int(termOffsets[index])..<Int(termOffsets[index + 1])]
  }

  public init(path: String, text: String) {
    var memo: [String: Term] = [:]
    self.init(path: path, text: text, memo: &memo)
  }

  /// Reads an article, sharing `memo` (each distinct word's term) with other articles read by the same worker:
  /// news vocabulary repeats across articles far more than within one.
  init(path: String, text: String, memo: inout [String: Term]) {
    id = Self.ids.increment()
    self.path = path
    let fileName = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    let parsed: ProseText
    if HTMLProse.isHTML(path: path) {
      let (prose, meta) = HTMLProse.page(from: text)
      parsed = prose
      metadata = ArticleMetadata(
        outlet: meta.outlet ?? fileName, title: meta.title, url: meta.url, date: meta.date, author: meta.author)
      originalHTML = text
    } else {
      parsed = ProseText(reading: text, path: path)
      let fields = ArticleMetadata.frontMatter(in: text) ?? [:]
      metadata = ArticleMetadata(
        outlet: fields["outlet"].flatMap { $0.isEmpty ? nil : $0 } ?? fileName, title: fields["title"],
        url: fields["url"], date: fields["date"], author: fields["author"])
      originalHTML = nil
    }
    let sentences = SentenceSplitter.split(parsed)
    let text = parsed.text
    prose = ProseText(text: text, blocks: [])
    self.sentences = sentences
    var store: [Term] = []
    var offsets: [Int32] = [0]
    offsets.reserveCapacity(sentences.count + 1)
    for sentence in sentences {
      store += Tokenizer.contentTerms(in: text, range: sentence.range, memo: &memo)
      offsets.append(Int32(store.count))
    }
    termStore = store
    termOffsets = offsets
  }

  private static let ids = AtomicCounter()

  /// The figures of a stretch of this article, extracted once and remembered: every keystroke in a draft asks
  /// again for the figures of the same source sentences.
  public func figures(in range: Range<Int>) -> [Figure] {
    SourceMemos.figures.value(article: self, key: range) {
      FigureExtractor.figures(in: prose.text, range: range, referenceYear: metadata.year)
    }
  }

  /// Every figure the article gives, as the normaliser writes it, and every weekday it names: whether a figure or
  /// a weekday of the draft is one the article gives somewhere (`Carriage`'s figure-slot bridge asks).
  var figureValues: Set<String> { figurePlaces.values }

  /// The sentences that give a figure, as the normaliser writes it, in order: the index leaves figures out, and a
  /// claim retold in other words may share nothing with the draft but its figure.
  func sentences(giving figure: String) -> [Int] { figurePlaces.sentences[figure] ?? [] }

  private var figurePlaces: FigurePlaces {
    SourceMemos.figurePlaces.value(article: self, key: 0) {
      var places = FigurePlaces(values: CalendarWords.named(among: termStore))
      Tokenizer.figureWords(in: prose.text, range: 0..<prose.text.utf8.count) { range, word in
        guard let figure = Normalizer.figure(word) else { return }
        places.values.insert(figure)
        if let sentence = sentences.index(holding: range.lowerBound),
          places.sentences[figure]?.last != sentence
        {
          places.sentences[figure, default: []].append(sentence)
        }
      }
      return places
    }
  }

  /// Reads a file with the checks a hostile folder needs: size limit, binary content, invalid UTF-8.
  public static func load(path: String, maximumBytes: Int) -> (article: SourceArticle?, problem: CorpusProblem?) {
    var memo: [String: Term] = [:]
    return load(path: path, maximumBytes: maximumBytes, memo: &memo)
  }

  static func load(path: String, maximumBytes: Int, memo: inout [String: Term])
    -> (article: SourceArticle?, problem: CorpusProblem?)
  {
    var info = stat()
    if stat(path, &info) == 0, Int(info.st_size) > maximumBytes {
      return (
        nil,
        CorpusProblem(
          path: path, message: "\(info.st_size) bytes, over the \(maximumBytes)-byte limit (maxSourceFileBytes)",
          skipped: true)
      )
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      return (nil, CorpusProblem(path: path, message: "cannot be read", skipped: true))
    }
    let binary = data.withUnsafeBytes { bytes in
      bytes.baseAddress.map { memchr($0, 0, min(bytes.count, 8192)) != nil } ?? false
    }
    if binary {
      return (nil, CorpusProblem(path: path, message: "binary file (contains NUL bytes)", skipped: true))
    }
    if let text = String(data: data, encoding: .utf8) {
      return (SourceArticle(path: path, text: text, memo: &memo), nil)
    }
    let text = String(decoding: data, as: UTF8.self)
    return (
      SourceArticle(path: path, text: text, memo: &memo),
      CorpusProblem(path: path, message: "invalid UTF-8; read with replacement characters", skipped: false)
    )
  }
}
