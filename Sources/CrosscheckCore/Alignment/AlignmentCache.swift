/// Alignments of sentences already seen, keyed by their content terms, so that re-analysis after a keystroke only
/// aligns the sentences that changed. Valid for one corpus version and threshold.
public struct AlignmentCache: Sendable {
  public let generation: Int
  public let threshold: Double
  var entries: [[UInt64]: [SentenceMatch]]

  public init(generation: Int, threshold: Double) {
    self.generation = generation
    self.threshold = threshold
    entries = [:]
  }

  public var count: Int { entries.count }
}
