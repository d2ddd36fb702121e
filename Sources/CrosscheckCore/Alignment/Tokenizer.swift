/// Splits text into word tokens with byte ranges. A word is a run of letters and digits, joined across an inner
/// apostrophe ("Nato's"), hyphen ("US-mediated" stays two words), or a decimal point or thousands separator
/// between digits ("1,200", "2.5").
public enum Tokenizer {
  public static func tokens(in text: String, range: Range<Int>) -> [Token] {
    let run = ScalarRun(text, range)
    let scalars = run.scalars
    var tokens: [Token] = []
    var index = 0
    while index < scalars.count {
      guard isWordScalar(scalars[index]) else {
        index += 1
        continue
      }
      let start = index
      index += 1
      while index < scalars.count {
        if isWordScalar(scalars[index]) {
          index += 1
        } else if index + 1 < scalars.count, joins(scalars[index - 1], scalars[index], scalars[index + 1]) {
          index += 2
        } else {
          break
        }
      }
      var word = String.UnicodeScalarView()
      word.append(contentsOf: scalars[start..<index])
      let analysis = Normalizer.analyze(String(word))
      tokens.append(
        Token(
          range: run.offsets[start]..<run.offsets[index], normalized: analysis.normalized,
          isFigure: analysis.isFigure, isStopWord: analysis.isStopWord))
    }
    return tokens
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

  private static func joins(_ before: Unicode.Scalar, _ joiner: Unicode.Scalar, _ after: Unicode.Scalar) -> Bool {
    switch joiner {
    case "'", "’": return isWordScalar(before) && isWordScalar(after)
    case ".", ",": return before.properties.numericType != nil && after.properties.numericType != nil
    default: return false
    }
  }
}
