import CrosscheckCore

/// A corpus that is built, or being built (so that every draft that needs it waits for the same build).
enum CorpusSlot: Sendable {
  case building(Task<Corpus, Never>)
  case ready(Corpus)
}
