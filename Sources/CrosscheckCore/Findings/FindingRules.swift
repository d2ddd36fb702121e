/// Every kind of finding Crosscheck reports: its code, its default severity and one line of help. CI formats
/// (SARIF's rules) and documentation read it; a check that reports a new code adds it here.
public enum FindingRules {
  public struct Rule: Sendable, Hashable {
    public var code: String
    public var severity: Finding.Severity
    public var help: String
  }

  public static let all: [Rule] = [
    Rule(
      code: UnclosedQuoteCheck.code, severity: .warning,
      help: "A quotation opens and never closes, and the next paragraph does not continue it."),
    Rule(
      code: "unattributed-quote", severity: .warning,
      help: "A direct quote with no speaker; the fix names the speaker the sources give."),
    Rule(
      code: "misquote", severity: .warning,
      help: "The quoted words differ from what the sources quote; the fix restores their wording."),
    Rule(
      code: "unverified-quote", severity: .information,
      help: "No source has words close to this quote, or the sources quote only part of it."),
    Rule(code: "misattributed-quote", severity: .warning, help: "The sources give these words to someone else."),
    Rule(
      code: "figure-mismatch", severity: .warning,
      help: "A figure differs from the one the sources give, or a date's weekday is wrong."),
    Rule(code: "sources-disagree", severity: .information, help: "The sources give different values for this figure."),
    Rule(code: "inconsistent-figure", severity: .warning, help: "The draft states the same quantity two ways."),
  ]

  public static func rule(for code: String) -> Rule? { all.first { $0.code == code } }
}
