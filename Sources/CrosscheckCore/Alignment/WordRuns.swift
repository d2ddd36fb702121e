/// The wording a source uses that a draft does not, as runs of words: one emphasis per run reads as one change
/// ("*pull the port out*"), where one per word renders with doubled spaces in some editors.
public enum WordRuns {
  /// The byte ranges of runs of source words whose stems the draft lacks. A word the draft has elsewhere in the
  /// sentence is not a difference, so reordered words stay unmarked; a paraphrase the aligner bridges ("pull"
  /// for "withdraw") is marked, since the wording differs even where the claim does not. Stop words join two
  /// differing words into one run but never start or end one. `text` is what the tokens' ranges index into.
  public static func differing(_ tokens: [Token], from draftStems: Set<String>, in text: String) -> [Range<Int>] {
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
    return runs.map { throughAbbreviation($0, in: text.utf8) }
  }

  /// Step: a run that ends inside a dotted abbreviation ends with it ("*U.S.* Marshal", "*9:52 a.m.*"): "U.S." is
  /// two words to the tokenizer, and "S" alone is no word, so the emphasis stopped after "U". A sentence's own full
  /// stop is not taken in ("in prison." ends the run at "prison").
  static func throughAbbreviation(_ run: Range<Int>, in bytes: String.UTF8View) -> Range<Int> {
    let byte = { (offset: Int) -> UInt8? in
      offset >= 0 && offset < bytes.count ? bytes[bytes.index(bytes.startIndex, offsetBy: offset)] : nil
    }
    // ASCII letters only: a dotted abbreviation is written in them ("U.S.", "a.m.", "D.C.").
    let isLetter = { (offset: Int) in byte(offset).map { (0x61...0x7A).contains($0 | 0x20) } ?? false }
    let point = UInt8(ascii: ".")
    var end = run.upperBound
    // Where the run's last written piece starts: "m" of "a.m." is dotted already, "U" of "U.S." not yet.
    var lastStart = end
    while isLetter(lastStart - 1) { lastStart -= 1 }
    var dotted = byte(lastStart - 1) == point && isLetter(lastStart - 2)
    while byte(end) == point && isLetter(end + 1) {
      end += 1
      while isLetter(end) { end += 1 }
      dotted = true
    }
    if dotted && byte(end) == point { end += 1 }
    return run.lowerBound..<end
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
