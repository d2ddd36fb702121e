/// A number in text, read for what it says: its kind, value and unit, and the interval it allows once its
/// qualifier ("at least", "about") and written precision ("€800 billion" is ±0.5 billion) are counted.
public struct Figure: Sendable, Hashable {
  public enum Kind: String, Sendable, Hashable, Codable {
    case count, percent, percentagePoints, money, date, weekday, month, year, time, duration, ordinal, fraction
  }

  public var range: Range<Int>
  public var text: String
  public var kind: Kind
  /// The value: a count, a percentage, an amount of money in units, a date as yyyymmdd, a weekday 1 (Monday) to 7,
  /// a month 1 to 12, a year, a time in minutes after midnight, a duration in `unit`s.
  public var value: Double
  /// An ISO currency code, "%", "pp", a time unit ("hour", "day", "year"…), or nil.
  public var unit: String?
  public var qualifier: String?
  public var low: Double
  public var high: Double

  /// Two figures agree when they are the same kind of quantity and their intervals overlap. Intervals that only
  /// touch do not ("3 per cent" is 2.5…3.5 and "4 per cent" 3.5…4.5), unless one of them is an exact point.
  public func isConsistent(with other: Figure) -> Bool {
    guard kind == other.kind && unit == other.unit else { return false }
    let lower = max(low, other.low)
    let upper = min(high, other.high)
    return lower < upper || (lower == upper && (low == high || other.low == other.high))
  }

  public func isComparable(with other: Figure) -> Bool { kind == other.kind && unit == other.unit }
}
