/// A word of a sentence with its normalised form, used for alignment, hover differences and figure pairing.
public struct Token: Sendable, Hashable {
  public var range: Range<Int>
  /// Lower-cased, diacritics and quote styles folded, spelling variants and synonyms mapped, lightly stemmed.
  public var normalized: String
  /// A number, number word, or anything else that is a figure: masked from alignment, so that a disputed
  /// number never breaks a match.
  public var isFigure: Bool
  public var isStopWord: Bool

  /// Whether the token takes part in alignment scoring.
  public var isContent: Bool { !isFigure && !isStopWord }

  /// The term's identity in the index: a 64-bit FNV-1a hash of the normalised form.
  public var term: UInt64 { Token.hash(normalized) }

  static func hash(_ text: String) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    return hash
  }
}
