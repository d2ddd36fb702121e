/// The wording a source uses that a draft does not, as runs of words: one emphasis per run reads as one change
/// ("*pull the port out*"), where one per word renders with doubled spaces in some editors.
public enum WordRuns {
  /// The byte ranges of runs of source words whose stems the draft lacks. A word the draft has elsewhere in the
  /// sentence is not a difference, so reordered words stay unmarked; a paraphrase the aligner bridges ("pull"
  /// for "withdraw") is marked, since the wording differs even where the claim does not. Stop words join two
  /// differing words into one run but never start or end one.
  public static func differing(_ tokens: [Token], from draftStems: Set<String>) -> [Range<Int>] {
    let longStems = draftStems.filter { $0.count >= shortestFormStem }
    var runs: [Range<Int>] = []
    var open: Range<Int>?
    for token in tokens where !token.isStopWord {
      if draftStems.contains(token.stem) || isAnotherForm(token.stem, ofOneOf: longStems) {
        if let run = open { runs.append(run) }
        open = nil
      } else if let run = open {
        open = run.lowerBound..<token.range.upperBound
      } else {
        open = token.range
      }
    }
    if let open { runs.append(open) }
    return runs
  }

  /// Step: another form of a draft word is the same wording ("deliberations" for "deliberated", "acquittal" for
  /// "acquitted"): one stem begins the other, and the shorter has at least `shortestFormStem` letters, so that
  /// short stems ("art", "port") do not claim every longer word they begin.
  static func isAnotherForm(_ stem: String, ofOneOf stems: Set<String>) -> Bool {
    guard stem.count >= shortestFormStem else { return false }
    return stems.contains { $0.hasPrefix(stem) || stem.hasPrefix($0) }
  }

  static let shortestFormStem = 6
}
