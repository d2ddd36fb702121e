/// Reads the quotations of a document: what kind each is, who said it and with which cue.
///
/// Attribution looks first for a transcript label inside the quote (`"OKAFOR: The gates are shut…`), then after the
/// closing mark (`,” Marsh said.` / `,” said Mayor Elena Marsh.`), then before the opening mark (`Marsh told
/// councillors: “`), then at lead phrases ("according to"), dash credits, headline colons and the subject of the
/// sentence. A speaker written as a surname, a title or a pronoun is resolved to the full name named before it. A
/// quote with no cue inherits the speaker of the previous quote in its paragraph, or of the previous paragraph's
/// last quote when nobody else has been named since, or of the reported speech just before it.
public enum QuoteAnalysis {
  public static func quotes(in prose: ProseText, sentences: [Sentence]) -> [Quote] {
    var people = PeopleIndex()
    let sentenceWords = sentences.map { Word.words(in: prose, $0.range) }
    for words in sentenceWords { people.record(words, text: prose.text) }
    let quotations = QuoteScanner.quotations(in: prose)
    var quotes: [Quote] = []
    var pronouns = PronounsUsed()
    // Where each quote's attribution ends: names in "…,” said Ana Ruiz of New York." do not stop carry-over.
    var attributionEnds: [Int] = []
    let quotationSpans = quotations.map {
      $0.open.range.lowerBound..<($0.close?.range.upperBound ?? $0.content.upperBound)
    }
    // A sentence's words outside its quotations, read once for all the quotes in it.
    var wordsOutsideQuotations: [Int: [Word]] = [:]
    for (index, quotation) in quotations.enumerated() {
      let open = quotation.open.range
      let close = quotation.close?.range ?? quotation.content.upperBound..<quotation.content.upperBound
      let first = sentences.index(holding: open.lowerBound) ?? 0
      let last = sentences.lastIndex(startingAtOrBefore: close.lowerBound) ?? first
      // The neighbouring quotations in the same sentences bound the windows, so "“A,” he said, “B.”" attributes both.
      let previousClose = index > 0 ? quotations[index - 1].close?.range.upperBound ?? 0 : 0
      let nextOpen = index + 1 < quotations.count ? quotations[index + 1].open.range.lowerBound : Int.max
      let before = sentences.isEmpty ? [] : Array(Word.within(sentenceWords[first], previousClose..<open.lowerBound))
      let between = TextBuffer.substring(
        prose.text, close.upperBound..<min(prose.text.utf8.count, close.upperBound + 8))
      // The dash opens what follows the mark: "”  — Okafor", not the hyphen of "” T-shirts appeared".
      let dashCredit = between.drop { $0 == " " || $0 == "\u{00A0}" }.first.map { "—–―-".contains($0) } == true
      // A dash credit after a closing `.”` lands in the next sentence: read it from there.
      // So does the cue of `“…?” Patel asked.`, which the sentence splitter puts in a sentence of its own.
      // A quote ending in a full stop ended its sentence: the next one credits it only when that is all it does
      // (`“….” Patel said.`); after `?` and `!` the credit often follows (`“…?” Patel asked the crowd.`).
      let text = prose.cleanText(quotation.content)
      let endsSentence =
        !sentences.isEmpty && sentences[last].range.upperBound <= close.upperBound
        && (!text.hasSuffix(".")
          || (last + 1 < sentences.count && sentenceWords[last + 1].count <= 6))
      let creditSentence =
        (dashCredit || endsSentence) && last + 1 < sentences.count && sentences[last + 1].block == sentences[last].block
      let window = close.upperBound..<max(close.upperBound, nextOpen)
      let after =
        sentences.isEmpty
        ? []
        : Array(Word.within(sentenceWords[last], window))
          + (creditSentence ? Word.within(sentenceWords[last + 1], window) : [])
      // What stands between the writer's last word and the mark: a colon makes a lead-in, and any stop sets the
      // quote off from the writer's words.
      let leadIn = TextBuffer.substring(
        prose.text, (before.last?.range.upperBound ?? open.lowerBound)..<open.lowerBound)
      var kind = QuoteClassifier.kind(text: text, before: before, opensSentence: before.isEmpty)
      var attribution =
        transcriptLabel(quotation.content, prose: prose) ?? citationLine(
          quotation.content, close: close.upperBound, prose: prose)
        ?? Attribution.after(after, dashCredit: dashCredit)
      // In the next sentence only a credit that opens it counts: "“…?” Patel asked.", not a later "according to".
      if creditSentence, !dashCredit, let start = attribution?.phrase.first?.range.lowerBound,
        start > (sentenceWords[last + 1].prefix(5).last?.range.lowerBound ?? Int.max)
      {
        attribution = nil
      }
      attribution =
        attribution ?? Attribution.before(before, colon: leadIn.contains(":"))
        ?? bracketedCredit(after: close.upperBound, prose: prose)
      if QuoteClassifier.isNickname(
        text, between: before.last, and: after.first, marks: open.lowerBound..<close.upperBound)
      {
        attribution = nil
        kind = .scare
      }
      if attribution == nil, kind == .scare || kind == .partial,
        let named = Attribution.naming(
          before, isKnownName: people.isKnownSurname)
      {
        // Rule: a short quote after a naming verb with a named subject is that person's words, before the
        // sentence's subject is asked: in "Marsh had a strong night, when Okafor called him “the grownup”" Okafor
        // called him so, not Marsh.
        attribution = named
        kind = .partial
      }
      if attribution == nil, kind != .scare, kind != .title, kind == .partial || !before.isEmpty || !after.isEmpty,
        !sentences.isEmpty
      {
        let outside = wordsOutsideQuotations[first] ?? Self.outside(quotationSpans, sentenceWords[first])
        wordsOutsideQuotations[first] = outside
        attribution = Attribution.sentenceSubject(outside, colonLeadIn: leadIn.contains(":")).flatMap {
          $0.namesSomeone ? $0 : nil
        }
      }
      if attribution == nil, last + 1 < sentences.count, sentences[last + 1].block == quotation.lastBlock + 1,
        "-—–―".contains(TextBuffer.substring(prose.text, sentences[last + 1].range).first ?? " ")
      {
        // A credit on the line after the quote: `"…"` then `- Lena Okafor`.
        attribution = Attribution.after(sentenceWords[last + 1], dashCredit: true)
      }
      if attribution == nil, !sentences.isEmpty, sentences[last].range.upperBound <= close.upperBound,
        last + 1 < sentences.count, sentences[last + 1].block == sentences[last].block
      {
        attribution = Attribution.namingTheQuote(sentenceWords[last + 1])
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
      var speaker: String?
      var speakerRange: Range<Int>?
      var carried = false
      if let found = attribution {
        let offset = found.phrase.first?.range.lowerBound ?? open.lowerBound
        let previous = quotes.last(where: { $0.speaker != nil })
        speaker = pronouns.checked(
          people.resolve(
            found.phrase, before: offset, quoteStart: open.lowerBound,
            lastSpeaker: previous.map { ($0.speaker!, $0.range.lowerBound) }),
          writtenAs: found.phrase.map(\.text))
        speakerRange = found.range
      } else if let previous = inherit(
        quotes, ends: attributionEnds, block: quotation.firstBlock, people: people, before: open.lowerBound)
      {
        speaker = previous.speaker
        speakerRange = previous.speakerRange
        carried = true
      } else if first > 0, before.isEmpty || sentences[first - 1].block == sentences[first].block,
        sentences[first - 1].block >= quotation.firstBlock - 1,
        let reported = reportedSpeech(sentenceWords[first - 1], people: people)
      {
        // Reported speech just before, in the paragraph or ending the previous one: "…, Patel said. “The other…”".
        speaker = reported.speaker
        speakerRange = reported.range
        carried = true
      }
      // Step: a phrase in title case that nobody is credited with is the name of something.
      if speaker == nil, kind == .full || kind == .partial,
        QuoteClassifier.isTitleCased(text)
          || isCitedInBrackets(open: open.lowerBound, close: close.upperBound, prose: prose)
      {
        kind = .title
      }
      // Step: a short quote nobody is credited with, closed by the writer's full stop, is a term, as it is with
      // the stop outside the marks: whether it is flagged does not hang on the house style.
      if speaker == nil, kind == .partial,
        QuoteClassifier.endsInWritersStop(
          text, opensSentence: before.isEmpty, setOff: leadIn.contains { ",:;—–-".contains($0) })
      {
        kind = .scare
      }
      quotes.append(
        Quote(
          range: open.lowerBound..<close.upperBound, content: quotation.content, text: text, kind: kind,
          speaker: speaker, speakerRange: speakerRange, cue: attribution?.cue, carriedOver: carried,
          closed: quotation.close != nil, block: quotation.firstBlock, endBlock: quotation.lastBlock))
      attributionEnds.append(max(close.upperBound, sentences.isEmpty ? 0 : sentences[last].range.upperBound))
    }
    attributeHeadlineQuotes(&quotes, prose: prose)
    return quotes
  }

  /// Step: the subject of a sentence is found among its words outside every quotation, not only outside the
  /// quote being attributed: in "“The attacks in Paris prove…,” Trump says…, pledging to “…”" the second quote is
  /// Trump's, and "Paris proves" inside the first is no subject. `spans` are the quotations, in order.
  static func outside(_ spans: [Range<Int>], _ words: [Word]) -> [Word] {
    guard let firstWord = words.first else { return [] }
    var next = spans.partitionPoint { $0.upperBound > firstWord.range.lowerBound }
    return words.filter { word in
      while next < spans.count, spans[next].upperBound <= word.range.lowerBound { next += 1 }
      return next == spans.count || word.range.upperBound <= spans[next].lowerBound
    }
  }

  /// Step: a quote in the headline (the first block) with no speaker of its own is credited in the body, which
  /// quotes the same words with a speaker ("‘We will not flinch’: Mayor defends the barrier", then “We will not
  /// flinch,” Marsh said): headlines carry quotes without a credit, and the story gives it. The words are compared
  /// as a misquote compares them (`QuoteWords`): case, marks and editorial brackets aside.
  static func attributeHeadlineQuotes(_ quotes: inout [Quote], prose: ProseText) {
    // A headline is a line of a few words: a long first paragraph is no headline, and each of its quotes would be
    // compared with every later quote (1,500 quotes in an opening paragraph took 34 s more to check).
    guard let headline = prose.blocks.first,
      TextBuffer.substring(prose.text, headline).split(whereSeparator: \.isWhitespace).count <= headlineWords
    else { return }
    for index in quotes.indices where quotes[index].block == 0 && quotes[index].speaker == nil && quotes[index].closed {
      // Only a quote at least as long can hold the headline quote's words; both are counted on the quote's text
      // before any comparison, which costs the product of the two lengths.
      let length = quotes[index].text.split(whereSeparator: \.isWhitespace).count
      let words = QuoteWords(prose, quotes[index].content)
      guard !words.words.isEmpty,
        let credited = quotes[(index + 1)...].first(where: { later in
          later.speaker != nil && later.block > 0
            && later.text.split(whereSeparator: \.isWhitespace).count >= length
            && words.compare(with: QuoteWords(prose, later.content)).exact
        })
      else { continue }
      quotes[index].speaker = credited.speaker
      quotes[index].speakerRange = credited.speakerRange
      quotes[index].carriedOver = true
    }
  }

  /// The most words a headline has.
  static let headlineWords = 40

  /// A quote that opens a paragraph after a lead-in ending in a colon ("Okafor made the following comment:")
  /// belongs to that lead-in's subject.
  private static func colonLeadIn(_ words: [Word], prose: ProseText, sentence: Sentence) -> Attribution? {
    let text = prose.cleanText(sentence.range)
    guard text.hasSuffix(":") else { return nil }
    return Attribution.before(words, colon: true) ?? Attribution.sentenceSubject(words, colonLeadIn: true)
  }

  /// A transcript's speaker label at the start of a quote: `"OKAFOR: The gates are shut…"`.
  private static func transcriptLabel(_ content: Range<Int>, prose: ProseText) -> Attribution? {
    let raw = TextBuffer.substring(prose.text, content.lowerBound..<min(content.upperBound, content.lowerBound + 40))
    guard let colon = raw.firstIndex(of: ":") else { return nil }
    let label = raw[..<colon]
    guard label.count >= 2, label.contains(where: \.isLetter),
      label.allSatisfy({ $0.isUppercase || $0 == " " || $0 == "." })
    else { return nil }
    let range = content.lowerBound..<content.lowerBound + label.utf8.count
    return Attribution(label: label.capitalized, range: range, cue: ":")
  }

  /// Step: a credit in brackets right after the closing mark names whose words these are, as a news digest
  /// credits each excerpt: `“…slumps and financial losses.” [WaPo.]`, `“…” (Mollie Reilly)`. Only capitalised
  /// words, a few at most, and no stage direction ("(Applause.)") make a credit.
  static func bracketedCredit(after close: Int, prose: ProseText) -> Attribution? {
    let end = min(prose.text.utf8.count, close + creditReach)
    let raw = TextBuffer.substring(prose.text, close..<end)
    let start = raw.drop { $0 == " " || $0 == "\u{00A0}" }
    guard let opening = start.first, let closing = ["[": "]", "(": ")"][opening],
      let shut = start.firstIndex(of: Character(closing))
    else { return nil }
    let label = start[start.index(after: start.startIndex)..<shut]
    let name = String(label.hasSuffix(".") ? label.dropLast() : label)
    let words = name.split(separator: " ", omittingEmptySubsequences: false)
    guard (1...4).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true }),
      !stageDirections.contains(name.lowercased())
    else { return nil }
    // The name starts just after the bracket, which follows the spaces after the mark.
    let offset = close + raw.utf8.count - start.utf8.count + 1
    return Attribution(label: name, range: offset..<offset + name.utf8.count, cue: "[")
  }

  /// Step: a quote that opens a bracket and is followed in it by a publication and a date cites a piece by its
  /// headline, as a letter to the editor does: `("Romney blasts Trump as a 'fraud'," USATODAY.com, Thursday)`,
  /// `(“The wall must rise,” Opinion, May 3)`. Nobody spoke those words; asked only of a quote with no speaker.
  static func isCitedInBrackets(open: Int, close: Int, prose: ProseText) -> Bool {
    let lead = TextBuffer.substring(prose.text, max(0, open - 2)..<open)
    guard lead.last(where: { $0 != " " }) == "(" else { return false }
    let rest = TextBuffer.substring(prose.text, close..<min(prose.text.utf8.count, close + creditReach))
    guard let shut = rest.firstIndex(of: ")") else { return false }
    let citation = rest[..<shut].drop { $0 == " " || $0 == "," }
    let parts = citation.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
    let words = citation.split(whereSeparator: { $0 == " " || $0 == "," })
    return (2...3).contains(parts.count) && words.count <= citationItemsWords
      && parts.allSatisfy { $0.first?.isUppercase == true || $0.first?.isNumber == true }
  }

  /// How many words a bracketed citation after a headline holds at most: a publication and a date.
  static let citationItemsWords = 6

  /// How far after a quote a bracketed credit is looked for.
  static let creditReach = 60
  private static let stageDirections: Set<String> = [
    "applause", "laughter", "cheers", "cheering", "boos", "booing", "crosstalk", "inaudible", "silence",
  ]

  /// Step: a pull quote ends with its credit on a line of its own, a name and what they are, inside the marks
  /// (`"I worry that the budget … tax cuts.` then `Dev Patel, Calder Harbour Trust."`) or, where the quote was
  /// read to the end of its paragraph, on the next line before a lone closing mark.
  static func citationLine(_ content: Range<Int>, close: Int, prose: ProseText) -> Attribution? {
    let raw = TextBuffer.substring(prose.text, content)
    let (line, start, body): (Substring, Int, Substring)
    if let newline = raw.lastIndex(of: "\n") {
      line = raw[raw.index(after: newline)...]
      start = content.upperBound - line.utf8.count
      body = raw[..<newline]
    } else {
      let rest = TextBuffer.substring(prose.text, close..<min(prose.text.utf8.count, close + creditReach * 2))
      let end = rest.dropFirst().firstIndex(of: "\n") ?? rest.endIndex
      guard rest.first == "\n", let mark = rest[..<end].last, QuoteScanner.canClose(mark) else { return nil }
      line = rest[rest.index(after: rest.startIndex)..<rest.index(before: end)]
      start = close + 1
      body = raw[...]
    }
    let lead = body.last { !$0.isWhitespace && !QuoteScanner.canClose($0) }
    guard let comma = line.firstIndex(of: ","), lead.map({ ".!?".contains($0) }) == true,
      line.split(separator: " ").count <= citationWords
    else { return nil }
    let name = line[..<comma].split(separator: " ")
    guard (2...4).contains(name.count), name.allSatisfy({ $0.first?.isUppercase == true }) else { return nil }
    let text = name.joined(separator: " ")
    let offset = start + line.utf8.count - line.drop { $0 == " " }.utf8.count
    return Attribution(label: text, range: offset..<offset + text.utf8.count, cue: ",")
  }

  /// How many words a pull quote's credit line holds at most: a name, a title and an organisation.
  static let citationWords = 14

  /// The speaker of reported speech ("…over the gates, Patel said."), which a following quote continues.
  private static func reportedSpeech(_ words: [Word], people: PeopleIndex) -> (speaker: String, range: Range<Int>?)? {
    guard let attribution = Attribution.before(words, colon: false) else { return nil }
    let speaker = people.resolve(
      attribution.phrase, before: attribution.phrase.first?.range.lowerBound ?? 0, lastSpeaker: nil)
    return speaker.map { ($0, attribution.range) }
  }

  /// The quote whose speaker a quote with no cue inherits: the previous quote in the same paragraph, or the
  /// previous paragraph's last quote when nobody else has been named since its attribution.
  private static func inherit(_ quotes: [Quote], ends: [Int], block: Int, people: PeopleIndex, before offset: Int)
    -> Quote?
  {
    guard let previous = quotes.last, let speaker = previous.speaker else { return nil }
    if previous.endBlock == block { return previous }
    guard previous.endBlock == block - 1, let end = ends.last else { return nil }
    let since = people.mentions(after: end, before: offset)
    return since.allSatisfy({ $0.name == speaker || speaker.hasSuffix($0.name) }) ? previous : nil
  }
}
