/// A word of a sentence with its normalised form, used for alignment, hover differences and figure pairing.
public struct Token: Sendable, Hashable {
  public var range: Range<Int>
  /// Lower-cased, diacritics and quote styles folded, spelling variants and synonyms mapped, lightly stemmed.
  public var normalized: String
  /// The word's own stem, paraphrases not mapped: hovers mark source words whose stem the draft lacks.
  public var stem: String
  /// A number, number word, or anything else that is a figure: masked from alignment, so that a disputed
  /// number never breaks a match.
  public var isFigure: Bool
  public var isStopWord: Bool
  /// Written with a capital: with its position, how alignment tells a name from an ordinary word.
  public var isCapitalized: Bool
  /// The letters of a word written as initials ("PSG" is "psg"), nil for any other word (`Acronyms`).
  public var acronym: String?
  /// For a capitalised word, whether punctuation that parts words (a comma, a stop, a colon, a bracket, a dash)
  /// stands between it and the word before, or no word comes before: whether it cannot continue a name
  /// ("Florida, Ohio"; "Sean "Diddy" Combs" is one name). False for any other word.
  public var followsBreak = false

  /// Whether the token takes part in alignment scoring.
  public var isContent: Bool { !isFigure && !isStopWord }

  /// The term's identity in the index: a 64-bit FNV-1a hash of the normalised form, folded to 32 bits.
  public var term: Term { Token.hash(normalized) }

  static func hash(_ text: String) -> Term {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    return Term(truncatingIfNeeded: hash ^ (hash >> 32))
  }
}

/// A content word's identity in the index. 32 bits halve the index's largest arrays; a story's vocabulary of some
/// 100,000 words expects about one collision among them, which merges two rare words' postings and nothing more.
public typealias Term = UInt32
