/// Tells full quotations from partial ones, scare quotes and titles.
enum QuoteClassifier {
  private static let termLeads: Set<String> = [
    "so-called", "dubbed", "called", "termed", "word", "phrase", "term", "nicknamed", "branded", "labelled", "labeled",
  ]
  private static let titleLeads: Set<String> = [
    "titled", "entitled", "book", "film", "movie", "song", "album", "novel", "show", "series", "report", "play",
    "documentary", "poem",
  ]

  static func kind(text: String, before: [Word], opensSentence: Bool) -> Quote.Kind {
    let words = text.split(whereSeparator: { $0 == " " }).filter { $0.contains(where: { $0.isLetter || $0.isNumber }) }
    let lead = before.suffix(3).map { $0.text.lowercased() }
    if lead.contains(where: titleLeads.contains) && looksLikeTitle(words) { return .title }
    if isTermLead(before) { return .scare }
    if words.count <= 3 && !(text.last.map { ".!?".contains($0) } ?? false) { return .scare }
    let startsUpper = words.first?.first?.isUppercase ?? false
    if opensSentence || (startsUpper && before.last?.endsClause == true) {
      return startsUpper || opensSentence ? .full : .partial
    }
    return .partial
  }

  /// Whether a short quote ends in the full stop of the writer's sentence, which American style sets inside the
  /// marks ("the towns called the “forgotten America.”"): the quote runs on from the writer's words, with no
  /// stop between them and the mark (`setOff`), and does not open the sentence. Without that stop it would be
  /// read as a term.
  static func endsInWritersStop(_ text: String, opensSentence: Bool, setOff: Bool) -> Bool {
    guard text.last == ".", !opensSentence, !setOff else { return false }
    // Four pieces at most: whether there are more than three words, not how many (a quote may run for pages).
    return text.split(maxSplits: 3, whereSeparator: \.isWhitespace).count <= 3
  }

  /// Step: a capitalised word or two in quotation marks between a given name and a surname, a space either side,
  /// is a nickname (Sean "Diddy" Combs; `PeopleIndex.nicknames`): part of a name, nobody's words, though a speech
  /// verb may follow the name ("Sean 'Diddy' Combs denied bail").
  static func isNickname(_ text: String, between before: Word?, and after: Word?, marks: Range<Int>) -> Bool {
    guard let before, let after, before.isCapitalisedName, after.isCapitalisedName,
      before.range.upperBound + 1 == marks.lowerBound, after.range.lowerBound == marks.upperBound + 1
    else { return false }
    let words = text.split(separator: " ")
    return (1...2).contains(words.count) && words.allSatisfy { $0.first?.isUppercase == true }
  }

  /// Whether the words before a quote mark it as a term ("so-called", "dubbed", "known as", "the word").
  static func isTermLead(_ before: [Word]) -> Bool {
    let lead = before.suffix(3).map { $0.text.lowercased() }
    return termLeads.contains(lead.last ?? "") || lead.suffix(2) == ["known", "as"]
      || lead.suffix(2) == ["so", "called"]
  }

  /// One phrase whose words longer than three letters are all capitalised, two at least, none written all in
  /// capitals: the name of something ("Secret Lives of the Super Rich", "New York, New York"). Speech is written
  /// in sentence case, and a shout in capitals is speech too; a headline quoting someone in title case credits
  /// them, so this is asked only of a quote with no speaker.
  static func isTitleCased(_ text: String) -> Bool {
    guard !text.contains(". "), !text.contains("? "), !text.contains("! ") else { return false }
    let significant = text.split(whereSeparator: \.isWhitespace).filter { $0.filter(\.isLetter).count > 3 }
    return significant.count >= 2
      && significant.allSatisfy { word in
        word.first(where: \.isLetter)?.isUppercase == true && word.contains(where: \.isLowercase)
      }
  }

  private static func looksLikeTitle(_ words: [Substring]) -> Bool {
    let significant = words.filter { $0.count > 3 }
    guard !significant.isEmpty else { return false }
    return significant.filter { $0.first?.isUppercase ?? false }.count * 2 >= significant.count
  }
}
