/// The people a document names, in order, so a later "Okafor", "the mayor" or "he" can be read as the full name.
struct PeopleIndex {
  struct Mention {
    var offset: Int
    var name: String
    var titles: Set<String>
    /// Whether the name is the subject of a verb ("Okafor reflected"), the kind of mention "he" refers back to.
    var isSubject: Bool
    /// Which recorded sentence it is in.
    var sentence: Int
  }

  private static let commonVerbs: Set<String> = [
    "is", "was", "has", "had", "will", "would", "can", "could", "did", "does", "met", "made", "took", "gave", "went",
    "spoke", "sent", "led", "won", "lost", "became", "saw", "knew", "thought", "must", "may", "might", "should",
    "called", "calls", "wants", "talks", "used", "uses", "described", "describes", "are", "were", "have",
  ]

  /// Past tenses that do not end in "-ed": "threw her support behind", "brought", "held".
  private static let irregularPasts: Set<String> = [
    "threw", "brought", "bought", "held", "kept", "left", "ran", "sat", "stood", "began", "broke", "chose", "drove",
    "fell", "felt", "fought", "found", "got", "grew", "heard", "hung", "meant", "paid", "rode", "rose", "sought",
    "sold", "spent", "struck", "swore", "taught", "tore", "understood", "wore", "wept", "forgot", "forgave", "froze",
    "hid", "laid", "lent", "lit", "slid", "spun", "stole", "stuck", "stung", "swept", "swung", "withdrew", "drew",
    "flew", "knelt", "sang", "sank", "sprang", "bore", "beat", "bent", "bled", "bred", "built", "burnt", "dealt",
    "dug", "fed", "fled", "flung", "ground", "leapt", "overcame", "overtook", "oversaw", "rebuilt", "shook",
    "shone", "shrank", "slept", "slew", "spoke", "undertook", "upheld", "withheld", "woke", "won", "wound", "wrung",
  ]

  /// A rough test for a verb after a name: a past tense, a speech cue, or a common auxiliary.
  static func looksLikeVerb(_ word: String) -> Bool {
    guard word.unicodeScalars.first!.isLower else { return false }
    return word.hasSuffix("ed") || SpeechCues.isCue(word) || commonVerbs.contains(word) || irregularPasts.contains(word)
  }

  /// In text order: each sentence is recorded after the one before it.
  private(set) var mentions: [Mention] = []
  /// Where each recorded sentence starts, in order; a mention's `sentence` indexes it.
  private var sentenceStarts: [Int] = []
  /// The mentions of names of two words or more, by their last word (the surname), and by each nickname
  /// (“Diddy”) written before the last word, in order: what `known(_:before:)` looks a lone word up in, so that a
  /// draft of thousands of names does not read every mention for each.
  private var bySurname: [Substring: [Int]] = [:]
  private var byNickname: [Substring: [Int]] = [:]

  /// The mentions at offsets after `lower` and before `upper`.
  func mentions(after lower: Int, before upper: Int) -> ArraySlice<Mention> {
    let start = mentions.partitionPoint { $0.offset > lower }
    return mentions[start..<max(start, mentions.partitionPoint { $0.offset >= upper })]
  }

  /// Whether a name of two words or more ending in `surname` has been recorded.
  func isKnownSurname(_ surname: String) -> Bool { bySurname[Substring(surname)] != nil }

  /// Records the names in a sentence: runs of two or more capitalised words, titles stripped, and lone
  /// surnames of people already named. `text` is the prose the words index into.
  mutating func record(_ words: [Word], text: String) {
    sentenceStarts.append(words.first?.range.lowerBound ?? sentenceStarts.last ?? 0)
    let sentence = sentenceStarts.count - 1
    let (words, nicknames) = Self.nicknames(in: words, text: text)
    // Runs come in order, so the word after each is found by walking on from the last one's: a search from the
    // start for each run made a sentence of thousands of capitalised runs quadratic.
    var after = words.startIndex
    var start = words.startIndex
    for run in Self.capitalisedRuns(words) where !Self.isQuotedTitle(run, text: text) {
      var (titles, name) = Self.split(run)
      while start < words.endIndex && words[start].range.lowerBound < run.first!.range.lowerBound { start += 1 }
      titles.formUnion(Self.appositiveRole(before: start, in: words, text: text))
      while after < words.endIndex && words[after].range.lowerBound < run.last!.range.upperBound { after += 1 }
      let isSubject = Self.isSubject(endingWith: run.last!, followedBy: words[after...])
      // A possessive names its owner: "Combs's family" mentions Sean Combs.
      let possessive = Attribution.possessiveSuffix(run.last!.text)
      var full = name.map { word in
        (nicknames[word.range.lowerBound].map { PersonName.written(nickname: $0) + " " } ?? "")
          + word.text.dropLast(word.range.upperBound == run.last!.range.upperBound ? possessive?.count ?? 0 : 0)
      }
      .joined(separator: " ")
      if name.count == 1, let known = known(full, before: run.first!.range.lowerBound) {
        full = known
      } else if !(name.count >= 2 || (name.count == 1 && !titles.isEmpty)) {
        continue
      }
      let words = full.split(separator: " ")
      // A full name written as a possessive ("Ivanka Trump's company") is not what a later lone surname is read
      // as: the surname's main bearer is named as a subject ("Mr. Trump said" was read as Ivanka Trump).
      if words.count >= 2, possessive == nil || name.count == 1 {
        bySurname[words.last!, default: []].append(mentions.count)
        for word in words.dropLast() where PersonName.nickname(in: word) != nil {
          byNickname[word, default: []].append(mentions.count)
        }
      }
      mentions.append(
        Mention(
          offset: run.first!.range.lowerBound, name: full, titles: titles, isSubject: isSubject, sentence: sentence))
    }
  }

  /// Step: capitalised words that quotation marks enclose and nothing else ("he told ABC’s “Good Morning America”
  /// that he agrees") are a title, a show's or a book's, and no person: "he" had been read as "Good Morning America".
  static func isQuotedTitle(_ run: [Word], text: String) -> Bool {
    let utf8 = text.utf8
    let opening = utf8[..<utf8.index(utf8.startIndex, offsetBy: run.first!.range.lowerBound)]
    let closing = utf8[utf8.index(utf8.startIndex, offsetBy: run.last!.range.upperBound)...]
    guard let before = String(opening.suffix(3)).flatMap({ $0.last }),
      let after = String(closing.prefix(6)).flatMap({ $0.drop(while: { ",.".contains($0) }).first })
    else { return false }
    return "“\"‘".contains(before) && "”\"’".contains(after)
  }

  /// Step: a role set off by a comma right before a name ("the presiding district judge, Arun Subramanian, said")
  /// is that person's title, as "Judge Arun Subramanian" would be: a later "the judge" is Arun Subramanian. The
  /// role is a few lower-case words after "the", "a" or "an", ending in a title (`SpeechCues.titles`); a phrase
  /// ending in another noun ("In a statement, Arun Subramanian said") is no role.
  static func appositiveRole(before start: Int, in words: [Word], text: String) -> Set<String> {
    guard start > 0, start < words.count, SpeechCues.titles.contains(words[start - 1].text.lowercased()),
      TextBuffer.substring(text, words[start - 1].range.upperBound..<words[start].range.lowerBound)
        .filter({ $0 != " " }) == ","
    else { return [] }
    var index = start - 1
    var role: Set<String> = []
    while index >= max(0, start - roleLength) {
      let word = words[index]
      guard word.text.unicodeScalars.first!.isLower, !word.isFigure, index == start - 1 || !word.endsClause else {
        return []
      }
      if ["the", "a", "an"].contains(word.text) { return role }
      role.insert(word.text.lowercased())
      index -= 1
    }
    return []
  }

  /// The most words a role before a name may have, its article included: "the presiding district judge".
  static let roleLength = 5

  /// The full name a lone word stands for before `offset`: the last person named with it as surname or as
  /// nickname.
  private func known(_ word: String, before offset: Int) -> String? {
    let candidates = [bySurname[Substring(word)], byNickname[Substring(PersonName.written(nickname: word))]]
    let latest = candidates.compactMap { indices in indices?.last { mentions[$0].offset < offset } }.max()
    return latest.map { mentions[$0].name }
  }

  /// Step: a nickname in quotation marks between a given name and a surname (Sean "Diddy" Combs, Earvin ‘Magic’
  /// Johnson) is another name of that person, kept in the full name as “Diddy” (`PersonName.nickname`): the
  /// nickname alone, here or in another document, stands for that person as the surname does ("Diddy said" is
  /// Sean “Diddy” Combs). Returns the words without the nicknames, and each nickname by the offset of the surname
  /// after it.
  static func nicknames(in words: [Word], text: String) -> ([Word], [Int: String]) {
    var kept: [Word] = []
    var found: [Int: String] = [:]
    var index = words.startIndex
    while index < words.endIndex {
      let word = words[index]
      guard index + 2 < words.endIndex, word.isCapitalisedName, words[index + 1].isCapitalisedName,
        words[index + 2].isCapitalisedName,
        isOpening(TextBuffer.substring(text, word.range.upperBound..<words[index + 1].range.lowerBound)),
        isClosing(TextBuffer.substring(text, words[index + 1].range.upperBound..<words[index + 2].range.lowerBound))
      else {
        kept.append(word)
        index += 1
        continue
      }
      var given = word
      given.endsClause = false
      kept.append(given)
      found[words[index + 2].range.lowerBound] = words[index + 1].text
      index += 2
    }
    return (kept, found)
  }

  /// The gap before a nickname: a space and an opening quotation mark; and after it, a closing mark and a space.
  private static func isOpening(_ gap: Substring) -> Bool { ["\"", "“", "'", "‘"].map { " " + $0 }.contains(gap) }
  private static func isClosing(_ gap: Substring) -> Bool { ["\"", "”", "'", "’"].map { $0 + " " }.contains(gap) }

  /// Whether a name is a verb's subject: the verb follows it ("Okafor reflected"), or follows a short appositive
  /// set off by commas ("Lena Okafor, the port's chief, said").
  static func isSubject(endingWith name: Word, followedBy rest: ArraySlice<Word>) -> Bool {
    guard let next = rest.first else { return false }
    if !name.endsClause { return opensWithVerb(rest) }
    // A relative clause runs longer than an appositive: "Dev Patel, who has piloted boats in and out of the old
    // harbour for two decades, rallied the crews".
    let isRelative = SpeechCues.relativePronouns.contains(next.text.lowercased())
    guard let close = rest.prefix(isRelative ? relativeClauseLength : appositiveLength).firstIndex(where: \.endsClause),
      close + 1 < rest.endIndex
    else {
      return false
    }
    return opensWithVerb(rest[(close + 1)...])
  }

  /// Step: a verb after a name may stand behind an adverb or two ("Judge Arun Subramanian then left", "Okafor
  /// later told"): the name is still its subject, the person a later "he" or "she" refers back to.
  static func opensWithVerb(_ rest: ArraySlice<Word>) -> Bool {
    for word in rest.prefix(adverbsBeforeVerb + 1) {
      if looksLikeVerb(word.text) { return true }
      guard SpeechCues.isAdverb(word.text), !word.endsClause else { return false }
    }
    return false
  }

  /// The most adverbs read between a name and its verb.
  static let adverbsBeforeVerb = 2

  /// The most words an appositive between a name and its verb may have ("the port's chief since 2019"), and a
  /// relative clause ("who has represented the coast in the assembly for two decades").
  static let appositiveLength = 8
  static let relativeClauseLength = 20

  /// A name as written, made canonical: a lone surname, a title ("the mayor") or a pronoun becomes the most
  /// recent full name that fits, when there is one before `offset`.
  /// A pronoun ("he", "she", "I", "we") stands for whoever came last: the last person quoted, or a person named
  /// since as the subject of a sentence ("Chief engineer Tomas Reyes said the structure…. “…,” he said.").
  func resolve(
    _ phrase: [Word], before offset: Int, quoteStart: Int = .max, lastSpeaker: (name: String, offset: Int)?
  ) -> String? {
    let lower = phrase.map { $0.text.lowercased() }
    // "it" is an organisation or a document, never the last person named; "they" is a group ("“Dream team!” they
    // chanted", of a family after its one member was named), and is left as written.
    if lower == ["it"] || lower == ["they"] { return lower[0] }
    let earlier = mentions(after: Int.min, before: offset)
    if phrase.count == 1, SpeechCues.pronouns.contains(lower[0]) {
      // Of the last sentence with a named subject, its first: the main clause's, not one in what it reports
      // ("Lena Okafor, the port's chief, said the Harbour Board would vote. “…,” she said.").
      // Read back from the pronoun, and within that sentence from its start: a scan of every earlier mention for
      // each pronoun made a draft of thousands of quotes quadratic.
      if ["he", "she"].contains(lower[0]),
        let named = namedAlone(inSentenceOf: offset, before: mentions(after: Int.min, before: min(offset, quoteStart)))
      {
        return named
      }
      let isNamedSubject = { (mention: Mention) in mention.isSubject && mention.name.contains(" " as Character) }
      let subject = earlier.last(where: isNamedSubject).flatMap { last in
        earlier[earlier.partitionPoint { $0.sentence >= last.sentence }...].first(where: isNamedSubject)
      }
      switch (lastSpeaker, subject) {
      case (let speaker?, let subject?): return subject.offset > speaker.offset ? subject.name : speaker.name
      case (let speaker?, nil): return speaker.name
      case (nil, let subject?): return subject.name
      // Nobody to refer to: the quote is still attributed, to "he" as written.
      case (nil, nil): return earlier.last(where: { $0.name.contains(" " as Character) })?.name ?? lower[0]
      }
    }
    if let first = phrase.first?.text.unicodeScalars.first, first.isLower {
      // A role phrase ("the harbourmaster", "the ministry"): the last person who carried that title, or the phrase.
      let roleWords = Set(lower).subtracting(["the", "a", "an", "his", "her", "their", "its", "our"])
      return Self.holder(of: roleWords, among: earlier) ?? lower.joined(separator: " ")
    }
    let name = Self.split(phrase).name
    if name.count == 1 {
      // A surname or a nickname after first mention.
      return known(name[0].text, before: offset) ?? name[0].text
    }
    if name.isEmpty, phrase.count == 1 {
      // A capitalised word that is also a title is a surname here: "King says", "Chancellor wrote".
      return earlier.last(where: { $0.name.hasSuffix(" " + phrase[0].text) })?.name ?? phrase[0].text
    }
    if name.isEmpty {
      // "the mayor", "the secretary general": the last person who carried those titles.
      let roleWords = Set(lower).subtracting(["the", "a", "an"])
      return Self.holder(of: roleWords, among: earlier)
        ?? lower.filter { $0 != "a" && $0 != "an" }.joined(separator: " ")
    }
    return name.map(\.text).joined(separator: " ")
  }

  /// Step: "he" or "she" in a sentence that names one person before it (and before the quote: "“College Bowl,” he
  /// replied" names no one), in whatever role, stands for that person ("Combs's family clapped when he said
  /// “Amen.”", after a sentence whose subject was Cassie Ventura): a reader looks to the sentence itself before the
  /// one before. Nil when the sentence names nobody there, or two people, of whom either may be meant.
  private func namedAlone(inSentenceOf offset: Int, before earlier: ArraySlice<Mention>) -> String? {
    let sentence = sentenceStarts.partitionPoint { $0 > offset } - 1
    let named = Set(earlier.reversed().prefix { $0.sentence == sentence }.map(\.name))
    guard named.count == 1, let name = named.first, name.contains(" " as Character) else { return nil }
    return name
  }

  /// The last person named who carried every one of `roleWords` as a title.
  private static func holder(of roleWords: Set<String>, among earlier: ArraySlice<Mention>) -> String? {
    guard !roleWords.isEmpty else { return nil }
    return earlier.last { roleWords.isSubset(of: $0.titles) }?.name
  }

  /// Splits leading titles (lower-cased) from the name words.
  static func split(_ run: [Word]) -> (titles: Set<String>, name: [Word]) {
    var titles: Set<String> = []
    var index = 0
    while index < run.count,
      SpeechCues.titles.contains(run[index].text.lowercased()) || run[index].text.lowercased() == "the"
    {
      titles.insert(run[index].text.lowercased())
      index += 1
    }
    return (titles, Array(run[index...]))
  }

  /// Runs of capitalised words ("Port Authority chief Lena Okafor"), allowing lower-case particles inside.
  static func capitalisedRuns(_ words: [Word]) -> [[Word]] {
    var runs: [[Word]] = []
    var current: [Word] = []
    for word in words {
      if word.isCapitalisedName {
        current.append(word)
      } else if !current.isEmpty, ["de", "van", "von", "der", "bin", "al", "da", "la", "le"].contains(word.text) {
        current.append(word)
      } else {
        if !current.isEmpty { runs.append(current) }
        current = []
      }
      if word.endsClause, !current.isEmpty {
        runs.append(current)
        current = []
      }
    }
    if !current.isEmpty { runs.append(current) }
    return runs.compactMap { run in
      var run = run[...]
      while let last = run.last, ["de", "van", "von", "der", "bin", "al", "da", "la", "le"].contains(last.text) {
        run.removeLast()
      }
      // A capital that only opens the sentence is not part of a name: "But Lena Okafor", "As Patel", "It’s".
      while let first = run.first,
        SpeechCues.connectives.contains(first.text.lowercased())
          || SpeechCues.quantifiers.contains(first.text.lowercased())
          || SpeechCues.notPeople.contains(first.text.lowercased())
      {
        run.removeFirst()
      }
      return run.isEmpty || isPartyDesignation(run) ? nil : Array(run)
    }
  }

  /// "R-Wis.", "(D)", "I-Vt.": a party and state after an American politician's name, not a name.
  static func isPartyDesignation(_ run: ArraySlice<Word>) -> Bool {
    guard let first = run.first, ["R", "D", "I"].contains(first.text) else { return false }
    return run.count <= 3 && run.allSatisfy { $0.text.count <= 5 }
  }
}

/// A word with what follows it, for reading attributions: "Marsh," ends a clause, "Marsh said" does not.
struct Word: Sendable, Hashable {
  var text: String
  var range: Range<Int>
  var isFigure: Bool
  /// Punctuation right after the word that ends a phrase (, ; : — or a quotation mark).
  var endsClause: Bool
}

extension Word {
  /// Capitalised and no figure: a word a name is made of.
  var isCapitalisedName: Bool { !isFigure && text.unicodeScalars.first!.isUpper }

  /// The words wholly inside `bounds`, by binary search: a sentence of thousands of quotations is read once per
  /// quotation, and filtering all its words each time made it quadratic.
  static func within(_ words: [Word], _ bounds: Range<Int>) -> ArraySlice<Word> {
    let start = words.partitionPoint { $0.range.lowerBound >= bounds.lowerBound }
    return words[start..<max(start, words.partitionPoint { $0.range.upperBound > bounds.upperBound })]
  }

  /// The words of a range with what follows each; figures marked so they never read as names.
  static func words(in prose: ProseText, _ range: Range<Int>) -> [Word] {
    var words: [Word] = []
    let utf8 = prose.text.utf8
    Tokenizer.words(in: prose.text, range: range) { wordRange, text in
      var next = wordRange.upperBound
      var endsClause = false
      while next < range.upperBound {
        let byte = utf8[utf8.index(utf8.startIndex, offsetBy: next)]
        if byte == 32 || byte == ProseText.paddingByte {
          next += 1
          continue
        }
        // , ; : ( and the first byte of — – “ ” ‘ ’ « » (0xE2 / 0xC2 lead bytes); a hyphen only with a space
        // before it, as a dash ("WALL HOLDS - Lena Okafor:"), not in "R-Wis".
        endsClause =
          [44, 59, 58, 40, 41, 34, 0xE2, 0xC2].contains(byte) || (byte == 45 && next > wordRange.upperBound)
        break
      }
      words.append(
        Word(text: text, range: wordRange, isFigure: text.unicodeScalars.first!.isDigit, endsClause: endsClause))
    }
    return words
  }
}
