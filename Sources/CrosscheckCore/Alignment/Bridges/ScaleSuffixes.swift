/// A figure written with its scale run into it ("€1.2bn", "£4m", "$30k") is the number and the scale's word, as
/// "€1.2 billion" is written: so the two writings of one amount align, and an article giving "€1.2bn" gives the
/// draft's "1.2" (`AlignmentSide.figuresGiven`). The figure check reads both forms on its own.
enum ScaleSuffixes {
  /// The words the suffixes stand for, as the normaliser reads them.
  static let words: [String: String] = [
    "k": "thousand", "m": "million", "mn": "million", "mln": "million", "b": "billion", "bn": "billion",
    "bln": "billion", "tn": "trillion", "trn": "trillion",
  ]

  /// The word's number and its scale: the UTF-8 length of the number and the scale's word, or nil when the word
  /// is not a number with one of the suffixes ("1.2bn" is 3 bytes and "billion"; "100km" and "3pm" are nil).
  static func split(_ word: String) -> (numberLength: Int, scale: String)? {
    // Most words start with a letter and most numbers end in a digit: both are ruled out before a copy is made.
    guard let first = word.utf8.first, (48...57).contains(first), let last = word.utf8.last, !(48...57).contains(last)
    else { return nil }
    let bytes = Array(word.utf8)
    guard
      let letters = bytes.firstIndex(where: { !(48...57).contains($0) && $0 != 46 && $0 != 44 }),
      bytes[letters - 1] != 46, bytes[letters - 1] != 44,
      let scale = words[String(decoding: bytes[letters...], as: UTF8.self).lowercased()]
    else { return nil }
    return (letters, scale)
  }
}
