import Foundation

/// Reads the numeric expressions of a stretch of prose from its lexemes: a qualifier, a sign, a currency, the
/// number in digits or words (with fractions, decimals spoken as "point", scales, dozens, lakh and crore), a
/// second number for a range, a scale and a unit. Each step is a named rule below; `FigureExtractor` turns a
/// reading into a `Figure`.
struct NumberReading {
  var range: Range<Int>
  var value: Double
  /// The other end of a range ("10 to 12"), with the word or dash that joined them.
  var second: Double?
  var connector: String?
  var qualifier: String?
  var currency: String?
  var unit: FigureUnit?
  /// Decimals written after the point; nil when the number is exact as written (words, fractions).
  var decimals: Int?
  /// The written precision in the reading's unit when decimals cannot say it: "11 hours and 23 minutes" is exact
  /// to half a minute, in hours.
  var precision: Double?
  /// The multiplier a scale word or suffix applied ("1.2 billion": 1e9).
  var scale: Double = 1
  var isFraction = false
  /// Written as a bare integer of four digits, no scale or unit: maybe a year.
  var isPlainInteger = false

  /// Makes the reading a range up to `value`, written with `connector` and `decimals` of its own.
  mutating func extend(to value: Double, decimals: Int?, connector: String) {
    second = value
    self.connector = connector
    self.decimals = max(self.decimals ?? 0, decimals ?? 0)
  }
}

/// What a figure's number is counted in.
enum FigureUnit: Equatable {
  case percent
  case percentagePoints
  /// Hundredths of a percentage point.
  case basisPoints
  /// Hundredths of the currency: cents, pence.
  case hundredths
  /// A time unit, normalised by `FigureExtractor`: its name and how many of it the word stands for ("fortnight":
  /// 2 weeks).
  case duration(String, Double)
  /// Someone's age in a time unit: "a 25-year-old captain", "Combs, who is 55 years old".
  case age(String, Double)
  /// A unit of measure by its name in `FigureVocabulary.measuresByName`: "metre", "mile per hour", "square
  /// kilometre".
  case measure(String)
}

enum NumberReader {
  typealias Lexeme = FigureLexer.Lexeme
  typealias Lexicon = FigureVocabulary

  static func readings(_ lexemes: [Lexeme]) -> [NumberReading] {
    var result: [NumberReading] = []
    var index = 0
    while index < lexemes.count {
      if let (reading, next) = Parser(lexemes: lexemes).read(at: index) {
        // Rule: a number run into more by a point ("two.1%") is a typo, left unread rather than guessed at.
        let runOn =
          next < lexemes.count && !lexemes[next].spaced
          && ((lexemes[next].kind == .digits && lexemes[next].text.hasPrefix("."))
            || (next + 1 < lexemes.count && lexemes[next].text == "." && !lexemes[next + 1].spaced
              && lexemes[next + 1].kind != .symbol))
        if !runOn { result.append(reading) }
        index = next
      } else {
        index += 1
      }
    }
    return result
  }

  struct Parser {
    let lexemes: [Lexeme]

    func word(_ index: Int) -> String? {
      index < lexemes.count && lexemes[index].kind == .word ? lexemes[index].text : nil
    }
    func symbol(_ index: Int) -> String? {
      index < lexemes.count && lexemes[index].kind == .symbol ? lexemes[index].text : nil
    }
    func isDigits(_ index: Int) -> Bool { index < lexemes.count && lexemes[index].kind == .digits }
    func glued(_ index: Int) -> Bool { index < lexemes.count && !lexemes[index].spaced }

    /// A range's connector at `index` and its second number: right after the connector, or after the currency
    /// the first number was given in.
    func rangeEnd(at index: Int, currency: String?) -> (connector: String, number: Core)? {
      guard let connector = word(index) ?? symbol(index), ["-", "–", "—", "to", "and"].contains(connector) else {
        return nil
      }
      var start = index + 1
      if let currency, let (repeated, next) = currencyBefore(at: start) {
        guard repeated == currency else { return nil }
        start = next
      }
      return number(at: start).map { (connector, $0) }
    }

    /// The index after the same scale words as `scale` written at `index`, or nil.
    func sameScale(after index: Int, as scale: [Lexeme]) -> Int? {
      guard index + scale.count <= lexemes.count,
        zip(lexemes[index..<index + scale.count], scale).allSatisfy({ $0.text == $1.text })
      else { return nil }
      return index + scale.count
    }

    /// Where the number starts after "±" or "+/-" at `index`, when digits follow.
    func marginSigns(at index: Int) -> Int? {
      if symbol(index) == "±", isDigits(index + 1) { return index + 1 }
      guard symbol(index) == "+", symbol(index + 1) == "/", let dash = symbol(index + 2),
        ["-", "–", "−"].contains(dash),
        isDigits(index + 3)
      else { return nil }
      return index + 3
    }

    /// A run of words at `index` equal to `phrase` ("at least"); the index after it.
    func phrase(_ phrase: [String], at index: Int) -> Int? {
      for (offset, expected) in phrase.enumerated() where word(index + offset) != expected { return nil }
      return index + phrase.count
    }

    func read(at start: Int) -> (NumberReading, Int)? {
      var index = start
      var reading = NumberReading(range: 0..<0, value: 0)
      // Rule: qualifier ("at least", "about", "between").
      if let (qualifier, next) = Lexicon.qualifiers.lazy.compactMap({ words in
        phrase(words, at: index).map { (words.joined(separator: " "), $0) }
      }).first {
        reading.qualifier = qualifier
        index = next
      }
      // Rule: a margin on both sides written in signs ("+/-3", "±3") is the margin's size, as "plus or minus"
      // (`FigureVocabulary.qualifiers`) is: not a sign.
      if reading.qualifier == nil, let margin = marginSigns(at: index) {
        reading.qualifier = "plus or minus"
        index = margin
      }
      // Rule: sign, in words ("minus five") or a dash right before digits ("-1", "- 1 4/5").
      var negative = false
      if let word = word(index), word == "minus" || word == "negative" {
        negative = true
        index += 1
      }
      // Rule: currency before the number ("$", "US$", "C$ 100", "EUR 5", "USD15").
      if let (currency, next) = currencyBefore(at: index) {
        reading.currency = currency
        index = next
      }
      if !negative, let sign = symbol(index), sign == "-" || sign == "−", isDigits(index + 1),
        index == 0 || lexemes[index].spaced || symbol(index - 1) != nil,
        !(index > 0 && isDigits(index - 1) && !lexemes[index].spaced)
      {
        negative = true
        index += 1
      }
      // Rule: "a quarter-point", "half-point": fractions of a percentage point, as rate news writes them.
      if let (value, next) = pointFraction(at: index) {
        reading.value = value
        reading.unit = .percentagePoints
        reading.range = lexemes[start].range.lowerBound..<lexemes[next - 1].range.upperBound
        return (reading, next)
      }
      guard var core = number(at: index) else { return nil }
      if negative { core.value = -core.value }
      reading.value = core.value
      reading.decimals = core.decimals
      reading.isFraction = core.isFraction
      reading.scale = core.scale
      reading.currency = reading.currency ?? core.currency
      index = core.end
      // Rule: a range's second number ("10 to 12", "€5-6bn", "between two and three"), its currency written
      // again when the first's was ("between $2,500 and $5,000").
      if let (connector, second) = rangeEnd(at: index, currency: reading.currency) {
        reading.extend(to: second.value, decimals: second.decimals, connector: connector)
        if second.scale != 1 { reading.scale = second.scale }
        reading.currency = reading.currency ?? second.currency
        index = second.end
      }
      // Rule: scale word after the number ("1.2 billion", "13 lakh", "three lakh crore", "3 dozens").
      let unscaled = index
      while let (scale, next) = scaleAfter(at: index, hasCurrency: reading.currency != nil) {
        reading.scale *= scale
        index = next
      }
      // Rule: a range whose numbers each carry the scale ("between $5 million and $7 million").
      if reading.second == nil, index > unscaled,
        let (connector, second) = rangeEnd(at: index, currency: reading.currency),
        second.scale == 1, let end = sameScale(after: second.end, as: Array(lexemes[unscaled..<index]))
      {
        reading.extend(to: second.value, decimals: second.decimals, connector: connector)
        index = end
      }
      // Rule: unit after the number.
      if let (unit, currency, next) = unitAfter(at: index) {
        reading.unit = unit
        reading.currency = reading.currency ?? currency
        index = next
        if case .duration(let name, _) = unit {
          if let next = phrase(["and", "a", "half"], at: index) {
            reading.value += 0.5  // "an hour and a half"
            index = next
          } else if let (more, smaller, next) = smallerDuration(at: joined(after: index), than: name) {
            reading.value += more  // "11 hours and 23 minutes", "11 hours, 23 minutes"
            reading.precision = 0.5 * Lexicon.seconds(per: smaller) / Lexicon.seconds(per: name)
            index = next
          }
        }
        if case .measure("foot") = unit, let (inches, next) = inchesAfterFeet(at: index) {
          reading.value += inches / 12  // "5-foot-11", "6 feet 2 inches"
          reading.precision = 0.5 / 12
          index = next
        }
      } else if reading.currency == nil, let (currency, next) = currencyAfter(at: index) {
        reading.currency = currency
        index = next
      }
      // Rule: cents after whole units: "3 dollars 50 cents", "thirteen dollars and forty-five cents".
      if reading.currency != nil, reading.unit == nil, reading.second == nil {
        let start = word(index) == "and" ? index + 1 : index
        if let cents = number(at: start), case (.hundredths, _, let next)? = unitAfter(at: cents.end) {
          reading.value += cents.value / 100 / reading.scale
          reading.decimals = 2
          index = next
        }
      }
      reading.isPlainInteger =
        core.isPlainInteger && reading.scale == 1 && reading.unit == nil && reading.currency == nil
        && reading.second == nil
      reading.range = lexemes[start].range.lowerBound..<lexemes[index - 1].range.upperBound
      return (reading, index)
    }

    // MARK: - The number itself

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
        if let scale = Lexicon.suffixScales[suffix] ?? Lexicon.scales[suffix] {
          core.scale = scale  // "10k", "£165.7million"
          core.end += 1
        } else if let currency = Lexicon.currencyCodes[suffix] ?? Lexicon.currencySymbols[suffix] {
          core.currency = currency  // "115USD", "100元"
          core.end += 1
        } else if !Lexicon.gluedUnits.contains(suffix) {
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
            Lexicon.timeUnits[unit] != nil || Lexicon.measuresReadWithArticle.contains(unit)
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
        if (Lexicon.timeUnits[next] != nil && next != "seconds") || Lexicon.measuresReadWithArticle.contains(next) {
          let previous = index > 0 ? lexemes[index - 1] : nil
          let rate =
            previous.map { lexeme in
              lexeme.kind == .digits || Lexicon.suffixScales[lexeme.text] != nil || Lexicon.scales[lexeme.text] != nil
                || ["once", "twice", "times", "per"].contains(lexeme.text) || currencyWord(at: index - 1) != nil
            } ?? false
          return rate ? nil : Core(value: 1, end: index + 1)
        }
        guard Lexicon.scales[next] != nil || next == "hundred" || next == "dozen" || Lexicon.denominators[next] != nil
        else { return nil }
        article = true
        start = index + 1
      }
      var total = 0.0
      var current = 0.0
      var last: WordClass?
      var end = start
      var cursor = start
      while let word = word(cursor) {
        let kind = WordClass(word)
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
          WordClass(after).isUnitLike, last == .ten
        {
          cursor += 1
        } else if self.word(cursor) == "and", last == .hundred || last == .big,
          let after = self.word(cursor + 1), WordClass(after).isUnitLike,
          Lexicon.denominators[self.word(cursor + 2) ?? ""] == nil
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
          let kind = WordClass(word)
          if case .unit(let digit) = kind {
            digits += String(Int(digit))
          } else if case .ten(let tens) = kind, case .unit(let unit)? = self.word(cursor + 2).map(WordClass.init),
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
      if let value = Lexicon.denominators[word] { return (value, word.hasSuffix("s"), index + 1) }
      // "twenty-first", "twenty firsts"
      if case .ten(let tens) = WordClass(word) {
        var next = index + 1
        if symbol(next) == "-" { next += 1 }
        if let unit = self.word(next), let value = Lexicon.unitOrdinals[unit] {
          return (tens + value, unit.hasSuffix("s"), next + 1)
        }
      }
      return nil
    }

    /// "a half", "a quarter", "two thirds" after "and".
    func andFraction(at index: Int) -> Core? {
      if let article = word(index), article == "a" || article == "an", let (value, _, end) = denominator(at: index + 1)
      {
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
        Lexicon.seconds(per: name) < Lexicon.seconds(per: unit)
      else { return nil }
      return (more.value * factor * Lexicon.seconds(per: name) / Lexicon.seconds(per: unit), name, next)
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

    // MARK: - Around the number

    func currencyBefore(at index: Int) -> (String, Int)? {
      if let symbol = symbol(index), let currency = Lexicon.currencySymbols[symbol] {
        return (currency, index + 1)
      }
      if let word = word(index) {
        // "US$", "C$", "HK$": a country's letters glued to the dollar sign.
        if symbol(index + 1) == "$", glued(index + 1), let currency = Lexicon.dollarPrefixes[word] {
          return (currency, index + 2)
        }
        if let currency = Lexicon.currencyCodes[word], isDigits(index + 1) || symbol(index + 1) != nil {
          return (currency, index + 1)
        }
      }
      return nil
    }

    func currencyAfter(at index: Int) -> (String, Int)? {
      if let symbol = symbol(index), let currency = Lexicon.currencySymbols[symbol] { return (currency, index + 1) }
      if let word = word(index), let currency = Lexicon.currencyCodes[word] { return (currency, index + 1) }
      return nil
    }

    func scaleAfter(at index: Int, hasCurrency: Bool) -> (Double, Int)? {
      guard let word = word(index) else { return nil }
      if let scale = Lexicon.scales[word] ?? Lexicon.spacedSuffixScales[word] { return (scale, index + 1) }
      if word == "hundred" { return (100, index + 1) }
      if ["dozen", "dozens", "dzs", "dozs"].contains(word) { return (12, index + 1) }
      if hasCurrency, let scale = Lexicon.suffixScales[word] { return (scale, index + 1) }
      return nil
    }

    func unitAfter(at index: Int) -> (FigureUnit?, String?, Int)? {
      if symbol(index) == "%" { return (.percent, nil, index + 1) }
      // "quarter-point" and "half-point" are read with their number; here the words after a number.
      for (words, unit) in Lexicon.unitPhrases {
        if let next = phrase(words, at: index) { return (unit, nil, next) }
      }
      var next = index
      if symbol(next) == "-", glued(next) { next += 1 }  // "two-year", "10-minute"
      if let word = word(next) {
        // Step: "a 25-year-old captain" and "who is 55 years old" are ages, not durations: years of a life, not
        // of a trial or a prison term.
        if let (name, factor) = Lexicon.timeUnits[word] {
          if next > index, symbol(next + 1) == "-", self.word(next + 2) == "old" {
            return (.age(name, factor), nil, next + 3)
          }
          if next == index, self.word(next + 1) == "old" { return (.age(name, factor), nil, next + 2) }
          return (.duration(name, factor), nil, next + 1)
        }
        if let (name, end) = measure(at: next) { return (.measure(name), nil, end) }
        if ["cent", "cents", "pence", "penny", "p"].contains(word), next == index || word.hasPrefix("cent") {
          return (.hundredths, word.hasPrefix("cent") ? "USD" : "GBP", next + 1)  // "50p", "a 12-cent dividend"
        }
        if next == index {
          if let (currency, length) = currencyWord(at: index) { return (nil, currency, index + length) }
        }
      }
      return nil
    }

    /// Rule: a height in feet and inches is one length: "5-foot-11", "6 feet 2 inches". The inches
    /// after the feet and the index after them.
    func inchesAfterFeet(at index: Int) -> (Double, Int)? {
      let hyphened = symbol(index) == "-" && glued(index) && glued(index + 1)
      let start = hyphened ? index + 1 : index
      guard isDigits(start), let inches = number(at: start), inches.value < 12, inches.value == inches.value.rounded()
      else { return nil }
      var end = inches.end
      if symbol(end) == "-", glued(end), glued(end + 1) { end += 1 }
      if let unit = word(end), unit == "inch" || unit == "inches" { return (inches.value, end + 1) }
      return hyphened ? (inches.value, inches.end) : nil
    }

    /// Rule: a unit of measure, with "square" or "cubic" before a length ("250 square miles", "5 cubic metres") or
    /// a time after it ("miles per hour", "miles an hour", "km/h"). Its name in `FigureVocabulary.measuresByName`
    /// and the index after it.
    func measure(at index: Int) -> (String, Int)? {
      let power = word(index).flatMap { ["square", "cubic"].contains($0) ? $0 : nil }
      let at = power == nil ? index : index + 1
      guard let word = word(at), let unit = Lexicon.measures[word] else { return nil }
      guard unit.dimension == "length" else { return power == nil ? (unit.name, at + 1) : nil }
      if let power { return (power + " " + unit.name, at + 1) }
      if let end = phrase(["per", "hour"], at: at + 1) ?? phrase(["an", "hour"], at: at + 1) {
        return (unit.name + " per hour", end)
      }
      if symbol(at + 1) == "/", self.word(at + 2) == "h" { return (unit.name + " per hour", at + 3) }
      if let end = phrase(["per", "second"], at: at + 1) ?? phrase(["a", "second"], at: at + 1) {
        return (unit.name + " per second", end)
      }
      return (unit.name, at + 1)
    }

    /// A currency named in words after a number: "euros", "Australian dollars", "pounds sterling", "rupees".
    func currencyWord(at index: Int) -> (String, Int)? {
      for (words, code) in Lexicon.currencyWords {
        let length: Int
        if let next = phrase(words, at: index) {
          length = next - index
        } else if let plural = words.last.map({ $0 + "s" }),
          phrase(Array(words.dropLast()) + [plural], at: index) != nil
        {
          length = words.count
        } else {
          continue
        }
        return isNamePart(index + length - 1) ? nil : (code, length)
      }
      return nil
    }

    /// Step: a currency's word written with a capital before another capitalised word is part of a name: "8 Rand
    /// Paul" in a ranked list of candidates is the eighth, not eight rand.
    func isNamePart(_ index: Int) -> Bool {
      index + 1 < lexemes.count && lexemes[index].isCapitalized && lexemes[index + 1].isCapitalized
        && lexemes[index + 1].kind == .word
    }
  }

  /// How a number word takes part in a number.
  enum WordClass: Equatable {
    case unit(Double), teen(Double), ten(Double), hundred, big(Double), dozen, other

    init(_ word: String) {
      if let value = NumberWords.units[word] {
        self = value < 10 ? .unit(value) : value < 20 ? .teen(value) : .ten(value)
      } else if word == "nought" || word == "naught" {
        self = .unit(0)
      } else if word == "hundred" {
        self = .hundred
      } else if let scale = Lexicon.scales[word] {
        self = .big(scale)
      } else if word == "dozen" {
        self = .dozen
      } else {
        self = .other
      }
    }

    var isUnitLike: Bool {
      switch self {
      case .unit, .teen, .ten: true
      default: false
      }
    }

    /// The class without its value, for the rules of what may follow what.
    var shape: WordClass {
      switch self {
      case .unit: .unit(0)
      case .teen: .teen(0)
      case .ten: .ten
      case .big: .big
      default: self
      }
    }

    static let ten = WordClass.ten(0)
    static let big = WordClass.big(0)
  }
}
