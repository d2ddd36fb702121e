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
