import Foundation

/// Folds the ways outlets write the same word into one form: case, diacritics, curly quotes, British and American
/// spelling, number words, the paraphrases of `ParaphraseLexicon` and `Demonyms`, and regular inflections.
public enum Normalizer {
  /// A word's normalised form and what kind of word it is.
  public struct Analysis: Sendable, Hashable {
    public var normalized: String
    /// The word's own stem, before paraphrases are mapped: what a hover compares to mark wording that differs.
    public var stem: String
    public var isStopWord: Bool
    public var isFigure: Bool
  }

  public static func analyze(_ word: String) -> Analysis {
    let text = folded(word)
    if let figure = figure(folded: text) {
      return Analysis(normalized: figure, stem: figure, isStopWord: false, isFigure: true)
    }
    if StopWords.contains(text) {
      return Analysis(normalized: text, stem: text, isStopWord: true, isFigure: false)
    }
    let stemmed = stem(americanize(spellingPairs[text] ?? text))
    // Step: a word that is a paraphrase only as an inflected verb ("backed", "backs"; a bare "back" is mostly
    // "went back") keeps its own stem when bare.
    let mapped =
      text == stemmed && ParaphraseLexicon.isParaphraseOnlyInflected(stemmed)
      ? stemmed : ParaphraseLexicon.representative(ofStem: stemmed)
    // Reporting verbs say who spoke, not what happened: like "said", they carry no claim.
    return Analysis(
      normalized: mapped, stem: stemmed, isStopWord: ParaphraseLexicon.isReporting(mapped), isFigure: false)
  }

  public static func normalize(_ word: String) -> String { analyze(word).normalized }

  /// A figure's normalised form ("Five" is "5"), or nil for any other word: `analyze` without the stemming, for
  /// collecting an article's figures.
  static func figure(_ word: String) -> String? { figure(folded: folded(word)) }

  private static func figure(folded text: String) -> String? {
    numberWords[text] ?? (text.unicodeScalars.first?.isDigit == true ? withoutThousandsSeparators(text) : nil)
  }

  /// The value of a whole number written as one word ("Thirty" is 30), nil for any other word.
  static func spelledNumber(_ word: String) -> Int? { numberWords[folded(word)].flatMap { Int($0) } }

  /// "1,200" and "1200" are one number: commas between groups of three digits are dropped. A comma before one,
  /// two or four digits ("1,5", a decimal comma) is left.
  static func withoutThousandsSeparators(_ number: String) -> String {
    guard number.utf8.contains(44) else { return number }
    let parts = number.split(separator: ",", omittingEmptySubsequences: false)
    let groups = parts.dropFirst().map { $0.prefix { $0 != "." } }
    guard (1...3).contains(parts[0].count), groups.allSatisfy({ $0.count == 3 }),
      parts.dropFirst().dropLast().allSatisfy({ !$0.contains(".") })
    else { return number }
    return parts.joined()
  }

  /// Lower case, curly apostrophes, diacritics and width folded, a possessive "'s" dropped.
  private static func folded(_ word: String) -> String {
    var text = word.lowercased()
    if !text.utf8.allSatisfy({ $0 < 0x80 }) { text = foldedApostrophes(text) }
    if text.hasSuffix("'s") { text.removeLast(2) }
    return text
  }

  /// Case, diacritics and apostrophe style folded, nothing else: for comparing exact wordings.
  public static func fold(_ word: String) -> String {
    let lower = word.lowercased()
    guard !lower.utf8.allSatisfy({ $0 < 0x80 }) else { return lower }
    return foldedApostrophes(lower)
  }

  /// Diacritics and width folded, and every mark a word's apostrophe is typed with written "'": a left quotation
  /// mark or a modifier letter inside a word is an apostrophe typed wrong ("Trump‘s" is "Trump's").
  private static func foldedApostrophes(_ word: String) -> String {
    // One pass over the scalars: this runs for every word that is not plain ASCII, in every article indexed.
    var scalars = String.UnicodeScalarView()
    for scalar in word.unicodeScalars { scalars.append(apostropheMarks.contains(scalar) ? "'" : scalar) }
    return String(scalars).folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil)
  }

  private static let apostropheMarks: Set<Unicode.Scalar> = ["’", "‘", "ʼ"]

  // MARK: - Spelling

  /// A folded word in American spelling ("programme" and "colour" are "program" and "color"): how a word is
  /// spelled is the outlet's style, not the speaker's words.
  static func spelledAlike(_ folded: String) -> String { americanize(spellingPairs[folded] ?? folded) }

  private static let spellingPairs: [String: String] = [
    "defence": "defense", "offence": "offense", "licence": "license", "programme": "program",
    "programmes": "programs", "centre": "center", "centres": "centers", "metre": "meter", "metres": "meters",
    "kilometre": "kilometer", "kilometres": "kilometers", "theatre": "theater", "travelled": "traveled",
    "travelling": "traveling", "cancelled": "canceled", "counselled": "counseled", "councillor": "councilor",
    "councillors": "councilors", "grey": "gray", "tyre": "tire", "cheque": "check", "whilst": "while",
    "amongst": "among", "sceptical": "skeptical", "aluminium": "aluminum", "storey": "story", "ageing": "aging",
    "judgement": "judgment", "enrol": "enroll", "fulfil": "fulfill", "manoeuvre": "maneuver",
  ]

  /// Regular British endings: -our (colour), -ise and its forms (normalise, organisation), -yse (analyse). The
  /// rest of the word must be long enough that the ending is a suffix: "raise", "raised" and "praise" keep theirs,
  /// so every form of a word changes alike or not at all.
  private static func americanize(_ word: String) -> String {
    guard word.count >= 6 else { return word }
    for (british, american, shortestBase) in [
      ("isation", "ization", 4), ("ising", "izing", 4), ("ised", "ized", 4), ("ises", "izes", 4), ("ise", "ize", 4),
      ("yse", "yze", 3), ("ysed", "yzed", 3), ("our", "or", 3), ("ours", "ors", 3), ("oured", "ored", 3),
    ] where word.hasSuffix(british) && word.count - british.count >= shortestBase {
      return String(word.dropLast(british.count)) + american
    }
    return word
  }

  // MARK: - Inflection

  /// A light stemmer: enough that "votes", "voted", "voting" and "vote" meet, not a linguistic analysis.
  /// Endings are removed, then a final "e" and a doubled final consonant, so every form lands on one stem.
  static func stem(_ word: String) -> String {
    guard word.count > 3, word.unicodeScalars.allSatisfy({ $0.isLetter }) else { return word }
    var stem = word
    if stem.hasSuffix("ies") && stem.count > 4 {
      stem = String(stem.dropLast(3)) + "y"
    } else if stem.hasSuffix("ing") && stem.count > 5 {
      stem.removeLast(3)
    } else if stem.hasSuffix("ed") && stem.count > 4 {
      stem.removeLast(2)
    } else if stem.hasSuffix("es") && stem.count > 4,
      ["s", "x", "z", "ch", "sh"].contains(where: { stem.dropLast(2).hasSuffix($0) })
    {
      stem.removeLast(2)
    } else if stem.hasSuffix("s") && !stem.hasSuffix("ss") && !stem.hasSuffix("us") && !stem.hasSuffix("is") {
      stem.removeLast()
    }
    if stem.hasSuffix("e") && stem.count > 3 { stem.removeLast() }
    let scalars = Array(stem.unicodeScalars)
    if scalars.count > 3, scalars[scalars.count - 1] == scalars[scalars.count - 2],
      !"aeioulsz".unicodeScalars.contains(scalars[scalars.count - 1])
    {
      stem.removeLast()
    }
    return stem
  }

  // MARK: - Numbers

  /// The tens from twenty, in order.
  static let tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

  private static let numberWords: [String: String] = {
    let units = [
      "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
      "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ]
    var words: [String: String] = [:]
    for (value, word) in units.enumerated() { words[word] = String(value) }
    for (index, word) in tens.enumerated() { words[word] = String((index + 2) * 10) }
    for (word, value) in [
      ("hundred", "100"), ("thousand", "1000"), ("million", "1000000"), ("billion", "1000000000"),
      ("trillion", "1000000000000"), ("dozen", "12"), ("half", "0.5"), ("third", "3rd"), ("quarter", "0.25"),
      ("decade", "10y"),
    ] {
      words[word] = value
    }
    return words
  }()
}
