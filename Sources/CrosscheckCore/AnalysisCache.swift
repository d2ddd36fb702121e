/// What an analysis of a draft learned that the next analysis can reuse, so that a keystroke only re-analyses
/// the sentences it changed. Valid for one corpus version and threshold; each analysis keeps only what it used,
/// so the cache never outgrows the draft.
public struct AnalysisCache: Sendable {
  public let generation: Int
  public let threshold: Double
  /// A sentence's tokens by its bytes, with ranges relative to the sentence's start.
  var tokens: [String: [Token]] = [:]
  /// Alignments by a sentence's text, and whether it is the lede.
  var alignments: [AlignmentKey: [SentenceMatch]] = [:]
  /// A draft sentence's figures by its text, with ranges relative to the sentence's start.
  var draftFigures: [String: [Figure]] = [:]
  /// What each outlet says for a draft sentence's figures, by the sentence's text and its aligned spans.
  var figureSources: [FigureKey: [[FigureSource]]] = [:]
  /// A quote's sourcing by its words and the sentences its own sentence aligned with; draft ranges relative to the
  /// quote's content.
  var quoteSourcing: [QuoteKey: [QuoteSourcing]] = [:]
  /// The spans that quote a draft sentence word for word (`QuotationLinks`), by its text and those sentences.
  var quotationSpans: [QuotationKey: [SentenceMatch]] = [:]

  struct AlignmentKey: Hashable {
    var text: String
    var isLede: Bool
  }

  struct FigureKey: Hashable {
    var text: String
    var matches: [SentenceMatch]
  }

  struct QuoteKey: Hashable {
    var text: String
    var hosts: [SentenceMatch]
    var hostClaims: Bool
    var introduced: [SentenceMatch]
    var quoteIsTheClaim: Bool
  }

  struct QuotationKey: Hashable {
    var text: String
    var quoting: [SentenceRef]
  }

  public init(generation: Int, threshold: Double) {
    self.generation = generation
    self.threshold = threshold
  }

  /// How many sentences' alignments it holds.
  public var count: Int { alignments.count }

  func fits(_ corpus: Corpus, threshold: Double) -> Bool {
    generation == corpus.generation && self.threshold == threshold
  }
}

/// A value placed by a byte range, which the cache keeps relative to its sentence's start.
protocol SentencePlaced {
  var range: Range<Int> { get set }
}

extension SentencePlaced {
  /// The same value with its range moved by `delta` bytes.
  func shifted(by delta: Int) -> Self {
    var moved = self
    moved.range = (range.lowerBound + delta)..<(range.upperBound + delta)
    return moved
  }
}

extension Figure: SentencePlaced {}
extension Token: SentencePlaced {}

extension QuoteSourcing {
  func shifted(by delta: Int) -> QuoteSourcing {
    var moved = self
    for index in moved.replacements.indices {
      let range = moved.replacements[index].draftRange
      moved.replacements[index].draftRange = (range.lowerBound + delta)..<(range.upperBound + delta)
    }
    return moved
  }
}
