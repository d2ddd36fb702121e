import Foundation

/// Reading the number itself: digits with their separators and decimals, number words ("two hundred and
/// five"), fractions, scale words ("1.2 billion") and ranges ("between 5 and 7").
extension NumberReader.Parser {
  struct Core {
    var value: Double
    var end: Int
    var decimals: Int?
    var isFraction = false
    var scale: Double = 1
    var currency: String?
    var isPlainInteger = false
  }

  func number(at index: Int) -> Core? {
    var core: Core
    if isDigits(index) {
      guard let digits = digitNumber(at: index) else { return nil }
      core = digits
    } else if let words = wordNumber(at: index) {
      core = words
    } else if let symbol = symbol(index), let fraction = NumberWords.vulgarFractions[Character(symbol)] {
      core = Core(value: fraction, end: index + 1, isFraction: true)
    } else {
      return nil
    }
    // Rule: "X out of Y", and "X over Y" when nothing follows it ("1 over 3.", but not "$2,000 over 3 years",
    // where "over" says how long): a ratio read as a fraction.
    let over = word(core.end) == "over"
    if core.currency == nil, let next = over ? core.end + 1 : phrase(["out", "of"], at: core.end),
      let denominator = isDigits(next) ? digitNumber(at: next) : wordNumber(at: next), denominator.value != 0,
      !over || denominator.end >= lexemes.count || symbol(denominator.end) != nil
    {
      core.value /= denominator.value
      core.end = denominator.end
      core.isFraction = true
      core.decimals = nil
      core.isPlainInteger = false
    }
    // Rule: "and a half", "and a quarter", "and two thirds" after a whole number.
    if word(core.end) == "and", let rest = andFraction(at: core.end + 1) {
      core.value += rest.value
      core.end = rest.end
      core.isPlainInteger = false
    }
    return core
  }

  /// Digits, with what is glued to them: a fraction ("3/4", "2 1/4", "2½"), a power ("1.1^23"), digits grouped
  /// by plain spaces in threes ("1 234 567"), a scale suffix ("10k", "1.2b", "2mil"), a currency code ("115USD").
  /// Digits glued to letters before them ("A4", "G7") are not a figure.
  func digitNumber(at index: Int) -> Core? {
    if index > 0 && glued(index) && word(index - 1) != nil { return nil }
    var text = lexemes[index].text
    var end = index + 1
    // Three-digit groups after plain spaces, at least two of them: "1 234 567" (one group could be two numbers).
    if text.count <= 3, text.allSatisfy(\.isNumber) {
      var groups = 0
      while isDigits(end + groups), lexemes[end + groups].text.count == 3,
        lexemes[end + groups].text.allSatisfy(\.isNumber), lexemes[end + groups].spaced
      {
        groups += 1
      }
      if groups >= 2 {
        text += (end..<(end + groups)).map { lexemes[$0].text }.joined()
        end += groups
      }
    }
    let mantissa = text.split(whereSeparator: { $0 == "e" || $0 == "E" }).first.map(String.init) ?? text
    guard var value = Double(text.filter { $0 != "," && $0 != "\u{00A0}" && $0 != "\u{202F}" && $0 != "\u{2009}" })
    else { return nil }
    let decimals = mantissa.split(separator: ".").dropFirst().first?.count ?? 0
    var core = Core(value: value, end: end, decimals: decimals)
    core.isPlainInteger = text.count == 4 && text.allSatisfy(\.isNumber)
    // A fraction: "3/4", "7 3 / 4", and a mixed number "2 1/4". A third slash is a date ("3/4/2020").
    if symbol(end) == "/", isDigits(end + 1), symbol(end + 2) != "/", let denominator = Double(lexemes[end + 1].text),
      denominator > 0, decimals == 0
    {
      value /= denominator
      core = Core(value: value, end: end + 2, decimals: nil, isFraction: true)
    } else if isDigits(end), lexemes[end].spaced, symbol(end + 1) == "/", isDigits(end + 2),
      let numerator = Double(lexemes[end].text), let denominator = Double(lexemes[end + 2].text),
      numerator < denominator, symbol(end + 3) != "/"
    {
      core = Core(value: value + (value < 0 ? -1 : 1) * numerator / denominator, end: end + 3, decimals: nil)
    } else if let symbol = symbol(end), glued(end), let fraction = NumberWords.vulgarFractions[Character(symbol)] {
      core = Core(value: value + fraction, end: end + 1, decimals: nil)
    } else if symbol(end) == "^", glued(end) {
      // A power: "1.1^23", "2.5^-1", "1.1^+23".
      var next = end + 1
      var negativeExponent = false
      while let sign = symbol(next), sign == "+" || sign == "-" {
        if sign == "-" { negativeExponent.toggle() }
        next += 1
      }
      guard isDigits(next), let exponent = Double(lexemes[next].text) else { return nil }
      core = Core(value: pow(value, negativeExponent ? -exponent : exponent), end: next + 1, decimals: nil)
    }
    // Letters glued after the digits: a scale suffix or a currency code, else no figure ("1990s", "5G", "3rd").
    if let suffix = word(core.end), glued(core.end) {
      if let scale = NumberReader.Lexicon.suffixScales[suffix] ?? NumberReader.Lexicon.scales[suffix] {
        core.scale = scale  // "10k", "£165.7million"
        core.end += 1
      } else if let currency = NumberReader.Lexicon.currencyCodes[suffix]
        ?? NumberReader.Lexicon.currencySymbols[suffix]
      {
        core.currency = currency  // "115USD", "100元"
        core.end += 1
      } else if !NumberReader.Lexicon.gluedUnits.contains(suffix) {
        return nil
      }
      core.isPlainInteger = false
    }
    return core
  }

  /// Number words: "fifty - two", "two thousand and two hundred", "a dozen", "half a dozen", "nine point nought
  /// four", "a hundred trillionths", "three quarters", "a fifth", "an hour" and "a mile" (one, before a time unit
  /// or a unit of measure).
  func wordNumber(at index: Int) -> Core? {
    guard let first = word(index) else { return nil }
    if first == "half" {
      // "half a dozen", "half an hour": a half of what follows; else "half" on its own.
      if let article = word(index + 1), article == "a" || article == "an" {
        if word(index + 2) == "dozen" { return Core(value: 6, end: index + 3) }
        if let unit = word(index + 2),
          NumberReader.Lexicon.timeUnits[unit] != nil || NumberReader.Lexicon.measuresReadWithArticle.contains(unit)
        {
          return Core(value: 0.5, end: index + 2)
        }
      }
      return Core(value: 0.5, end: index + 1, isFraction: true)
    }
    var start = index
    var article = false
    if first == "a" || first == "an" {
      guard let next = word(index + 1) else { return nil }
      // "an hour", "a mile": one of a time unit or a unit of measure, which the unit rule then reads; but
      // "£12.8m a year", "twice a week" and "$5 a gallon" say how often or how much for each, not how much.
      if (NumberReader.Lexicon.timeUnits[next] != nil && next != "seconds")
        || NumberReader.Lexicon.measuresReadWithArticle.contains(next)
      {
        let previous = index > 0 ? lexemes[index - 1] : nil
        let rate =
          previous.map { lexeme in
            lexeme.kind == .digits || NumberReader.Lexicon.suffixScales[lexeme.text] != nil
              || NumberReader.Lexicon.scales[lexeme.text] != nil
              || ["once", "twice", "times", "per"].contains(lexeme.text) || currencyWord(at: index - 1) != nil
          } ?? false
        return rate ? nil : Core(value: 1, end: index + 1)
      }
      guard
        NumberReader.Lexicon.scales[next] != nil || next == "hundred" || next == "dozen"
          || NumberReader.Lexicon.denominators[next] != nil
      else { return nil }
      article = true
      start = index + 1
    }
    var total = 0.0
    var current = 0.0
    var last: NumberReader.WordClass?
    var end = start
    var cursor = start
    while let word = word(cursor) {
      let kind = NumberReader.WordClass(word)
      var accepted = true
      switch kind {
      case .unit(let value):
        accepted = last == nil || last == .ten || last == .hundred || last == .big
        if accepted { current += value }
      case .teen(let value), .ten(let value):
        accepted = last == nil || last == .hundred || last == .big
        if accepted { current += value }
      case .hundred:
        accepted = last != .hundred
        if accepted { current = (current == 0 ? 1 : current) * 100 }
      case .big(let scale):
        accepted = true
        if current == 0 && total > 0 && last == .big {
          total *= scale  // "lakh crore"
        } else {
          total += (current == 0 ? 1 : current) * scale
          current = 0
        }
      case .dozen:
        accepted = last != nil && last != .dozen || cursor == start
        if accepted { current = (current == 0 ? 1 : current) * 12 }
      case .other:
        accepted = false
      }
      guard accepted else { break }
      last = kind.shape
      cursor += 1
      end = cursor
      // Joiners: a hyphen, spaced or not ("fifty - two"), and "and" after a scale ("one hundred and three").
      if let dash = symbol(cursor), dash == "-", let after = self.word(cursor + 1),
        NumberReader.WordClass(after).isUnitLike, last == .ten
      {
        cursor += 1
      } else if self.word(cursor) == "and", last == .hundred || last == .big,
        let after = self.word(cursor + 1), NumberReader.WordClass(after).isUnitLike,
        NumberReader.Lexicon.denominators[self.word(cursor + 2) ?? ""] == nil
      {
        cursor += 1
      }
    }
    var value = total + current
    var decimals: Int? = nil
    if end == start {
      // No number word: "a fifth", "a quarter" with the article as the one.
      guard article else { return nil }
      value = 1
    }
    // Rule: decimals spoken digit by digit after "point": "five point five", "two hundred point zero three".
    if end > start, self.word(end) == "point" {
      var digits = ""
      var cursor = end + 1
      while let word = word(cursor) {
        let kind = NumberReader.WordClass(word)
        if case .unit(let digit) = kind {
          digits += String(Int(digit))
        } else if case .ten(let tens) = kind,
          case .unit(let unit)? = self.word(cursor + 2).map(NumberReader.WordClass.init),
          symbol(cursor + 1) == "-"
        {
          digits += String(Int(tens + unit))
          cursor += 2
        } else if case .teen(let teen) = kind {
          digits += String(Int(teen))
        } else if case .ten(let tens) = kind {
          digits += String(Int(tens))
        } else {
          break
        }
        cursor += 1
      }
      if !digits.isEmpty, let fraction = Double("0." + digits) {
        value += fraction
        decimals = digits.count
        end = cursor
      }
    }
    var core = Core(value: value, end: end, decimals: decimals)
    // Rule: a denominator after the number: "three quarters", "two-thirds", "five eighths", "a fifth".
    var next = end
    if symbol(next) == "-", end > start { next += 1 }  // "two-thirds", "five - eighths"
    if let (denominator, plural, after) = denominator(at: next) {
      let single = value == 1
      let articleAlone = article && end == start
      // A singular ordinal is a fraction only after "one" or "a", and after "a" only where it ends the phrase:
      // "a fifth of", but not "a third term".
      let endsPhrase =
        after >= lexemes.count || symbol(after) != nil || ["of", "and", "or"].contains(word(after) ?? "")
      if plural || (single && (!articleAlone || endsPhrase)) {
        core.value = value / denominator
        core.end = after
        core.isFraction = true
        core.decimals = nil
      } else if end == start {
        return nil
      }
    } else if end == start {
      return nil
    }
    return core
  }

  /// A fraction word at `index`: "third", "quarters", "hundredth", "twenty-first"; its denominator, whether it
  /// is plural, and the index after it.
  func denominator(at index: Int) -> (Double, Bool, Int)? {
    guard let word = word(index) else { return nil }
    if let value = NumberReader.Lexicon.denominators[word] { return (value, word.hasSuffix("s"), index + 1) }
    // "twenty-first", "twenty firsts"
    if case .ten(let tens) = NumberReader.WordClass(word) {
      var next = index + 1
      if symbol(next) == "-" { next += 1 }
      if let unit = self.word(next), let value = NumberReader.Lexicon.unitOrdinals[unit] {
        return (tens + value, unit.hasSuffix("s"), next + 1)
      }
    }
    return nil
  }

  /// "a half", "a quarter", "two thirds" after "and".
  func andFraction(at index: Int) -> Core? {
    if let article = word(index), article == "a" || article == "an", let (value, _, end) = denominator(at: index + 1) {
      return Core(value: 1 / value, end: end, isFraction: true)
    }
    guard let fraction = wordNumber(at: index), fraction.isFraction else { return nil }
    return fraction
  }

  /// Where the next part of a figure written in parts starts: after "and", a comma, or both ("11 hours, and 23
  /// minutes").
  func joined(after index: Int) -> Int {
    var index = index
    if symbol(index) == "," { index += 1 }
    if word(index) == "and" { index += 1 }
    return index
  }

  /// A duration in a smaller unit after one in `unit`: "and 23 minutes" after "11 hours". Its value in `unit`s,
  /// the smaller unit, and the index after it.
  func smallerDuration(at index: Int, than unit: String) -> (Double, String, Int)? {
    guard let more = number(at: index),
      case (.duration(let name, let factor)?, _, let next)? = unitAfter(at: more.end),
      NumberReader.Lexicon.seconds(per: name) < NumberReader.Lexicon.seconds(per: unit)
    else { return nil }
    return (
      more.value * factor * NumberReader.Lexicon.seconds(per: name) / NumberReader.Lexicon.seconds(per: unit), name,
      next
    )
  }

  func pointFraction(at index: Int) -> (Double, Int)? {
    var index = index
    if word(index) == "a" { index += 1 }
    guard let word = word(index), let value = ["quarter": 0.25, "half": 0.5][word], symbol(index + 1) == "-"
    else { return nil }
    if self.word(index + 2) == "point" { return (value, index + 3) }
    if self.word(index + 2) == "percentage", symbol(index + 3) == "-", self.word(index + 4) == "point" {
      return (value, index + 5)
    }
    return nil
  }
}
