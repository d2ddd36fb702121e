import CrosscheckCore
import Foundation

/// One draft `crosscheck check` read: its file, the findings the settings report with their severity, and the
/// corpus it was checked against (for the places in sources that findings point to).
struct CheckedDraft {
  var file: InputFile
  var findings: [(finding: Finding, severity: Finding.Severity)]
  var corpus: Corpus

  /// The file a related place is in (a source, or the draft itself when it names no path) and that file's lines,
  /// for positions in it; nil when the source is no longer in the corpus.
  func file(of place: Finding.Related) -> (path: String, buffer: TextBuffer)? {
    guard let path = place.path else { return (file.path, file.buffer) }
    return corpus.article(atPath: path).map { (Self.pathFromCurrentFolder(path), $0.positionBuffer) }
  }

  /// A source's path as the draft's is given: relative to the current folder when it lies under it.
  static func pathFromCurrentFolder(_ path: String) -> String {
    let current = FileManager.default.currentDirectoryPath + "/"
    return path.hasPrefix(current) ? String(path.dropFirst(current.count)) : path
  }
}

extension Finding.Severity {
  /// Whether this severity is at least as serious as `other` (error > warning > information > hint).
  func isAtLeast(_ other: Finding.Severity) -> Bool {
    Self.allCases.firstIndex(of: self)! <= Self.allCases.firstIndex(of: other)!
  }
}
