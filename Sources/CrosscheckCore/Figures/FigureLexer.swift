/// Cuts a stretch of prose into the pieces figures are read from: runs of digits (with their grouping, decimal
/// point and exponent), words, and single symbols, each with its byte range and whether white space came before
/// it. Hand-written because it runs on every sentence of every draft and source.
struct FigureLexer {
  enum Kind: Equatable { case digits, word, symbol }

  struct Lexeme: Equatable {
    var kind: Kind
    /// Digits as written ("1,200", "0.5", "1.3e6"), a word in lower case, or the symbol itself.
    var text: String
    var range: Range<Int>
    /// White space stands between this lexeme and the one before (or it starts the text).
    var spaced: Bool
    /// A word written with a capital first letter ("Rand" in "Rand Paul").
    var isCapitalized = false
  }

  static func lexemes(_ text: String) -> [Lexeme] {
    var scalars: [Unicode.Scalar] = []
    var offsets: [Int] = []
    var offset = 0
    for scalar in text.unicodeScalars {
      scalars.append(scalar)
      offsets.append(offset)
      offset += UTF8.width(scalar)
    }
    offsets.append(offset)
    var result: [Lexeme] = []
    var index = 0
    var spaced = true
    func emit(_ kind: Kind, _ start: Int, _ end: Int, lowercased: Bool = false) {
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars[start..<end])
      let piece = String(view)
      result.append(
        Lexeme(
          kind: kind, text: lowercased ? piece.lowercased() : piece, range: offsets[start]..<offsets[end],
          spaced: spaced, isCapitalized: kind == .word && scalars[start].properties.isUppercase))
      spaced = false
    }
    // ASCII digits only: other numerals ("½", "²", other scripts' digits) are not read as figures.
    func isDigit(_ at: Int) -> Bool { at < scalars.count && (48...57).contains(scalars[at].value) }
    func isGroupSpace(_ scalar: Unicode.Scalar) -> Bool {
      scalar == "\u{00A0}" || scalar == "\u{202F}" || scalar == "\u{2009}"
    }
    while index < scalars.count {
      let scalar = scalars[index]
      if scalar.isSpace || isGroupSpace(scalar) {
        spaced = true
        index += 1
      } else if isDigit(index) || (scalar == "." && isDigit(index + 1) && !(index > 0 && isDigit(index - 1))) {
        let start = index
        index += 1
        while index < scalars.count {
          if isDigit(index) {
            index += 1
          } else if scalars[index] == "," && (1...3).allSatisfy({ isDigit(index + $0) }) && !isDigit(index + 4) {
            // Thousands are grouped in threes: "22,24,26" is a list, not a number.
            index += 4
          } else if scalars[index] == "." && isDigit(index + 1) {
            index += 2
          } else if isGroupSpace(scalars[index]) && (1...3).allSatisfy({ isDigit(index + $0) })
            && !isDigit(index + 4)
          {
            // "40 000" with a no-break or thin space: European grouping, never a plain space.
            index += 4
          } else {
            break
          }
        }
        // An exponent: "1.3e6", "12.32e+14", "-12e-1".
        if index < scalars.count, scalars[index] == "e" || scalars[index] == "E" {
          var end = index + 1
          if end < scalars.count, scalars[end] == "+" || scalars[end] == "-" { end += 1 }
          if isDigit(end) {
            while isDigit(end) { end += 1 }
            if end >= scalars.count || !scalars[end].isLetter { index = end }
          }
        }
        emit(.digits, start, index)
      } else if scalar.isLetter {
        let start = index
        index += 1
        while index < scalars.count {
          if scalars[index].isLetter || scalars[index].properties.generalCategory == .nonspacingMark {
            index += 1
          } else if (scalars[index] == "'" || scalars[index] == "’") && index + 1 < scalars.count
            && scalars[index + 1].isLetter
          {
            index += 2
          } else {
            break
          }
        }
        emit(.word, start, index, lowercased: true)
      } else {
        emit(.symbol, index, index + 1)
        index += 1
      }
    }
    return result
  }
}
