import Foundation

/// The quotation checks: `unattributed-quote`, `misquote`, `unverified-quote` and `misattributed-quote`.
public enum QuoteChecks {
  public static func findings(
    quotes: [Quote], sourcing: [[QuoteSourcing]], prose: ProseText, corpus: Corpus, namedInDraft people: [String],
    reportScareQuotes: Bool
  ) -> [Finding] {
    var findings: [Finding] = []
    let hasSources = corpus.articleCount > 0
    for quote in quotes
    where reportScareQuotes && quote.closed && quote.speaker == nil && (quote.kind == .scare || quote.kind == .title) {
      // Opted in with `scareQuotes: information`: a term or title in quotation marks, for an editor to glance at.
      let what = quote.kind == .title ? "Title in quotation marks" : "Scare quote or term"
      findings.append(
        Finding(
          code: "unattributed-quote", severity: .information, message: "\(what), with no speaker", range: quote.range))
    }
    for (quote, sources) in zip(quotes, sourcing) where quote.closed && (quote.kind == .full || quote.kind == .partial)
    {
      let related = sources.compactMap { source -> Finding.Related? in
        guard let article = corpus.article(source.article) else { return nil }
        return Finding.Related(
          path: article.path, range: source.quoteRange, message: "\(source.outlet): “\(source.wording)”")
      }
      // A quotation's later paragraphs are attributed, or not, by its first.
      if quote.speaker == nil && !quote.continuesQuotation {
        findings.append(unattributed(quote, sources, prose: prose, people: people, related: related))
      }
      let exact = sources.filter(\.exact)
      // A short quote with a speaker ("Marsh called the vote a “fair deal”") is compared with what the sources
      // quote that speaker saying there, however few words it shares with it.
      let short = quote.wordCount <= 3
      let bySpeaker = sources.filter { source in
        quote.speaker.map { speaker in source.speaker.map { Self.sameSpeaker($0, speaker) } ?? false } ?? false
      }
      if exact.isEmpty,
        let misquote = misquote(quote, sources, related: related, alsoClose: short ? bySpeaker : [])
      {
        findings.append(misquote)
      } else if exact.isEmpty, let partly = quotedInPart(quote, sources, related: related) {
        findings.append(partly)
      } else if exact.isEmpty && short && quote.speaker != nil && bySpeaker.isEmpty && hasSources {
        findings.append(
          Finding(
            code: "unverified-quote", severity: .information,
            message: "No source quotes \(quote.speaker!) using these words", range: quote.range, related: related))
      } else if exact.isEmpty && sources.isEmpty && hasSources {
        findings.append(
          Finding(
            code: "unverified-quote", severity: .information,
            message: "No source contains words close to this quote", range: quote.range))
      }
      // Another speaker's use of a phrase anyone may say counts only in the claim the draft's sentence makes.
      let close = sources.filter { $0.similarity >= 0.8 }
      if let speaker = quote.speaker, !isSaidByMany(quote, close), !speakerIsAGuess(quote, speaker, prose: prose),
        let misattributed = misattributed(
          quote, speaker: speaker, close.filter { !isAnyonesPhrase(quote, in: $0) }, related: related)
      {
        findings.append(misattributed)
      }
    }
    return findings
  }

  /// From how many words a quote is someone's own words wherever they turn up.
  static let distinctiveQuoteWords = 6

  /// Whether a quote is a phrase of a few words ("a terrible mistake", "not a threat") that the source says in
  /// another claim than the draft's sentence makes, or than the quote makes when its sentence says nothing else
  /// but who said it (`QuoteSourcing.Claim.theQuotes`): there, it is anyone's to say. So is a longer one that says
  /// one thing at most besides its function words ("I think he will do it"), whose words anyone shares.
  static func isAnyonesPhrase(_ quote: Quote, in source: QuoteSourcing) -> Bool {
    guard !source.inQuotesClaim else { return false }
    // Step: a sentence the source quotes the draft's speaker saying in nearly its words is that person's, in
    // whatever claim: "“God bless the jury,” he said" of Combs is his "God bless the jurors", misquoted. A fragment
    // is not: a politician's "dangerously wrong" in one story is no misquote of their "the wrong" in another.
    if quote.kind == .full, let speaker = quote.speaker, let other = source.speaker, isPersonName(speaker),
      sameSpeaker(speaker, other)
    {
      return false
    }
    // The quote's words are tokenized only for a source that says it elsewhere, and another person.
    return quote.wordCount < distinctiveQuoteWords || contentWordCount(quote.text) < 2
  }

  /// Step: a phrase of a few words that the sources give to two people or more ("do the right thing") is
  /// anyone's in every claim: no one speaker owns it for the draft to have given to someone else.
  static func isSaidByMany(_ quote: Quote, _ sources: [QuoteSourcing]) -> Bool {
    guard quote.wordCount < distinctiveQuoteWords else { return false }
    var people: [String] = []
    for speaker in sources.compactMap(\.speaker) where isPersonName(speaker) {
      if !people.contains(where: { sameSpeaker($0, speaker) }) { people.append(speaker) }
    }
    return people.count >= 2
  }

  /// Step: words a source quotes another person saying, in another claim than the draft's sentence makes, are
  /// that person's, not the draft speaker's misquoted, however many they are: Warren's "Donald Trump says he'll
  /// make America great again" is no misquote of Clinton's "When Donald Trump says ‘Let’s make America great
  /// again’". Nearly the same words are given to the wrong person, which `misattributed` reports; in the same
  /// claim, changed words are still a misquote.
  static func isAnotherPersonsInAnotherClaim(_ quote: Quote, _ source: QuoteSourcing) -> Bool {
    guard !source.inSameClaim, let speaker = quote.speaker, let other = source.speaker, isPersonName(speaker),
      isPersonName(other)
    else { return false }
    return !sameSpeaker(speaker, other)
  }

  private static func contentWordCount(_ text: String) -> Int {
    Tokenizer.tokens(in: text, range: 0..<text.utf8.count).filter(\.isContent).count
  }

  // MARK: - unattributed-quote

  private static func unattributed(
    _ quote: Quote, _ sources: [QuoteSourcing], prose: ProseText, people: [String], related: [Finding.Related]
  ) -> Finding {
    guard let speaker = majority(sources.compactMap(\.speaker).filter { !isLoneRoleNoun($0) }) else {
      return Finding(
        code: "unattributed-quote", severity: .warning,
        message: "Quote has no speaker: no attribution (said, told, according to …) names who said it",
        range: quote.range, related: related)
    }
    let outlets = sources.filter { $0.speaker.map { sameSpeaker($0, speaker) } ?? false }.map(\.outlet)
    return Finding(
      code: "unattributed-quote", severity: .warning,
      message: "Quote has no speaker; sources attribute this to \(speaker) (\(outlets.joined(separator: ", ")))",
      range: quote.range, related: related,
      fixes: attributionFix(quote, speaker: speaker, prose: prose, people: people).map { [$0] } ?? [])
  }

  /// Inserts "…,” Name said." after the quote, in the draft's own style: the surname when the draft has named the
  /// person before, the full name otherwise.
  static func attributionFix(_ quote: Quote, speaker: String, prose: ProseText, people: [String]) -> Finding.Fix? {
    let surname = speaker.split(separator: " ").last.map(String.init) ?? speaker
    let name = people.contains(speaker) ? surname : speaker
    let contentEnd = quote.content.upperBound
    let last = TextBuffer.substring(prose.text, (contentEnd - 1)..<contentEnd)
    var edits: [Finding.Edit] = []
    if last == "." { edits.append(Finding.Edit(range: (contentEnd - 1)..<contentEnd, replacement: ",")) }
    let closeEnd = quote.range.upperBound
    let after = TextBuffer.substring(prose.text, closeEnd..<min(prose.text.utf8.count, closeEnd + 1))
    let sentenceEnds = after.isEmpty || after == "\n" || after == " "
    // The first paragraph of a quotation across paragraphs has no closing mark: the credit closes it there, and
    // the next paragraph's opening mark then opens a quotation of its own.
    let closing = quote.range.upperBound > quote.content.upperBound ? "" : closingMark(opening: quote, in: prose)
    edits.append(
      Finding.Edit(range: closeEnd..<closeEnd, replacement: closing + " \(name) said" + (sentenceEnds ? "." : ",")))
    return Finding.Fix(title: "Attribute the quote to \(name)", edits: edits, isPreferred: true)
  }

  /// The mark that closes the quotation `quote` opens: the mark of its family, turned.
  private static func closingMark(opening quote: Quote, in prose: ProseText) -> String {
    let opening = TextBuffer.substring(prose.text, quote.range.lowerBound..<quote.content.lowerBound)
    return ["“": "”", "‘": "’", "«": "»", "‹": "›", "„": "“", "‚": "‘"][String(opening)] ?? String(opening)
  }

  // MARK: - misquote

  /// The share of a quote's words a source must have in order for a difference to be a misquote.
  static let misquoteSimilarity = 0.7

  /// Step: a source quoting the draft's speaker in the claim the draft's sentence makes need share only half the
  /// quote's words, most of them standing as the source has them, for the rest to be a misquote: "could not show
  /// “beyond reasonable doubt that he poses no danger”" where the judge's ruling, as outlets quote it, said "by
  /// clear and convincing evidence that he poses no danger". Said by that person, of that claim, the words are
  /// not another quote.
  static func isSameSpeakersInTheSameClaim(_ quote: Quote, _ source: QuoteSourcing) -> Bool {
    guard source.inSameClaim, let speaker = quote.speaker, let other = source.speaker, isPersonName(speaker) else {
      return false
    }
    return sameSpeaker(speaker, other)
  }

  private static func misquote(
    _ quote: Quote, _ sources: [QuoteSourcing], related: [Finding.Related], alsoClose: [QuoteSourcing]
  ) -> Finding? {
    // Close: most of the words in order; or, in a quote of a few words, all but one or two of them ("Domestic
    // violence is a crime" against "… is violence"); or a short quote the same speaker is quoted saying.
    let count = quote.wordCount
    let close = sources.filter { source in
      let matched = Int((source.similarity * Double(count)).rounded())
      // A few words like a source's, said in another claim, are anyone's words, whoever the source gives them to:
      // "This is an absolute necessity" is not a misquote of someone else's "This is an absolute epidemic", nor
      // "dangerously wrong" of a quotation that ends "the wrong".
      // Most of the quote must stand as the source has it: when the words that differ are most of a quote, it is
      // another quote ("We're in the people-pleasing business" is not "who put the interest of the people…").
      // Words past the source's quotation count among those that differ: the source does not have them either.
      guard !isAnyonesPhrase(quote, in: source), !isAnotherPersonsInAnotherClaim(quote, source),
        !source.replacements.isEmpty,
        (source.replacements.map(\.draftText) + source.unquoted).reduce(0, { $0 + $1.split(separator: " ").count })
          * 2 <= count
      else { return false }
      return
        (source.similarity >= misquoteSimilarity || (count <= 6 && matched >= 3 && count - matched <= 2)
        || alsoClose.contains { $0.article == source.article && $0.quoteRange == source.quoteRange }
        || isSameSpeakersInTheSameClaim(quote, source))
    }
    guard !close.isEmpty else { return nil }
    // The majority wording among the outlets; ties go to the closest, then to the outlet first by name, so that
    // the message is the same in every process (a dictionary's order changes with the hash seed).
    let groups = Dictionary(grouping: close) { $0.replacements.map { $0.sourceText.lowercased() } }.values.map {
      group in (group: group, firstOutlet: group.map(\.outlet).min()!)
    }
    let chosen = groups.max {
      ($0.group.count, $0.group[0].similarity, $1.firstOutlet) < (
        $1.group.count, $1.group[0].similarity, $0.firstOutlet
      )
    }!.group
    let replacements = chosen[0].replacements
    let outlets = chosen.map(\.outlet).sorted().joined(separator: ", ")
    let difference = replacements.map { told($0).difference }.joined(separator: "; ")
    let action = replacements.map { told($0).action }.joined(separator: ", ")
    let followed = outletsFollowed(replacements, among: sources)
    let fix = Finding.Fix(
      title: "Quote the sources: \(action)",
      edits: replacements.map { Finding.Edit(range: $0.draftRange, replacement: $0.sourceText) },
      isPreferred: followed.isEmpty && chosen.count * 2 > close.count)
    guard followed.isEmpty else {
      return Finding(
        code: "misquote", severity: .information,
        message: "The sources quote this in other words: \(difference) (\(outlets)); the draft follows "
          + "\(followed.joined(separator: ", ")) there", range: quote.range, related: related, fixes: [fix])
    }
    return Finding(
      code: "misquote", severity: .warning,
      message: "Quote differs from the sources: \(difference) (\(outlets))", range: quote.range, related: related,
      fixes: [fix])
  }

  /// One change as the misquote message tells it, and as the fix's title names it.
  private static func told(_ replacement: QuoteReplacement) -> (difference: String, action: String) {
    let (source, draft) = (replacement.sourceWords, replacement.draftText)
    switch (draft.isEmpty, source.isEmpty) {
    case (true, _): return ("the sources have “\(source)” where the draft leaves words out", "add “\(source)”")
    case (_, true): return ("the sources do not have “\(draft)”", "remove “\(draft)”")
    default: return ("the sources have “\(source)” where the draft has “\(draft)”", "“\(source)”")
    }
  }

  /// Step: the outlets whose quotation has the draft's words where the others' differs, quoting the rest of it
  /// closely as well: outlets that translate a remark each word it their own way ("my dream has been made
  /// reality" and "my dream has come true"), and a draft that follows one of them misquotes nobody. The difference
  /// is then information, not a warning.
  static func outletsFollowed(_ replacements: [QuoteReplacement], among sources: [QuoteSourcing]) -> [String] {
    let changed = replacements.map { (range: $0.draftRange, words: quotedWords($0.draftText)) }
    guard !changed.contains(where: { $0.words.isEmpty }) else { return [] }
    return sources.filter { source in
      let wording = quotedWords(source.wording)
      return source.similarity >= misquoteSimilarity
        && changed.allSatisfy { change in
          !source.replacements.contains { $0.draftRange.overlaps(change.range) } && wording.contains(change.words)
        }
    }.map(\.outlet).sorted()
  }

  /// A quotation's words, lowercased, without their punctuation.
  private static func quotedWords(_ text: String) -> [Substring] {
    text.lowercased().split { !$0.isLetter && !$0.isNumber }
  }

  /// Step: a quote that stands as a source quotes it and runs on past where that quotation begins or ends ("So
  /// far, I cannot believe how civil it's been" against an outlet's "I cannot believe how civil it's been") has
  /// words the source did not quote, not words it quotes otherwise: the speaker may well have said them. It is
  /// unverified there, not misquoted. Asked of the sources as close as a misquote's must be.
  private static func quotedInPart(_ quote: Quote, _ sources: [QuoteSourcing], related: [Finding.Related])
    -> Finding?
  {
    let partly = sources.filter { source in
      source.replacements.isEmpty && !source.unquoted.isEmpty && source.similarity >= misquoteSimilarity
        && !isAnyonesPhrase(quote, in: source) && !isAnotherPersonsInAnotherClaim(quote, source)
    }
    guard let closest = partly.first else { return nil }
    let words = closest.unquoted.map { "“\($0)”" }.joined(separator: " or ")
    let outlets = partly.map(\.outlet).sorted().joined(separator: ", ")
    return Finding(
      code: "unverified-quote", severity: .information,
      message: "The sources quote only part of this: none has \(words) (\(outlets))", range: quote.range,
      related: related)
  }

  // MARK: - misattributed-quote

  private static func misattributed(
    _ quote: Quote, speaker: String, _ sources: [QuoteSourcing], related: [Finding.Related]
  ) -> Finding? {
    // Only people are compared: a pronoun nobody could resolve ("he", "his") or a source credit that is not a
    // name ("To Keep Sean", read off a headline) says nothing about who spoke.
    guard isPersonName(speaker) else { return nil }
    let speakers = sources.compactMap(\.speaker).filter(isPersonName)
    guard !speakers.isEmpty, !speakers.contains(where: { sameSpeaker($0, speaker) }), let other = majority(speakers)
    else { return nil }
    let outlets = sources.filter { $0.speaker.map { sameSpeaker($0, other) } ?? false }.map(\.outlet)
    // A quote that names no speaker of its own takes one from the text before it (`Quote.carriedOver`): the writer
    // may not have meant that person, so the message says where the draft's credit comes from.
    let credit = quote.carriedOver ? ", credited only by the text before this quote" : ""
    return Finding(
      code: "misattributed-quote", severity: .warning,
      message: "Sources give these words to \(other) (\(outlets.joined(separator: ", "))), not \(speaker)\(credit)",
      range: quote.range, related: related)
  }

  /// Step: a pronoun for the speaker ("he said") stands for a person named before it, and where the quote's
  /// paragraph names someone else before the pronoun, who is meant is a guess ("Combs's family clapped when he said
  /// “Amen.”" after a sentence on Cassie Ventura), and a guess is not held against the draft.
  static func speakerIsAGuess(_ quote: Quote, _ speaker: String, prose: ProseText) -> Bool {
    guard let range = quote.speakerRange,
      SpeechCues.pronouns.contains(String(TextBuffer.substring(prose.text, range)).lowercased())
    else { return false }
    // The pronoun's paragraph, as the prose divides it (a wrapped line is no new paragraph).
    let block = prose.blocks.partitionPoint { $0.upperBound > range.lowerBound }
    let start = block < prose.blocks.count ? min(prose.blocks[block].lowerBound, range.lowerBound) : 0
    // The paragraph up to the pronoun, the quote's own words left out.
    let parts = [
      (start, min(quote.range.lowerBound, range.lowerBound)), (max(start, quote.range.upperBound), range.lowerBound),
    ]
    let before = parts.filter { $0.0 < $0.1 }.map { TextBuffer.substring(prose.text, $0.0..<$0.1) }
      .joined(separator: " ")
    return namesWritten(in: before).contains { isPersonName($0) && !sameSpeaker($0, speaker) }
  }

  /// The names a passage writes: runs of capitalised words, titles before them left out ("Judge Arun Subramanian"
  /// names Arun Subramanian). A run names someone mid-sentence, or anywhere as a possessive ("Combs's family"), or
  /// of two words or more; a sentence's first word alone is capitalised whatever it is ("Relatives cheered.").
  static func namesWritten(in passage: String) -> [String] {
    var names: [String] = []
    var run: [String] = []
    var runOpensSentence = false
    var opensSentence = true
    func endRun(possessive: Bool) {
      let name = run.drop { SpeechCues.titles.contains($0.lowercased()) }
      if !name.isEmpty, possessive || !runOpensSentence || run.count > 1 {
        names.append(name.joined(separator: " "))
      }
      run = []
    }
    for word in passage.split(separator: " ") {
      let letters = word.trimmingCharacters(in: .letters.inverted)
      let suffix = Attribution.possessiveSuffix(letters)
      let bare = String(letters.dropLast(suffix?.count ?? 0))
      if bare.first?.isUppercase == true {
        if run.isEmpty { runOpensSentence = opensSentence }
        run.append(bare)
      } else {
        endRun(possessive: false)
      }
      // A name ends at a possessive or at punctuation: "Combs's family", "Ruiz, Patel and Vale".
      if suffix != nil || word.last.map({ !$0.isLetter }) == true { endRun(possessive: suffix != nil) }
      opensSentence = word.last.map { ".!?".contains($0) } ?? false
    }
    endRun(possessive: false)
    return names
  }

  /// Two speaker names are the same person when `PersonName` says so ("Reyes", "Tomas Reyes", "Col. Tom Reyes
  /// Jr."); names it cannot read must match exactly.
  static func sameSpeaker(_ left: String, _ right: String) -> Bool {
    if left.lowercased() == right.lowercased() { return true }
    guard let a = PersonName(left), let b = PersonName(right) else { return false }
    return a.isSamePerson(as: b)
  }

  /// Whether a speaker as resolved is a person's name: a few capitalised words (a headline's title case runs
  /// longer: "Mayor Praises Harbour Chief Ines Ruiz’s Quay Plan"), none of them a pronoun, alone or in a
  /// contraction ("He's"), or a function word, and not a document ("Transcript as follows:"). A nickname in the
  /// name is one of its words (Sean “Diddy” Combs).
  public static func isPersonName(_ speaker: String) -> Bool {
    let words = speaker.split(separator: " ").map { PersonName.nickname(in: $0) ?? $0 }
    guard !words.isEmpty, words.count <= 6, !isLoneRoleNoun(speaker) else { return false }
    return words.allSatisfy { word in
      let lower = word.lowercased()
      let stem = lower.split(whereSeparator: { $0 == "'" || $0 == "’" }).first.map(String.init) ?? lower
      return word.first?.isUppercase == true && !StopWords.contains(lower) && !SpeechCues.pronouns.contains(stem)
    }
  }

  /// Step: a speaker that is one role or document noun and nothing else ("Transcript", from a lead-in line
  /// "Transcript as follows:") labels what follows rather than naming who spoke: it is no one to suggest as the
  /// speaker of a draft's quote, and an unattributed quote's fix would have added "Transcript said". A role with
  /// its article ("the ministry") is still suggested.
  static func isLoneRoleNoun(_ speaker: String) -> Bool {
    !speaker.contains(" ") && SpeechCues.roleNouns.contains(speaker.lowercased())
  }

  /// The most common name, counting surnames with their full names, preferring the fullest form.
  static func majority(_ names: [String]) -> String? {
    guard !names.isEmpty else { return nil }
    let best = names.max { left, right in
      let leftCount = names.filter { sameSpeaker($0, left) }.count
      let rightCount = names.filter { sameSpeaker($0, right) }.count
      return (leftCount, left.count) < (rightCount, right.count)
    }
    return best
  }
}
