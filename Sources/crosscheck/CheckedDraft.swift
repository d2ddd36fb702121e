import CrosscheckCore
import Foundation

/// One draft `crosscheck check` read: its file, the findings the settings report with their severity, and the
/// corpus it was checked against (for the places in sources that findings point to).
struct CheckedDraft {
  var file: InputFile
  var findings: [(finding: Finding, severity: Finding.Severity)]
  var corpus: Corpus

  /// A source's lines, for positions in it.
  func sourceBuffer(_ path: String) -> TextBuffer? { corpus.article(atPath: path)?.positionBuffer }
}

extension Finding.Severity {
  /// Whether this severity is at least as serious as `other` (error > warning > information > hint).
  func isAtLeast(_ other: Finding.Severity) -> Bool {
    Self.allCases.firstIndex(of: self)! <= Self.allCases.firstIndex(of: other)!
  }
}
