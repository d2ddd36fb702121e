import Foundation

/// Reading around the number: a currency before it, a unit or percent sign after it, and the words that say it is
/// no figure of the story (a name's part, a rank).
extension NumberReader.Parser {
  func currencyBefore(at index: Int) -> (String, Int)? {
    if let symbol = symbol(index), let currency = NumberReader.Lexicon.currencySymbols[symbol] {
      return (currency, index + 1)
    }
    if let word = word(index) {
      // "US$", "C$", "HK$": a country's letters glued to the dollar sign.
      if symbol(index + 1) == "$", glued(index + 1), let currency = NumberReader.Lexicon.dollarPrefixes[word] {
        return (currency, index + 2)
      }
      if let currency = NumberReader.Lexicon.currencyCodes[word], isDigits(index + 1) || symbol(index + 1) != nil {
        return (currency, index + 1)
      }
    }
    return nil
  }

  func currencyAfter(at index: Int) -> (String, Int)? {
    if let symbol = symbol(index), let currency = NumberReader.Lexicon.currencySymbols[symbol] {
      return (currency, index + 1)
    }
    if let word = word(index), let currency = NumberReader.Lexicon.currencyCodes[word] { return (currency, index + 1) }
    return nil
  }

  func scaleAfter(at index: Int, hasCurrency: Bool) -> (Double, Int)? {
    guard let word = word(index) else { return nil }
    if let scale = NumberReader.Lexicon.scales[word] ?? NumberReader.Lexicon.spacedSuffixScales[word] {
      return (scale, index + 1)
    }
    if word == "hundred" { return (100, index + 1) }
    if ["dozen", "dozens", "dzs", "dozs"].contains(word) { return (12, index + 1) }
    if hasCurrency, let scale = NumberReader.Lexicon.suffixScales[word] { return (scale, index + 1) }
    return nil
  }

  func unitAfter(at index: Int) -> (FigureUnit?, String?, Int)? {
    if symbol(index) == "%" { return (.percent, nil, index + 1) }
    // "quarter-point" and "half-point" are read with their number; here the words after a number.
    for (words, unit) in NumberReader.Lexicon.unitPhrases {
      if let next = phrase(words, at: index) { return (unit, nil, next) }
    }
    var next = index
    if symbol(next) == "-", glued(next) { next += 1 }  // "two-year", "10-minute"
    if let word = word(next) {
      // Step: "a 25-year-old captain" and "who is 55 years old" are ages, not durations: years of a life, not
      // of a trial or a prison term.
      if let (name, factor) = NumberReader.Lexicon.timeUnits[word] {
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
    guard let word = word(at), let unit = NumberReader.Lexicon.measures[word] else { return nil }
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
    for (words, code) in NumberReader.Lexicon.currencyWords {
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
