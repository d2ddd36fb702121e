import Foundation

/// One source article, read and split: its outlet, its prose and sentences, and each sentence's content terms.
public struct SourceArticle: Sendable {
  public let path: String
  public let metadata: ArticleMetadata
  /// The prose, byte for byte aligned with the file (markup blanked); sentence text comes from here.
  public let prose: ProseText
  /// The buffer that gives positions in the file as an editor shows it: the file itself for HTML, whose
  /// entities change the text's width, else the prose (which shares its storage).
  public let positionBuffer: TextBuffer
  public let sentences: [Sentence]
  /// The content terms of each sentence, in order (figures and stop words left out). Full tokens are not kept:
  /// a large corpus would not fit in memory, and hovers re-tokenize the few sentences they show.
  public let sentenceTerms: [[UInt64]]

  /// The tokens of one sentence, for showing it.
  public func tokens(ofSentence index: Int) -> [Token] {
    Tokenizer.tokens(in: prose.text, range: sentences[index].range)
  }

  public init(path: String, text: String) {
    self.path = path
    let fileName = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    prose = ProseText(reading: text, path: path)
    if HTMLProse.isHTML(path: path) {
      let meta = HTMLProse.metadata(from: text)
      metadata = ArticleMetadata(outlet: meta.outlet ?? fileName, title: meta.title, url: meta.url)
      positionBuffer = TextBuffer(text)
    } else {
      let fields = ArticleMetadata.frontMatter(in: text) ?? [:]
      metadata = ArticleMetadata(
        outlet: fields["outlet"].flatMap { $0.isEmpty ? nil : $0 } ?? fileName, title: fields["title"],
        url: fields["url"], date: fields["date"])
      positionBuffer = TextBuffer(prose.text)
    }
    let sentences = SentenceSplitter.split(prose)
    let text = prose.text
    self.sentences = sentences
    var memo: [String: UInt64] = [:]
    sentenceTerms = sentences.map { Tokenizer.contentTerms(in: text, range: $0.range, memo: &memo) }
  }

  /// Reads a file with the checks a hostile folder needs: size limit, binary content, invalid UTF-8.
  public static func load(path: String, maximumBytes: Int) -> (article: SourceArticle?, problem: CorpusProblem?) {
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
    if data.prefix(8192).contains(0) {
      return (nil, CorpusProblem(path: path, message: "binary file (contains NUL bytes)", skipped: true))
    }
    if let text = String(data: data, encoding: .utf8) {
      return (SourceArticle(path: path, text: text), nil)
    }
    let text = String(decoding: data, as: UTF8.self)
    return (
      SourceArticle(path: path, text: text),
      CorpusProblem(path: path, message: "invalid UTF-8; read with replacement characters", skipped: false)
    )
  }
}
