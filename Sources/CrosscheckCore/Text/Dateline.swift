/// Step: a dateline opening the story ("WASHINGTON —", "TRENTON, N.J. (AP) —", "SUNSET PARK, Brooklyn --") says
/// where it was filed, not what happened. Its words are no part of the lede's claim, and read as names no source
/// gives with the claim ("WASHINGTON" was taken for a given name) they counted against every span that carries it.
/// A dateline's place is written in capitals, one to five words, with an agency in brackets at most, and a dash.
public enum Dateline {
  /// The length in bytes of the dateline that opens `sentence`, dash and spaces included, or nil.
  public static func length(in sentence: Substring) -> Int? {
    guard let match = sentence.prefixMatch(of: pattern) else { return nil }
    return sentence.utf8.distance(from: sentence.startIndex, to: match.range.upperBound)
  }

  nonisolated(unsafe) private static let pattern = try! Regex(
    #"[A-Z][A-Z.'’]{2,}(?:[ ,]+[A-Z][A-Za-z.'’]*){0,4},? *(?:\([A-Za-z. ]{1,20}\))? *(?:—|–|--?) +"#)
}
