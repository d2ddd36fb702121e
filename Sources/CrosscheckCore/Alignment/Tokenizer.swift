/// Splits text into word tokens with byte ranges. A word is a run of letters and digits, joined across an inner
/// apostrophe ("Nato's", or typed as a left quotation mark: "Nato‘s"), hyphen ("US-mediated" stays two words), or
/// a decimal point or thousands separator between digits ("1,200", "2.5").
public enum Tokenizer {
  public static func tokens(in text: String, range: Range<Int>) -> [Token] {
    var tokens: [Token] = []
    var lastContent: Int?
    var previousEnd: Int?
    let utf8 = text.utf8
    figureWords(in: text, range: range) { wordRange, word in
      var analysis = Normalizer.analyze(word)
      if analysis.isStopWord, let last = lastContent, last == tokens.count - 1,
        let phrase = ParaphraseLexicon.phrase(tokens[last].normalized, particle: analysis.normalized)
      {
        tokens[last].normalized = phrase
      }
      // Step: "not guilty" is "acquitted", and its "not" negates nothing (`ParaphraseLexicon.afterNot`).
      if !analysis.isStopWord, let last = tokens.indices.last, tokens[last].normalized == ParaphraseLexicon.not,
        let meaning = ParaphraseLexicon.afterNot(analysis.normalized)
      {
        let afterPlea = last > 0 && ParaphraseLexicon.pleas.contains(tokens[last - 1].normalized)
        analysis.normalized = afterPlea ? ParaphraseLexicon.pleaOfNotGuilty : meaning
        tokens[last].normalized = Self.spentNegation
      }
      if !analysis.isStopWord { lastContent = analysis.isFigure ? nil : tokens.count }
      let isCapitalized = word.unicodeScalars.first?.properties.isUppercase ?? false
      let followsBreak =
        isCapitalized && (previousEnd.map { Self.partsWords(utf8, between: $0, and: wordRange.lowerBound) } ?? true)
      previousEnd = wordRange.upperBound
      tokens.append(
        Token(
          range: wordRange, normalized: analysis.normalized, stem: analysis.stem, isFigure: analysis.isFigure,
          isStopWord: analysis.isStopWord, isCapitalized: isCapitalized, acronym: Acronyms.letters(of: word),
          followsBreak: followsBreak))
    }
    markFigureUnits(&tokens)
    markPostures(&tokens)
    CalendarWords.readMonthsBeforeDays(&tokens)
    return tokens
  }

  /// Whether the text between two words holds punctuation that parts them (`Token.followsBreak`): a comma,
  /// semicolon, colon, stop, bracket or dash; a lone hyphen joins ("Jean-Pierre"), quotation marks do not part
  /// ("Sean "Diddy" Combs").
  static func partsWords(_ utf8: String.UTF8View, between end: Int, and start: Int) -> Bool {
    guard start > end else { return false }
    let gap = utf8[utf8.index(utf8.startIndex, offsetBy: end)..<utf8.index(utf8.startIndex, offsetBy: start)]
    // "—" and "–" are E2 80 94 and E2 80 93 in UTF-8; their last bytes stand for them.
    return gap.contains { parting.contains($0) } || (gap.count > 1 && gap.contains(UInt8(ascii: "-")))
  }

  private static let parting: Set<UInt8> = Set(",;:.!?()[]".utf8).union([0x93, 0x94])

  /// Step: a change verb that moves a body ("dropped to his knees", "rose to their feet", "fell to the ground")
  /// keeps its own stem: it tells a movement, not a quantity that rose or fell, and read as an outcome it had
  /// kept a span that tells the same scene ("knelt and appeared to say a prayer") from carrying the claim.
  static func markPostures(_ tokens: inout [Token]) {
    for index in tokens.indices where changeVerbs.contains(tokens[index].normalized) {
      var at = index + 1
      guard at < tokens.count, tokens[at].normalized == "to" else { continue }
      at += 1
      if at < tokens.count, postureDeterminers.contains(tokens[at].normalized) { at += 1 }
      if at < tokens.count, postures.contains(tokens[at].stem) { tokens[index].normalized = tokens[index].stem }
    }
  }

  private static let changeVerbs: Set<String> = Set(["rise", "fall"].map(Normalizer.normalize))
  private static let postureDeterminers: Set<String> = ["his", "her", "their", "its", "the", "my", "our", "your"]
  private static let postures: Set<String> = Set(
    ["knees", "feet", "ground", "floor"].map { Normalizer.analyze($0).stem })

  /// A rate's unit after its figure ("75 basis points", "0.75 percentage points", "75 bps", "three quarters of a
  /// point") is the figure's and no word of the claim: the figures are compared by value, in their units, by the
  /// figure check, and the wordings must align for it to see them.
  static func markFigureUnits(_ tokens: inout [Token]) {
    for index in tokens.indices.dropFirst() where tokens[index - 1].isFigure {
      var at = index
      // A fraction and its "of a" belong to the figure: "three quarters of a percentage point".
      let fraction = fractionWords.contains(tokens[at].normalized) ? [at] : []
      at += fraction.count
      let ofA = at + 1 < tokens.count && tokens[at].normalized == "of" && tokens[at + 1].normalized == "a"
      if ofA { at += 2 }
      guard at < tokens.count else { continue }
      let unit: [Int]
      if rateUnits.contains(tokens[at].normalized) || (ofA && tokens[at].normalized == point) {
        unit = [at]
      } else if rateUnitLeaders.contains(tokens[at].normalized), at + 1 < tokens.count,
        tokens[at + 1].normalized == point
      {
        unit = [at, at + 1]
      } else {
        continue
      }
      for word in fraction + unit { tokens[word].isStopWord = true }
    }
  }

  private static let rateUnits: Set<String> = Set(["bp", "bps", "pp"].map(Normalizer.normalize))
  private static let rateUnitLeaders: Set<String> = Set(["basis", "percentage"].map(Normalizer.normalize))
  private static let fractionWords: Set<String> = Set(["quarters", "halves", "thirds"].map(Normalizer.normalize))
  private static let point = Normalizer.normalize("points")

  /// The content terms of a range, in order, without building tokens: the indexing fast path. `memo` remembers
  /// each distinct word's term (0 for words that are not content), since news vocabulary repeats heavily.
  /// A phrase's particle ("call for") is looked up only after a word that can start a phrase, so the memo holds
  /// plain terms and the rare phrase costs one more analysis.
  static func contentTerms(in text: String, range: Range<Int>, memo: inout [String: Term]) -> [Term] {
    var terms: [Term] = []
    var previous: (word: String, term: Term)?
    var previousWasNot = false
    // Whether the content word before that "not" was a plea's (`ParaphraseLexicon.pleas`).
    var notAfterPlea = false
    words(in: text, range: range) { _, word in
      let term: Term
      if let known = memo[word] {
        term = known
      } else {
        let analysis = Normalizer.analyze(word)
        term = analysis.isFigure || analysis.isStopWord ? 0 : Token.hash(analysis.normalized)
        memo[word] = term
      }
      if term != 0 {
        let afterNot = previousWasNot ? ParaphraseLexicon.termsAfterNot[term] : nil
        terms.append(afterNot.map { notAfterPlea ? ParaphraseLexicon.pleaOfNotGuiltyTerm : $0 } ?? term)
        previous = (word, term)
        previousWasNot = false
      } else {
        previousWasNot = word.utf8.count == 3 && word.lowercased() == ParaphraseLexicon.not
        notAfterPlea = previousWasNot && previous.map { ParaphraseLexicon.pleaTerms.contains($0.term) } == true
        // Only the word right after a phrase's start can be its particle.
        if let (first, firstTerm) = previous, Self.phraseStarts.contains(firstTerm),
          let phrase = ParaphraseLexicon.phrase(
            Normalizer.analyze(first).normalized, particle: Normalizer.analyze(word).normalized)
        {
          terms[terms.count - 1] = Token.hash(phrase)
        }
        previous = nil
      }
    }
    return terms
  }

  /// What a "not" that `ParaphraseLexicon.afterNot` has read with the word after it becomes: a stop word that
  /// negates nothing.
  static let spentNegation = "not·"

  /// The terms of words that can start a phrase.
  private static let phraseStarts: Set<Term> = Set(ParaphraseLexicon.phraseStarts.map(Token.hash))

  /// `words`, for alignment's comparisons of figures: a figure's scale suffix taken as its own word, written out
  /// ("1.2bn" is "1.2" and "billion": `ScaleSuffixes`), and a number written in words with a hyphen taken as one
  /// ("Thirty-four" is "34", as a sentence's first figure is spelt out).
  static func figureWords(in text: String, range: Range<Int>, _ body: (Range<Int>, String) -> Void) {
    // A tens word is held back until the next word shows whether the two are one number.
    var tens: (range: Range<Int>, word: String, value: Int)?
    let utf8 = text.utf8
    words(in: text, range: range) { wordRange, word in
      if let held = tens {
        tens = nil
        if wordRange.lowerBound == held.range.upperBound + 1,
          utf8[utf8.index(utf8.startIndex, offsetBy: held.range.upperBound)] == UInt8(ascii: "-"),
          let units = Normalizer.spelledNumber(word), (1...9).contains(units)
        {
          return body(held.range.lowerBound..<wordRange.upperBound, String(held.value + units))
        }
        body(held.range, held.word)
      }
      // "forty" to "seventy": five to seven letters, so most words are passed over before they are hashed.
      if (5...7).contains(word.utf8.count), let value = tensWords[word] {
        tens = (wordRange, word, value)
        return
      }
      // A word with padding inside (an inline tag removed: "£<b>4</b>m") is left whole, its bytes being no
      // longer the text's.
      guard wordRange.count == word.utf8.count, let (length, scale) = ScaleSuffixes.split(word) else {
        return body(wordRange, word)
      }
      let cut = wordRange.lowerBound + length
      body(wordRange.lowerBound..<cut, String(decoding: word.utf8.prefix(length), as: UTF8.self))
      body(cut..<wordRange.upperBound, scale)
    }
    if let held = tens { body(held.range, held.word) }
  }

  /// "twenty" to "ninety" as written in running text, a heading or capitals: looked up as written, since folding
  /// every word on the alignment's hot path to find these eight cost more than the lookup.
  private static let tensWords: [String: Int] = {
    var table: [String: Int] = [:]
    for (index, word) in Normalizer.tens.enumerated() {
      for written in [word, word.prefix(1).uppercased() + word.dropFirst(), word.uppercased()] {
        table[written] = (index + 2) * 10
      }
    }
    return table
  }()

  /// Calls `body` with each word's byte range and text. Works on UTF-8 bytes, decoding only non-ASCII
  /// characters, and skips padding bytes as if they were not there.
  static func words(in text: String, range: Range<Int>, _ body: (Range<Int>, String) -> Void) {
    var text = text
    text.withUTF8 { bytes in
      let end = min(range.upperBound, bytes.count)
      var index = max(0, range.lowerBound)
      while index < end {
        let (scalar, width) = Unicode.Scalar.decoded(bytes, at: index)
        guard isWordScalar(scalar) else {
          index += width
          continue
        }
        let start = index
        var previous = scalar
        index += width
        while index < end {
          let (next, nextWidth) = Unicode.Scalar.decoded(bytes, at: index)
          if next == ProseText.paddingScalar {
            index += nextWidth
          } else if isWordScalar(next) {
            previous = next
            index += nextWidth
          } else {
            var after = index + nextWidth
            while after < end && bytes[after] == ProseText.paddingByte { after += 1 }
            guard after < end, joins(previous, next, Unicode.Scalar.decoded(bytes, at: after).scalar) else { break }
            index = after
          }
        }
        var stop = index
        while stop > start && bytes[stop - 1] == ProseText.paddingByte { stop -= 1 }
        let slice = UnsafeBufferPointer(rebasing: bytes[start..<stop])
        let word =
          slice.contains(ProseText.paddingByte)
          ? String(decoding: slice.filter { $0 != ProseText.paddingByte }, as: UTF8.self)
          : String(decoding: slice, as: UTF8.self)
        // A currency's country letters run into its sign ("US$5", "HK$", "A$") are the figure's, not a name.
        let isCurrencyPrefix =
          index < end && bytes[index] == UInt8(ascii: "$") && stop - start <= 3
          && bytes[start..<stop].allSatisfy(isCapital)
        if !isCurrencyPrefix { body(start..<stop, word) }
      }
    }
  }

  static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
      let value = scalar.value
      return (48...57).contains(value) || (65...90).contains(value) || (97...122).contains(value)
    }
    let properties = scalar.properties
    return properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark
      || properties.generalCategory == .spacingMark
  }

  private static func isCapital(_ byte: UInt8) -> Bool { (65...90).contains(byte) }

  private static func joins(_ before: Unicode.Scalar, _ joiner: Unicode.Scalar, _ after: Unicode.Scalar) -> Bool {
    switch joiner {
    case "'", "’", "‘": return isWordScalar(before) && isWordScalar(after)
    case ".", ",": return before.isDigit && after.isDigit
    default: return isMojibakeLetter(lead: before, joiner)
    }
  }

  /// Step: an accented letter written as UTF-8 and read back as Latin-1 ("TrÃ©vidic" for "Trévidic") is two
  /// characters, a capital "Ã", "Ä" or "Å" and a sign between U+00A0 and U+00BF, and the sign splits the word:
  /// a speaker's name came out as "TrÃ" and "vidic", and the quote it credits as unattributed. Scraped copy
  /// carries such pairs (13 of PolNeAR's 840 training articles, where the capital is decomposed, an "A" and its
  /// combining tilde, diaeresis or ring); a real sign after one of those capitals, inside a word, does not occur in
  /// any language's text.
  static func isMojibakeLetter(lead: Unicode.Scalar, _ sign: Unicode.Scalar) -> Bool {
    // The sign first: it is asked of every character that ends a word, nearly all of them ASCII.
    (0xA0...0xBF).contains(sign.value) && mojibakeLeads.contains(lead.value)
  }

  private static let mojibakeLeads: Set<UInt32> = [0xC3, 0xC4, 0xC5, 0x303, 0x308, 0x30A]
}
