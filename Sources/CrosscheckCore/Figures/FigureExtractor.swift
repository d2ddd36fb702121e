import Foundation

/// Finds the figures in a stretch of prose. Dates, times, weekdays, months and years are read first, then
/// numeric expressions (with qualifier, currency, scale, unit and ranges) in what is left; a number glued to
/// letters or other digits ("two.1%", "A4") is left unparsed rather than guessed at.
public enum FigureExtractor {
  public static func figures(in text: String, range: Range<Int>, referenceYear: Int? = nil) -> [Figure] {
    read(text, range, referenceYear).filter { !isNumbering($0, in: text) }.map { figure in
      AgeHolder.isAppositiveAge(figure, in: text) ? AgeHolder.asAge(figure) : figure
    }
  }

  private static func read(_ text: String, _ range: Range<Int>, _ referenceYear: Int?) -> [Figure] {
    let raw = TextBuffer.substring(text, range)
    guard raw.utf8.contains(ProseText.paddingByte) else {
      return figures(inSlice: String(raw), base: range.lowerBound, referenceYear)
    }
    // Padding (from decoded HTML entities) would separate "€" from its number: read without it, then map back.
    var bytes: [UInt8] = []
    var origin: [Int] = []
    for (offset, byte) in raw.utf8.enumerated() where byte != ProseText.paddingByte {
      bytes.append(byte)
      origin.append(range.lowerBound + offset)
    }
    origin.append(range.upperBound)
    return figures(inSlice: String(decoding: bytes, as: UTF8.self), base: 0, referenceYear).map { figure in
      var mapped = figure
      mapped.range = origin[figure.range.lowerBound]..<(origin[figure.range.upperBound - 1] + 1)
      return mapped
    }
  }

  private static func figures(inSlice written: String, base: Int, _ referenceYear: Int?) -> [Figure] {
    let slice = maskingDesignations(written)
    let range = base..<(base + slice.utf8.count)
    var found: [Figure] = []
    func taken(_ bytes: Range<Int>) -> Bool { found.contains { $0.range.overlaps(bytes) } }
    func add(_ figure: Figure?) {
      guard let figure, !taken(figure.range) else { return }
      found.append(figure)
    }
    // Regular expressions are slow; most sentences hold no figure of most kinds, and a glance at their words says so.
    let hasDigit =
      slice.utf8.contains { (48...57).contains($0) }
      || slice.unicodeScalars.contains { "½¼¾⅓⅔".unicodeScalars.contains($0) }
    let words = Set(slice.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))
    let hasMonth = !words.isDisjoint(with: Lexicon.months)
    guard hasDigit || hasMonth || !words.isDisjoint(with: Lexicon.figureWords) else { return [] }
    if hasMonth {
      for match in slice.matches(of: Patterns.dayMonth) { add(date(match, slice, range.lowerBound, referenceYear)) }
      for match in slice.matches(of: Patterns.monthDay) { add(date(match, slice, range.lowerBound, referenceYear)) }
    }
    if hasDigit {
      for match in slice.matches(of: Patterns.isoDate) { add(date(match, slice, range.lowerBound, referenceYear)) }
      for match in slice.matches(of: Patterns.time) { add(time(match, slice, range.lowerBound)) }
    }
    for match in words.isDisjoint(with: Calendar.weekdays) ? [] : slice.matches(of: Patterns.weekday) {
      let name = String(match.output[1].substring!).lowercased()
      add(simple(match.range, slice, range.lowerBound, .weekday, Double(Calendar.weekdays.firstIndex(of: name)! + 1)))
    }
    for match in hasMonth && hasDigit ? slice.matches(of: Patterns.monthYear) : [] {
      let month = Double(Calendar.month(String(match.output[1].substring!))!)
      let year = Double(match.output[2].substring!)!
      add(simple(match.range, slice, range.lowerBound, .month, year * 100 + month))
    }
    for reading in NumberReader.readings(FigureLexer.lexemes(slice)) {
      add(figure(from: reading, slice, range.lowerBound))
    }
    for match in words.contains("decade") ? slice.matches(of: Patterns.decade) : [] {
      add(simple(match.range, slice, range.lowerBound, .duration, 10, unit: "year"))
    }
    for match in hasMonth ? slice.matches(of: Patterns.monthName) : [] {
      add(
        simple(
          match.range, slice, range.lowerBound, .month, Double(Calendar.month(String(match.output[1].substring!))!)))
    }
    for match in words.isDisjoint(with: NumberWords.ordinals.keys) ? [] : slice.matches(of: Patterns.wordOrdinal) {
      add(
        simple(
          match.range, slice, range.lowerBound, .ordinal,
          NumberWords.ordinals[String(match.output[1].substring!).lowercased()]!))
    }
    return found.sorted { $0.range.lowerBound < $1.range.lowerBound }
  }

  /// Step: a number in digits alone at the head of its line, with at most a few words after it that start with a
  /// capital, numbers a list's entry ("4" above an entry, "4 Chris Christie."), and counts nothing: news style
  /// spells out a number that opens a sentence.
  static func isNumbering(_ figure: Figure, in text: String) -> Bool {
    guard figure.kind == .count, figure.unit == nil, figure.qualifier == nil else { return false }
    let utf8 = text.utf8
    let start = utf8.index(utf8.startIndex, offsetBy: figure.range.lowerBound)
    let end = utf8.index(start, offsetBy: figure.range.count)
    guard utf8[start..<end].allSatisfy({ (48...57).contains($0) }) else { return false }
    // Only blanks back to the line's start, and the line's end near: both read a few bytes at most, so that a
    // document of one long line stays linear.
    let head = utf8[..<start].reversed().prefix { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    let lineStart = utf8.index(start, offsetBy: -head.count)
    guard lineStart == utf8.startIndex || utf8[utf8.index(before: lineStart)] == UInt8(ascii: "\n") else {
      return false
    }
    let near = utf8[end...].prefix(numberedEntryBytes)
    let lineEnd = near.firstIndex(of: UInt8(ascii: "\n")) ?? near.endIndex
    guard lineEnd != near.endIndex || near.endIndex == utf8.endIndex else { return false }
    let rest = Substring(utf8[end..<lineEnd]).drop { $0 == "." || $0 == ")" }
    let words = rest.split(whereSeparator: \.isWhitespace)
    return words.count <= numberedEntryWords && words.first?.first.map(\.isUppercase) != false
  }

  /// How many words may follow a list's number on its line: a name ("Chris Christie"), with a title.
  static let numberedEntryWords = 4
  /// How far a list entry's line may run after its number.
  static let numberedEntryBytes = 120

  /// Step: a designation ("K-1 visas", "F-16 jets", "COVID-19") names a thing, and its number is no figure, nor
  /// is its letter a scale ("90,000 K-1 visas" is not 90 million and a 1). Its hyphen and digits are read as
  /// letters, byte for byte, so every offset holds.
  static func maskingDesignations(_ slice: String) -> String {
    // Regular expressions are slow: most sentences have no capital, hyphen and digit in a row.
    var (beforeLast, last): (UInt8, UInt8) = (0, 0)
    var seen = false
    for byte in slice.utf8 {
      if (48...57).contains(byte) && last == UInt8(ascii: "-") && (65...90).contains(beforeLast) {
        seen = true
        break
      }
      (beforeLast, last) = (last, byte)
    }
    guard seen else { return slice }
    var bytes = Array(slice.utf8)
    for match in slice.matches(of: Patterns.designation) {
      guard let number = match.output[1].range else { continue }
      for offset in offsets(number, slice, 0) { bytes[offset] = UInt8(ascii: "x") }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Words that can start a figure, for the pre-filter.
  enum Lexicon {
    static let months: Set<String> = [
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
      "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]
    static let numberWords: Set<String> = Set(NumberWords.units.keys).union([
      "hundred", "thousand", "dozen", "half", "third", "thirds", "quarter", "quarters", "fifth", "fifths",
    ])
    static let figureWords: Set<String> = numberWords.union(Calendar.weekdays).union(NumberWords.ordinals.keys)
      .union(FigureVocabulary.timeUnits.keys).union(FigureVocabulary.denominators.keys)
      .union(FigureVocabulary.measuresReadWithArticle)
      .union(["decade", "nought", "naught", "minus", "negative"])
  }

  // MARK: - Building figures

  private static func offsets(_ range: Range<String.Index>, _ slice: String, _ base: Int) -> Range<Int> {
    let start = slice.utf8.distance(from: slice.startIndex, to: range.lowerBound)
    return (base + start)..<(base + start + slice.utf8.distance(from: range.lowerBound, to: range.upperBound))
  }

  private static func simple(
    _ range: Range<String.Index>, _ slice: String, _ base: Int, _ kind: Figure.Kind, _ value: Double,
    unit: String? = nil
  ) -> Figure {
    Figure(
      range: offsets(range, slice, base), text: String(slice[range]), kind: kind, value: value, unit: unit,
      qualifier: nil, low: value, high: value)
  }

  private static func date(_ match: Regex<AnyRegexOutput>.Match, _ slice: String, _ base: Int, _ referenceYear: Int?)
    -> Figure?
  {
    guard let dayText = match.output["day"]?.substring, let day = Int(dayText), (1...31).contains(day),
      let monthText = match.output["month"]?.substring, let month = Int(monthText) ?? Calendar.month(String(monthText))
    else { return nil }
    let written = match.output["year"]?.substring.flatMap { Int($0) }
    let year = written ?? referenceYear ?? 0
    return simple(
      match.range, slice, base, .date, Double(year * 10_000 + month * 100 + day),
      unit: written == nil ? Figure.assumedYear : nil)
  }

  private static func time(_ match: Regex<AnyRegexOutput>.Match, _ slice: String, _ base: Int) -> Figure? {
    guard var hour = (match.output["hour"]?.substring ?? match.output["hour2"]?.substring).flatMap({ Int($0) }) else {
      return nil
    }
    let minute = (match.output["minute"]?.substring ?? match.output["minute2"]?.substring).flatMap { Int($0) } ?? 0
    if let meridiem = match.output["meridiem"]?.substring?.lowercased() {
      guard (1...12).contains(hour) else { return nil }
      if meridiem.hasPrefix("p") && hour != 12 { hour += 12 }
      if meridiem.hasPrefix("a") && hour == 12 { hour = 0 }
    }
    guard hour < 24, minute < 60 else { return nil }
    return simple(match.range, slice, base, .time, Double(hour * 60 + minute))
  }

  /// A reading made a figure: its kind and unit, its value in that unit, and the interval its written precision
  /// and qualifier allow.
  private static func figure(from reading: NumberReading, _ slice: String, _ base: Int) -> Figure? {
    var qualifier = reading.qualifier
    var kind = Figure.Kind.count
    var unit: String?
    var multiplier = reading.scale
    // Hundredths are divided, not multiplied by 0.01, so "69 cents" is 0.69 and not 0.6900000000000001.
    var divisor = 1.0
    switch reading.unit {
    case .percent?:
      (kind, unit) = (.percent, "%")
    case .percentagePoints?:
      (kind, unit) = (.percentagePoints, "pp")
    case .basisPoints?:
      (kind, unit, divisor) = (.percentagePoints, "pp", 100)
    case .hundredths?:
      divisor = 100
    case .duration(let name, let factor)?:
      (kind, unit) = (.duration, name)
      multiplier *= factor
    case .age(let name, let factor)?:
      (kind, unit) = (.age, name)
      multiplier *= factor
    case .measure(let name)?:
      (kind, unit) = (.measure, name)
    case nil:
      break
    }
    if let currency = reading.currency {
      (kind, unit) = (.money, currency)
    }
    var second = reading.second
    var end = reading.range.upperBound
    if let connector = reading.connector, connector == "to" || connector == "and",
      !(qualifier == "between" || qualifier == "from"), reading.unit == nil, reading.scale == 1
    {
      // "27 to 9" is a score, not a range: words join a range only after "between"/"from" or before a unit. A
      // score is no figure at all; but in "$6.80 and 14 more" the sum stands on its own.
      guard reading.currency != nil, let first = firstNumberEnd(reading, slice) else { return nil }
      second = nil
      end = first
    }
    // Seven digits or more with no separator are an identifier, a timestamp or a phone number, not a quantity:
    // news prose writes a quantity that large "1,470,067" or "1.47 million".
    let written = Array(slice.utf8)[reading.range.lowerBound..<end]
    if kind == .count, written.count >= 7, written.allSatisfy({ (48...57).contains($0) }) { return nil }
    if kind == .count && reading.isFraction { kind = .fraction }
    if kind == .count && reading.isPlainInteger && FigureVocabulary.years.contains(reading.value) { kind = .year }
    if qualifier == "from" && second == nil { qualifier = nil }
    let value = reading.value * multiplier / divisor
    // Written precision: half a unit of the last digit written, times the scale.
    let precision =
      kind == .year
      ? 0 : reading.precision ?? reading.decimals.map { 0.5 * pow(10, Double(-$0)) * multiplier / divisor } ?? 0
    var low = value - precision
    var high = value + precision
    if let second {
      low = min(value, second * multiplier / divisor) - precision
      high = max(value, second * multiplier / divisor) + precision
    }
    switch qualifier {
    case "at least", "no fewer than", "no less than": high = .infinity
    case "more than", "over", "just over", "above", "upwards of": low = value; high = .infinity
    case "up to", "as many as", "as much as", "at most", "no more than": low = -.infinity
    case "less than", "fewer than", "under", "just under", "below", "as few as": low = -.infinity; high = value
    case "nearly", "almost": low = value * 0.9; high = value + precision
    case "about", "around", "roughly", "approximately", "some", "an estimated", "close to", "near":
      low = min(low, value * 0.9)
      high = max(high, value * 1.1)
    default: break
    }
    let range = (base + reading.range.lowerBound)..<(base + end)
    return Figure(
      range: range, text: String(decoding: written, as: UTF8.self),
      kind: kind, value: value, unit: unit, qualifier: qualifier, low: low, high: high, precision: precision)
  }

  /// Where the first number of a "$6.80 and 14" reading ends: before its connector.
  private static func firstNumberEnd(_ reading: NumberReading, _ slice: String) -> Int? {
    let lexemes = FigureLexer.lexemes(
      String(decoding: Array(slice.utf8)[reading.range.lowerBound..<reading.range.upperBound], as: UTF8.self))
    guard let connector = lexemes.firstIndex(where: { $0.text == reading.connector }), connector > 0 else {
      return nil
    }
    return reading.range.lowerBound + lexemes[connector - 1].range.upperBound
  }
}
