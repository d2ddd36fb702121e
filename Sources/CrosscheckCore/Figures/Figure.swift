/// A number in text, read for what it says: its kind, value and unit, and the interval it allows once its
/// qualifier ("at least", "about") and written precision ("€800 billion" is ±0.5 billion) are counted.
public struct Figure: Sendable, Hashable {
  public enum Kind: String, Sendable, Hashable, Codable {
    case count, percent, percentagePoints, money, date, weekday, month, year, time, duration, age, ordinal, fraction
    /// A quantity in a unit of measure: a length, a mass, a speed, an area, a volume (`FigureVocabulary.measures`).
    case measure
  }

  public var range: Range<Int>
  public var text: String
  public var kind: Kind
  /// The value: a count, a percentage, an amount of money in units, a date as yyyymmdd, a weekday 1 (Monday) to 7,
  /// a month 1 to 12, a year, a time in minutes after midnight, a duration, an age or a measure in `unit`s.
  public var value: Double
  /// An ISO currency code, "%", "pp", a time unit ("hour", "day", "year"…), a unit of measure ("metre", "mile per
  /// hour"), or nil.
  public var unit: String?
  public var qualifier: String?
  public var low: Double
  public var high: Double
  /// Half a unit of the last digit written, in the figure's units: how far "3 per cent" may be from 3.
  public var precision: Double

  public init(
    range: Range<Int>, text: String, kind: Kind, value: Double, unit: String?, qualifier: String?, low: Double,
    high: Double, precision: Double = 0
  ) {
    self.range = range
    self.text = text
    self.kind = kind
    self.value = value
    self.unit = unit
    self.qualifier = qualifier
    self.low = low
    self.high = high
    self.precision = precision
  }

  /// Which way a qualifier bounds the figure: "at least 12" from below, "up to 12" and "nearly 12" from above.
  public enum Bound: Sendable { case lower, upper }

  public var bound: Bound? {
    switch qualifier {
    case "at least", "no fewer than", "no less than", "more than", "over", "just over", "above", "upwards of":
      return .lower
    case "up to", "as many as", "as much as", "at most", "no more than", "less than", "fewer than", "under",
      "just under", "below", "as few as", "nearly", "almost":
      return .upper
    default:
      return nil
    }
  }

  /// Two figures agree when they are the same kind of quantity and their intervals overlap. Intervals that only
  /// touch do not ("3 per cent" is 2.5…3.5 and "4 per cent" 3.5…4.5), unless one of them is an exact point. Two
  /// bounds stated the same way must state the same value: "at least 12 ferries" has changed "at least 10 ferries",
  /// though the two intervals overlap. An exact value inside a bound agrees with it.
  public func isConsistent(with other: Figure) -> Bool {
    guard isComparable(with: other) else { return false }
    // Step: a measure given in another unit was converted, and rounded as it was: "525 feet or 160 meters",
    // "14,000 mph (22,500 km/h)". Across units, each is as precise as its last digit other than a zero.
    if kind == .measure, unit != other.unit { return roundedAcrossUnits.agrees(with: other.roundedAcrossUnits) }
    return agrees(with: other)
  }

  private func agrees(with other: Figure) -> Bool {
    if kind == .date && (unit == Self.assumedYear || other.unit == Self.assumedYear) {
      return Int(value) % 10_000 == Int(other.value) % 10_000
    }
    // A month named without its year ("in November") is that month of any year ("November 2021").
    if kind == .month && (value < 100 || other.value < 100) {
      return Int(value) % 100 == Int(other.value) % 100
    }
    if isTimeWithin(other) || other.isTimeWithin(self) { return true }
    let scale = unitFactor
    let otherScale = other.unitFactor
    if let bound, bound == other.bound {
      return abs(value * scale - other.value * otherScale) <= max(precision * scale, other.precision * otherScale)
        + 1e-9 * max(abs(value * scale), 1)
    }
    // Two amounts neither of which is a bound agree when either's value lies in the other's interval. That their
    // intervals overlap is not enough: "about 5 billion" and "around six billion" overlap from 5.4 to 5.5 billion,
    // yet each outlet named a figure the other's does not allow.
    if bound == nil, other.bound == nil, Self.amounts.contains(kind) {
      let (mine, theirs) = (value * scale, other.value * otherScale)
      let slack = 1e-9 * max(abs(mine), 1)
      return (other.low * otherScale - slack...other.high * otherScale + slack).contains(mine)
        || (low * scale - slack...high * scale + slack).contains(theirs)
    }
    let lower = max(low * scale, other.low * otherScale)
    let upper = min(high * scale, other.high * otherScale)
    return lower < upper || (lower == upper && (low == high || other.low == other.high))
  }

  /// The kinds whose interval is a value with its margin on both sides; a date's or a year's is a span.
  static let amounts: Set<Kind> = [.count, .percent, .percentagePoints, .money, .measure]

  /// The figure as precise as its last digit other than a zero ("22,500" to the nearest hundred), when it is
  /// written more precisely than that.
  var roundedAcrossUnits: Figure {
    var step = 1.0
    while value != 0, value.truncatingRemainder(dividingBy: step * 10) == 0, step < 1e15 { step *= 10 }
    let widening = 0.5 * step - precision
    guard value == value.rounded(), widening > 0 else { return self }
    var rounded = self
    rounded.precision += widening
    rounded.low -= widening
    rounded.high += widening
    return rounded
  }

  /// Same kind and unit; durations compare across units ("an hour" and "45 minutes"), measures across the units of
  /// one dimension ("160 metres" and "525 feet"), dates with and without a written year.
  public func isComparable(with other: Figure) -> Bool { comparisonKey == other.comparisonKey }

  /// What `isComparable` compares: the kind, and the unit but for durations and dates, which are compared across
  /// units, and measures, compared across the units of their dimension that convert. Figures are comparable
  /// exactly when their keys are equal, so they can be grouped by it.
  struct ComparisonKey: Hashable {
    var kind: Kind
    var unit: String?
  }

  var comparisonKey: ComparisonKey {
    if kind == .measure, let measure = unit.flatMap({ FigureVocabulary.measuresByName[$0] }), measure.size != nil {
      return ComparisonKey(kind: kind, unit: measure.dimension)
    }
    return ComparisonKey(kind: kind, unit: kind == .duration || kind == .date ? nil : unit)
  }

  /// A duration in a finer unit that fits inside a span of days or longer: the time worked within the span, as
  /// outlets count it ("13 hours of deliberations" over "about two days"; "28 days of testimony" over "six
  /// weeks"), not another figure for it. Spans shorter than a day are compared as written: "45 minutes later" is
  /// not "an hour later".
  func isTimeWithin(_ span: Figure) -> Bool {
    guard kind == .duration, span.kind == .duration, unitFactor < span.unitFactor,
      span.unitFactor >= FigureVocabulary.seconds(per: "day")
    else { return false }
    return high * unitFactor <= span.high * span.unitFactor
  }

  /// Seconds per unit for durations, the unit's size in its dimension's base unit for measures, 1 for everything
  /// else.
  public var unitFactor: Double {
    switch kind {
    case .duration: FigureVocabulary.seconds(per: unit)
    case .measure: unit.flatMap { FigureVocabulary.measuresByName[$0]?.size } ?? 1
    default: 1
    }
  }

  /// The unit of a date whose year was not written and was taken from the sources' year: it is compared by month
  /// and day only.
  public static let assumedYear = "year assumed"
}
