/// A quotation mark found in text, with the direction it was read in.
public struct QuoteMark: Sendable, Hashable {
  public enum Direction: Sendable, Hashable {
    case opening, closing
  }
  /// Marks pair by family: “ ” and " pair with each other, « » with each other, and so on.
  public enum Family: Sendable, Hashable {
    case double, single, guillemet, singleGuillemet
  }

  public var range: Range<Int>
  public var scalar: Unicode.Scalar
  public var direction: Direction
  public var family: Family
}
