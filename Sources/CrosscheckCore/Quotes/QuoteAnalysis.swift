/// Reads the quotations of a document: what kind each is, who said it and with which cue.
///
/// Attribution looks first after the closing mark (`,” Marsh said.` / `,” said Mayor Elena Marsh.`), then before
/// the opening mark (`Marsh told councillors: “`), then at lead phrases ("according to"), dash credits and
/// headline colons. A speaker written as a surname, a title or a pronoun is resolved to the full name named before
/// it. A quote with no cue inherits the speaker of the previous quote in its paragraph, or of the previous
/// paragraph's last quote when nobody else has been named since.
public enum QuoteAnalysis {
  public static func quotes(in prose: ProseText, sentences: [Sentence]) -> [Quote] {
    var people = PeopleIndex()
    let sentenceWords = sentences.map { Word.words(in: prose, $0.range) }
    for words in sentenceWords { people.record(words) }
    let quotations = QuoteScanner.quotations(in: prose)
    var quotes: [Quote] = []
    for (index, quotation) in quotations.enumerated() {
      let open = quotation.open.range
      let close = quotation.close?.range ?? quotation.content.upperBound..<quotation.content.upperBound
      let first = sentences.firstIndex { $0.range.contains(open.lowerBound) } ?? 0
      let last = sentences.lastIndex { $0.range.lowerBound <= close.lowerBound } ?? first
      // The neighbouring quotations in the same sentences bound the windows, so "“A,” he said, “B.”" attributes both.
      let previousClose = index > 0 ? quotations[index - 1].close?.range.upperBound ?? 0 : 0
      let nextOpen = index + 1 < quotations.count ? quotations[index + 1].open.range.lowerBound : Int.max
      let before =
        sentences.isEmpty
        ? []
        : sentenceWords[first].filter {
          $0.range.upperBound <= open.lowerBound && $0.range.lowerBound >= previousClose
        }
      let between = TextBuffer.substring(
        prose.text, close.upperBound..<min(prose.text.utf8.count, close.upperBound + 8))
      let dashCredit = between.contains { "—–―-".contains($0) }
      // A dash credit after a closing `.”` lands in the next sentence: read it from there.
      // So does the cue of `“…?” Graham asked.`, which the sentence splitter puts in a sentence of its own.
      let endsSentence = !sentences.isEmpty && sentences[last].range.upperBound <= close.upperBound
      let creditSentence =
        (dashCredit || endsSentence) && last + 1 < sentences.count && sentences[last + 1].block == sentences[last].block
      let afterWords = sentences.isEmpty ? [] : sentenceWords[last] + (creditSentence ? sentenceWords[last + 1] : [])
      let after = afterWords.filter { $0.range.lowerBound >= close.upperBound && $0.range.upperBound <= nextOpen }
      let text = prose.cleanText(quotation.content)
      var kind = QuoteClassifier.kind(text: text, before: before, opensSentence: before.isEmpty)
      var attribution = Attribution.after(after, dashCredit: dashCredit) ?? Attribution.before(before)
      if attribution == nil, kind != .scare, kind != .title, kind == .partial || !before.isEmpty || !after.isEmpty,
        !sentences.isEmpty
      {
        let outside = sentenceWords[first].filter {
          $0.range.upperBound <= open.lowerBound || $0.range.lowerBound >= close.upperBound
        }
        attribution = Attribution.sentenceSubject(outside)
      }
      if attribution == nil, before.isEmpty, first > 0, sentences[first - 1].block == quotation.firstBlock - 1,
        let lead = colonLeadIn(sentenceWords[first - 1], prose: prose, sentence: sentences[first - 1])
      {
        attribution = lead
      }
      if kind == .scare, attribution?.cue != nil, !QuoteClassifier.isTermLead(before) {
        // A short quote with a speech cue is someone's words, not a scare quote: "‘It failed,’ Okafor said."
        kind = text.first?.isUppercase == true ? .full : .partial
      }
      if attribution == nil, let label = transcriptLabel(text) {
        attribution = Attribution(speaker: [label], cue: ":")
      }
      var speaker: String?
      var carried = false
      if let found = attribution {
        let offset = found.phrase.first?.range.lowerBound ?? open.lowerBound
        let previous = quotes.last(where: { $0.speaker != nil })
        speaker = people.resolve(
          found.phrase, before: offset, lastSpeaker: previous.map { ($0.speaker!, $0.range.lowerBound) })
      } else if let inherited = inherit(quotes, block: quotation.firstBlock, people: people, before: open.lowerBound)
        ?? reportedSpeech(before: first, sentences: sentences, words: sentenceWords, people: people)
      {
        speaker = inherited
        carried = true
      }
      quotes.append(
        Quote(
          range: open.lowerBound..<close.upperBound, content: quotation.content, text: text, kind: kind,
          speaker: speaker, cue: attribution?.cue, carriedOver: carried, closed: quotation.close != nil,
          block: quotation.firstBlock, endBlock: quotation.lastBlock))
    }
    return quotes
  }

  /// A quote that opens a paragraph after a lead-in ending in a colon ("Sanders made the following comment:")
  /// belongs to that lead-in's subject.
  private static func colonLeadIn(_ words: [Word], prose: ProseText, sentence: Sentence) -> Attribution? {
    let text = prose.cleanText(sentence.range)
    guard text.hasSuffix(":") else { return nil }
    return Attribution.before(words) ?? Attribution.sentenceSubject(words)
  }

  /// A transcript's speaker label at the start of a quote: `"WALLACE: If I may, sir…"`.
  private static func transcriptLabel(_ text: String) -> Word? {
    guard let colon = text.prefix(30).firstIndex(of: ":") else { return nil }
    let label = text[..<colon]
    guard label.count >= 2, label.allSatisfy({ $0.isUppercase || $0 == " " || $0 == "." }) else { return nil }
    return Word(text: label.capitalized, range: 0..<0, isFigure: false, endsClause: true)
  }

  /// A quote that follows reported speech in its paragraph ("…over Syria, Schiff said. “The other factor…”")
  /// belongs to that sentence's speaker.
  private static func reportedSpeech(before sentence: Int, sentences: [Sentence], words: [[Word]], people: PeopleIndex)
    -> String?
  {
    guard sentence > 0, sentences[sentence - 1].block == sentences[sentence].block,
      let attribution = Attribution.before(words[sentence - 1]), attribution.cue != ":"
    else { return nil }
    return people.resolve(
      attribution.phrase, before: attribution.phrase.first?.range.lowerBound ?? 0, lastSpeaker: nil)
  }

  /// The speaker a quote with no cue inherits: the previous quote's in the same paragraph, or the previous
  /// paragraph's last quote when nobody else has been named between it and this one.
  private static func inherit(_ quotes: [Quote], block: Int, people: PeopleIndex, before offset: Int) -> String? {
    guard let previous = quotes.last, let speaker = previous.speaker else { return nil }
    if previous.endBlock == block { return speaker }
    guard previous.endBlock == block - 1 else { return nil }
    let since = people.mentions.filter { $0.offset > previous.range.upperBound && $0.offset < offset }
    return since.allSatisfy({ $0.name == speaker || speaker.hasSuffix($0.name) }) ? speaker : nil
  }
}

/// A speaker phrase and the cue that introduced it.
struct Attribution {
  var phrase: [Word]
  var cue: String?

  init(speaker: [Word], cue: String?) {
    phrase = speaker
    self.cue = cue
  }

  static let maximumPhrase = 8

  /// After the closing mark: `Marsh said`, `said Mayor Elena Marsh`, `he added`, `according to the council`,
  /// `— Mark Rutte`.
  static func after(_ words: [Word], dashCredit: Bool) -> Attribution? {
    guard !words.isEmpty else { return nil }
    for start in words.indices.prefix(24) {
      if let lead = leadPhrase(words, at: start) { return lead }
    }
    if let cue = words.prefix(24).firstIndex(where: { SpeechCues.isCue($0.text) }) {
      if cue == 0 {
        let phrase = phraseAfter(words, from: 1)
        return phrase.isEmpty ? nil : Attribution(speaker: phrase, cue: words[0].text.lowercased())
      }
      let phrase = subject(before: cue, in: words)
      guard isSpeakerPhrase(phrase) else { return nil }
      return Attribution(speaker: trimmed(phrase), cue: words[cue].text.lowercased())
    }
    if dashCredit {
      let phrase = phraseAfter(words, from: 0)
      if !phrase.isEmpty { return Attribution(speaker: phrase, cue: "—") }
    }
    return nil
  }

  /// Before the opening mark: `Marsh told councillors:`, `said Marsh:`, `According to Marsh,`, `Rutte:`.
  static func before(_ words: [Word]) -> Attribution? {
    guard !words.isEmpty else { return nil }
    for start in words.indices.reversed() {
      if let lead = leadPhrase(words, at: start) { return lead }
    }
    if let cue = words.lastIndex(where: { SpeechCues.isCue($0.text) }) {
      var phrase = subject(before: cue, in: words)
      if phrase.isEmpty || !isSpeakerPhrase(phrase) { phrase = phraseAfter(words, from: cue + 1) }
      if !phrase.isEmpty && isSpeakerPhrase(phrase) {
        return Attribution(speaker: trimmed(phrase), cue: words[cue].text.lowercased())
      }
    }
    // A headline or lead-in of the form `Speaker: “…”`.
    if let last = words.last, last.endsClause, words.count <= 5 {
      let run = PeopleIndex.capitalisedRuns(words).last ?? []
      if !run.isEmpty && run.last?.range == last.range { return Attribution(speaker: run, cue: ":") }
    }
    return nil
  }

  /// The subject before a cue verb: the clause just before it, or, when that clause is an appositive set off by
  /// commas ("Hugh Hill, a doctor, said"), the name before the appositive.
  private static func subject(before cue: Int, in words: [Word]) -> [Word] {
    var segments: [[Word]] = [[]]
    for word in words[..<cue] {
      segments[segments.count - 1].append(word)
      if word.endsClause { segments.append([]) }
    }
    segments = segments.filter { !$0.isEmpty }.suffix(3)
    guard var phrase = segments.popLast() else { return [] }
    if phrase.first?.text.unicodeScalars.first?.isLower == true
      && !(phrase.count == 1 && SpeechCues.pronouns.contains(phrase[0].text.lowercased())),
      let name = segments.last, name.first?.text.unicodeScalars.first?.isUpper == true
    {
      phrase = name
    }
    return Array(phrase.suffix(maximumPhrase))
  }

  private static func isAppositive(_ segment: [Word]) -> Bool {
    guard let first = segment.first, first.text.unicodeScalars.first?.isLower == true else { return false }
    return !(segment.count == 1 && SpeechCues.pronouns.contains(first.text.lowercased()))
  }

  /// The subject of the sentence a quote sits in, for a partial quote with no speech verb of its own: news
  /// writes "Schiff called on the administration to “really call out Russia”" of Schiff's words.
  static func sentenceSubject(_ words: [Word]) -> Attribution? {
    var start = 0
    // Skip an opening adverbial set off by a comma ("On Friday, …", "In a statement, …").
    if let comma = words.prefix(16).firstIndex(where: \.endsClause), words[0].text.unicodeScalars.first!.isUpper,
      [
        "on", "in", "at", "after", "before", "during", "earlier", "later", "meanwhile", "however", "still", "yet",
        "but",
        "and", "following", "amid", "despite", "with", "as", "since", "when", "while", "speaking", "asked",
      ]
      .contains(words[0].text.lowercased())
    {
      start = comma + 1
    }
    guard start < words.count, let verb = words[start...].firstIndex(where: { PeopleIndex.looksLikeVerb($0.text) }),
      verb > start
    else { return nil }
    let phrase = Array(words[start..<verb].suffix(maximumPhrase))
    guard isSpeakerPhrase(phrase) else { return nil }
    return Attribution(speaker: trimmed(phrase), cue: nil)
  }

  private static func leadPhrase(_ words: [Word], at start: Int) -> Attribution? {
    for lead in SpeechCues.leadPhrases where start + lead.count <= words.count {
      let slice = words[start..<start + lead.count].map { $0.text.lowercased() }
      guard slice == lead else { continue }
      // "according to" takes any noun phrase: a complaint, a report, a poll.
      var phrase = phraseAfter(words, from: start + lead.count)
      if phrase.isEmpty {
        phrase = Array(words[(start + lead.count)...].prefix(while: { !$0.endsClause }).prefix(maximumPhrase))
      }
      if !phrase.isEmpty { return Attribution(speaker: phrase, cue: lead.joined(separator: " ")) }
    }
    return nil
  }

  /// The speaker phrase after a cue: up to the end of the clause, stopping at "in", "on", "during" and the like.
  private static func phraseAfter(_ words: [Word], from start: Int) -> [Word] {
    var phrase: [Word] = []
    var index = start
    let stops: Set<String> = [
      "in", "on", "during", "at", "after", "before", "while", "who", "which", "that", "when", "to", "on",
    ]
    while index < words.count && phrase.count < maximumPhrase {
      let word = words[index]
      if stops.contains(word.text.lowercased()) && !phrase.isEmpty { break }
      phrase.append(word)
      if word.endsClause { break }
      index += 1
    }
    return isSpeakerPhrase(phrase) ? trimmed(phrase) : []
  }

  /// A plausible speaker: a pronoun, a capitalised name, or a role noun ("the ministry", "officials").
  private static func isSpeakerPhrase(_ phrase: [Word]) -> Bool {
    guard !phrase.isEmpty, phrase.count <= maximumPhrase else { return false }
    let lower = phrase.map { $0.text.lowercased() }
    if phrase.count == 1 && SpeechCues.pronouns.contains(lower[0]) { return true }
    if ["the", "a", "an", "his", "her", "their", "our", "my", "its"].contains(lower[0]) && phrase.count >= 2 {
      return true
    }
    if phrase.contains(where: { $0.text.unicodeScalars.first!.isUpper && !$0.isFigure }) { return true }
    return lower.contains(where: SpeechCues.roleNouns.contains)
  }

  /// Narrows a phrase to its name: the last run of capitalised words that is more than titles
  /// ("Opposition councillor Priya Nandakumar" → "Priya Nandakumar"); a phrase with no name stays as it is.
  private static func trimmed(_ phrase: [Word]) -> [Word] {
    let runs = PeopleIndex.capitalisedRuns(phrase)
    return runs.last(where: { !PeopleIndex.split($0).name.isEmpty }) ?? phrase
  }
}
