/// What a figure measures, read from the words around it in its sentence: the word it counts, right after it
/// ("homes", or "lesser" and then "counts" in "two lesser counts"); the content words within four words of it
/// (what it is a share of, "of GDP"; what happened to it, "rose"); and its owner, the nearest possessive before it
/// ("the port's budget"). `FigureChecks` pairs and compares figures by it.
public struct MeasuredThing: Hashable, Sendable {
  public var words: Set<String>
  public var counted: String?
  /// The word the run of content words after the figure ends in, three words at most and within its clause
  /// ("counts" in "two lesser counts", "commanders" in "four fellow rebel commanders"): the noun, when `counted`
  /// is a word that qualifies it. Otherwise `counted` itself.
  public var countedLast: String?
  /// For a figure hyphened to its word and followed by a name, the name's words, three at most: "platform,
  /// drafting, committee" in "the 15-member Platform Drafting Committee". Empty otherwise.
  public var describedName: [String] = []
  /// Whether `counted` comes in an "of" phrase right after the figure ("28 days of evidence"): then it is what the
  /// figure measures, whatever its kind.
  public var countedAfterOf: Bool
  /// Whether `counted` is read from the list of counts before the figure (`countedBefore(_:in:text:)`) rather
  /// than from the words after it.
  public var isCountedElided = false
  public var owner: String?
  /// The capitalised words near it ("on Tuesday Cruz won 38 delegates"): who or where the figure is about. The
  /// sentence's first word is left out, since every sentence capitalises it, unless it is among the names the
  /// document writes mid-sentence too (`knownNames`); and so are months and weekdays.
  public var names: Set<String>
  /// When the figure holds, as its words say: before or after some event ("before impact", "now"). One thing
  /// at two times is two figures: an orbit of 11 hours 55 minutes before the impact and of 11 hours 23 minutes now.
  public var phase: Phase?
  /// Whether the figure is a rate's base rather than a quantity: "5 incidents for every 1,000 residents", "per
  /// 100,000", "four in 10 voters", "out of 542 voters".
  public var isRateBase: Bool
  /// Whether the figure counts things beyond others: "two other emails", "1 million more votes than", "five
  /// additional seats". Those are another set than the one a bare count of the word counts.
  public var isIncrement: Bool
  /// Whether the figure is the word "one" as an indefinite, not a count: opening its sentence ("One voter,
  /// Guadalupe, 35, showed up"), before "of" ("one of her friends"), or after "as" or "at" ("as one employee
  /// told", "at one point"). "It faced one charge" still counts.
  public var isIndefiniteOne: Bool
  /// Whether the figure is an age (`Figure.Kind.age`: "a 31-year-old volunteer", "who is 55 years old"): it counts
  /// years of a life, not the volunteers the noun names.
  public var isAge: Bool
  /// Whether the figure is a measure (`Figure.Kind.measure`: "160 metres", "14,000 mph"): it counts its dimension.
  public var isMeasure: Bool
  /// Whether the figure is what someone needs rather than what they have: within four words after "need" or
  /// "require" ("needs 836 delegates to clinch", "would need a minimum of 159"). Never a duration.
  public var isRequirement: Bool
  /// Whether the figure is the size of a change rather than a level: it comes after "by" ("cut the orbit by 32
  /// minutes", "rose by about 5%"; a qualifier is part of the figure), or a change verb stands in the words before
  /// it ("shortened the orbit 32 minutes", "approval fell 8 points"), or a comparative follows it ("34 minutes
  /// shorter", `comparatives`).
  public var isChangeAmount: Bool
  /// Whether the figure is a total over several parts the sentence counts: it opens "In all," or "In total," or
  /// follows "a total of", and the sentence goes on to count the parts ("In all, 691 delegates are up for grabs in
  /// five states"), or a number of parts is counted out of it ("318 of the 865 delegates", `isWholeOfPart`). A
  /// total with no parts counted ("In all, 45,000 homes will be protected") may restate a figure.
  public var isTotalOverParts: Bool
  /// Whether the figure is a margin between two sides rather than a level: hyphened to its word before "lead",
  /// "advantage", "edge" or "margin" ("a 26-delegate advantage", "an 18-point lead"), or after "lead of" and the
  /// like ("a lead of 26 delegates"); or a distance to a mark, after "within" ("within 150 delegates of the 2,383
  /// needed").
  public var isMargin: Bool
  /// Whether the figure is a poll's margin of error (`isErrorMargin(_:in:figure:)`).
  public var isErrorMargin: Bool
  /// Whether the figure is a count per period, a rate, rather than a total over the whole time: "33,000 people a
  /// year", "130 courses are closing every 12 months" (`isPerPeriod(_:in:text:)`).
  public var isPerPeriod: Bool
  /// Whether the figure is said of each of several things rather than of them all: "each" or "apiece" follows it
  /// within its clause ("up to 10 years in prison each", "ten years for each of the two counts";
  /// `isPerItem(_:in:text:)`).
  public var isPerItem: Bool

  public enum Phase: String, Sendable {
    case before, after
  }

  /// The counted words as `inspect` shows them: "count", or "lesser count" when a word qualifies the noun.
  public var countedWords: String? {
    guard let counted else { return nil }
    return countedLast.map { $0 == counted ? counted : counted + " " + $0 } ?? counted
  }

  /// `tokens` are the sentence's (or span's) tokens, `text` the prose they index into; `knownNames`, the words the
  /// document capitalises mid-sentence (`FigureChecks.namesWrittenMidSentence`), where the whole document is read.
  init(of figure: Figure, in tokens: [Token], text: String, names knownNames: Set<String> = []) {
    let range = figure.range
    // By binary search: a run of text with thousands of figures and no full stop is one sentence read once per
    // figure (8,000 figures in 48,000 words took 14 s to check).
    let first = tokens.partitionPoint { $0.range.upperBound > range.lowerBound }
    let last = tokens.partitionPoint { $0.range.lowerBound >= range.upperBound } - 1
    let after = min(tokens.count, max(first, last + 1))
    // A measure hyphened into the noun's description is not what the figure counts: "650 18-hole golf courses"
    // are courses, and the words about them start after the measure.
    let measureFirst =
      after + 1 < tokens.count && tokens[after].isFigure && Self.gap(before: after + 1, in: tokens, text: text) == "-"
    let countFrom = measureFirst ? after + 2 : after
    let windowStart = Self.windowStart(before: first, in: tokens, text: text)
    let windowEnd = min(tokens.count, countFrom + 4)
    let clauseEnd = Self.clauseEnd(after: after, upTo: windowEnd, in: tokens, text: text)
    // Names say whose figure it is or where, not what it measures: "Dimorphos" is in every sentence of its story.
    let near = tokens[windowStart..<windowEnd].filter { $0.isContent && !range.overlaps($0.range) }
    let isName = { (token: Token) in token.isCapitalized && token.range != tokens.first?.range }
    words = Set(near.filter { !isName($0) }.map(\.normalized))
    // A known name opening the sentence is one of its names and stays among its words: taken out of them, "It
    // takes 1,237 delegates" said nothing besides its noun and met "Ted Cruz has 11 delegates".
    let clauseEndOffset = clauseEnd < tokens.count ? tokens[clauseEnd].range.lowerBound : Int.max
    names = Set(
      near.filter {
        $0.range.lowerBound < clauseEndOffset
          && (isName($0) || ($0.range == tokens.first?.range && $0.isCapitalized && knownNames.contains($0.normalized)))
          && !CalendarWords.contains($0.normalized)
      }.map(\.normalized))
    let countedIndex = tokens[min(countFrom, clauseEnd)..<min(clauseEnd, countFrom + 2)].firstIndex(where: \.isContent)
    if let written = countedIndex {
      let index = Self.pastNames(written, upTo: clauseEnd, in: tokens, text: text)
      counted = tokens[index].normalized
      // The noun the run of words after the figure ends in: "commanders" in "four fellow rebel commanders". A
      // figure hyphened to its word counts that word, and the two describe the noun after them: "an 18-hole golf
      // course" counts holes, not courses.
      let hyphened = TextBuffer.substring(text, range.upperBound..<tokens[index].range.lowerBound) == "-"
      var last = index
      while !hyphened && last + 1 < tokens.count && last + 1 <= index + 2 && tokens[last + 1].isContent
        && !Self.isClauseBoundary(at: last + 1, in: tokens, text: text)
      {
        last += 1
      }
      countedLast = last == index ? counted : tokens[last].normalized
      if hyphened {
        describedName = tokens[(index + 1)...].prefix(3).prefix { $0.isCapitalized && !$0.isFigure }.map(\.normalized)
      }
      countedAfterOf = written > after && tokens[after].normalized == Self.of
    } else if clauseEnd == after, Self.isBareNumber(TextBuffer.substring(text, range)),
      let index = Self.countedBefore(first, in: tokens, text: text)
    {
      let noun = tokens[index].normalized
      counted = noun
      countedLast = noun
      countedAfterOf = false
      isCountedElided = true
      // Read as if written out ("4 berths"): the noun is among the words said of the figure.
      words.insert(noun)
    } else {
      counted = nil
      countedLast = nil
      countedAfterOf = false
    }
    // Step: a measure counts its dimension, whatever its unit ("160 metres wide" and "about 500 feet across" both
    // count a length), and the word after it says which length: the unit is what it counts, as it was when units
    // were read as counted nouns, and in metres or in feet a width is one thing.
    if figure.kind == .measure, let dimension = figure.comparisonKey.unit {
      countedLast = counted ?? dimension
      counted = dimension
      countedAfterOf = false
    }
    isAge = figure.kind == .age
    isMeasure = figure.kind == .measure
    // Step: a time something needs is the time it takes ("needed 11 hours and 55 minutes to go around Didymos"),
    // no requirement set against what it has: read as one, a lab draft's changed orbital period was not compared
    // with CNN's "it takes Dimorphos 11 hours and 23 minutes".
    isRequirement =
      figure.kind != .duration
      && tokens[max(0, first - 4)..<first].contains { Self.requirementStems.contains($0.stem) }
    phase = Self.phase(around: first..<after, in: tokens, text: text)
    // Step: "more", "fewer" or "less" right after a figure in a unit ("42 minutes less than before", "$5 more")
    // makes it the size of a difference, as a comparative does; after a bare count it counts things beyond others
    // ("two more ferries"). Read as beyond others, a lab draft's "42 minutes less" was compared with nothing.
    let moreOrLessAfter = after < tokens.count && Self.incrementWords.contains(tokens[after].normalized)
    let comparesInItsUnit = moreOrLessAfter && figure.unit != nil
    isIncrement = moreOrLessAfter && !comparesInItsUnit
    isIndefiniteOne = after == first + 1 && Self.isIndefiniteOne(at: first, in: tokens, text: text)
    let lead = Self.pastEmphasis(before: first, in: tokens)
    let before = lead > 0 ? tokens[lead - 1].normalized : nil
    // "By" before a year is a deadline ("finished by 2035"), not a change's size.
    isChangeAmount =
      (before == Self.by && figure.kind != .year)
      || Self.followsChangeVerb(lead, in: tokens, from: min(windowStart, lead))
      || (after < tokens.count && Self.comparatives.contains(tokens[after].normalized)) || comparesInItsUnit
    let isTotal =
      (first >= 2 && before == Self.of && tokens[first - 2].normalized == Self.total)
      || (first <= 3 && tokens.count > 2 && tokens[0].normalized == Self.inWord
        && Self.totalOpeners.contains(tokens[1].normalized))
    isTotalOverParts =
      (isTotal
        && tokens.indices.dropFirst(after).contains { index in
          // "in five states", "across the three ports".
          let lead = index >= 2 && tokens[index - 1].normalized == Self.the ? index - 2 : index - 1
          return tokens[index].isFigure && lead >= 0 && Self.partLeads.contains(tokens[lead].normalized)
        }) || Self.isWholeOfPart(first, in: tokens)
    isMargin =
      (first >= 2 && before == Self.of && Self.marginWords.contains(tokens[first - 2].normalized))
      || before == Self.within
      || (!measureFirst
        && countedIndex.map { index in
          index + 1 < tokens.count && Self.marginWords.contains(tokens[index + 1].normalized)
            && TextBuffer.substring(text, range.upperBound..<tokens[index].range.lowerBound) == "-"
        } == true)
    isErrorMargin = Self.isErrorMargin(first, in: tokens, figure: figure)
    isPerPeriod = Self.isPerPeriod(first..<after, in: tokens, text: text)
    isPerItem = Self.isPerItem(first..<after, in: tokens, text: text)
    isRateBase =
      before.map(Self.rateWords.contains) == true
      || (before == Self.inWord && first >= 2 && tokens[first - 2].isFigure)
      || (before == Self.of && first >= 2 && tokens[first - 2].normalized == Self.out)
    owner = nil
    for token in tokens[max(0, first - 6)..<first].reversed() {
      let written = TextBuffer.substring(text, token.range)
      if written.hasSuffix("'s") || written.hasSuffix("’s") {
        owner = token.normalized
        break
      }
    }
  }

  /// Step: a name before the noun says whose or which, not what is counted: "1,200 Clinton emails" counts emails
  /// and "10 of Clinton's senior staffers" staffers, so the two are not one count of "Clinton". A capital opening
  /// the sentence is no sign of a name, and a name with no word after it in its clause stays what is counted, as
  /// does a plural one, which names the group counted ("367 Republicans caucused"), and a run of names ("31 for
  /// Senator Ted Cruz").
  static func pastNames(_ index: Int, upTo end: Int, in tokens: [Token], text: String) -> Int {
    var noun = index
    func isPlural(_ word: Substring) -> Bool { word.hasSuffix("s") && !word.hasSuffix("'s") && !word.hasSuffix("’s") }
    while noun > 0, tokens[noun].isCapitalized, noun + 1 < end, tokens[noun + 1].isContent,
      !isPlural(TextBuffer.substring(text, tokens[noun].range))
    {
      noun += 1
    }
    return tokens[noun].isCapitalized ? index : noun
  }

  /// Step: a figure a number of parts is counted out of is the whole, a total over parts: "318 of the 865
  /// delegates at stake", "four of 11 berths". A share of it is no count of parts: "half of the 212-member
  /// committee" may restate the committee's size.
  static func isWholeOfPart(_ first: Int, in tokens: [Token]) -> Bool {
    var index = first - 1
    if index >= 0 && tokens[index].normalized == the { index -= 1 }
    guard index >= 1 && tokens[index].normalized == of else { return false }
    let part = tokens[index - 1]
    return part.isFigure && part.normalized.allSatisfy { $0.isASCII && $0.isNumber }
  }

  /// Where the words before a figure start: four words back, but not into what an earlier figure counts, its
  /// "of" phrase up to the first clause boundary ("and", "or", "but", a comma or semicolon). In "28 days of
  /// testimony and 13 hours of deliberations", "testimony" is what the 28 days measure, not the 13 hours; in "two
  /// counts carry up to 20 years", "counts carry" is said of the 20 years too.
  static func windowStart(before first: Int, in tokens: [Token], text: String) -> Int {
    let start = max(0, first - 4)
    // The earlier figure's phrase may reach into the window from before it: "28 days of often-harrowing testimony".
    guard let earlier = tokens[max(0, first - 8)..<first].lastIndex(where: \.isFigure),
      let of = tokens[(earlier + 1)..<min(first, earlier + 3)].firstIndex(where: { $0.normalized == Self.of })
    else { return start }
    var index = of + 1
    while index < first && !Self.isClauseBoundary(at: index, in: tokens, text: text) { index += 1 }
    return max(start, index)
  }

  /// Where the figure's clause ends among the words after it: at the first clause boundary
  /// (`isClauseBoundary(at:in:text:)`) before `limit`. What a figure counts, and the names it is said of, do not
  /// reach past it: in a list of counts ("Marco Rubio has 10, John Kasich has five, Jeb Bush has 4 and Ben Carson
  /// has three") the next item's name comes right after the figure, and read as what "10" counts, it paired the
  /// figure with a draft's "7 John Kasich". Its other words still count as what is said around it.
  static func clauseEnd(after index: Int, upTo limit: Int, in tokens: [Token], text: String) -> Int {
    let start = max(index, 1)
    guard start < limit else { return limit }
    return (start..<limit).first { isClauseBoundary(at: $0, in: tokens, text: text) } ?? limit
  }

  /// Step: a bare number (`isBareNumber`) that ends its clause with no word after it, in a list of counts ("Ted
  /// Cruz has 370 delegates, Marco Rubio has 163 and John Kasich has 63"), counts what the figure before it counts:
  /// the noun is left out, not changed. The word is looked for after each earlier figure of the list that ends its
  /// clause bare too, up to `listReach` words back; a capitalised word after a figure is a name, not a noun it
  /// counts.
  static func countedBefore(_ first: Int, in tokens: [Token], text: String) -> Int? {
    let start = max(0, first - listReach)
    var end = first
    while let earlier = tokens[start..<end].lastIndex(where: \.isFigure) {
      // "At one point we were 11": an indefinite "one" heads no list.
      guard !isIndefiniteOne(at: earlier, in: tokens, text: text) else { return nil }
      let clause = clauseEnd(after: earlier + 1, upTo: min(tokens.count, earlier + 3), in: tokens, text: text)
      if let word = tokens[(earlier + 1)..<clause].firstIndex(where: \.isContent) {
        return tokens[word].isCapitalized ? nil : word
      }
      guard clause == earlier + 1 else { return nil }
      end = earlier
    }
    return nil
  }

  /// Whether the one-word figure at `index` is "one" as an indefinite (`isIndefiniteOne`): opening its sentence,
  /// after "as" or "at", or before "of".
  static func isIndefiniteOne(at index: Int, in tokens: [Token], text: String) -> Bool {
    TextBuffer.substring(text, tokens[index].range).lowercased() == "one"
      && (index == 0 || indefiniteLeads.contains(tokens[index - 1].normalized)
        || (index + 1 < tokens.count && tokens[index + 1].normalized == of))
  }

  /// How far back a list of counts is read for the word its figures count: a few clauses of a few words.
  static let listReach = 30

  /// Whether a figure is written as a number alone, in digits or words, with no unit: only such a figure leaves its
  /// noun out in a list ("63", "five"; not "28%" or "$4 million").
  static func isBareNumber(_ written: Substring) -> Bool {
    written.allSatisfy { $0.isNumber || $0 == "," || $0 == "." }
      || NumberWords.units[written.lowercased()] != nil
  }

  /// Step: a word that stresses how small or large a figure is ("a change of just 73 seconds", "cut by only 5%")
  /// stands outside what the figure is: what comes before it is read as if it were not there. The index of the
  /// first of those words before `first`, or `first`.
  static func pastEmphasis(before first: Int, in tokens: [Token]) -> Int {
    var lead = first
    while lead > 0, emphasisWords.contains(tokens[lead - 1].normalized) { lead -= 1 }
    return lead
  }

  private static let emphasisWords: Set<String> = Set(["just", "only", "merely", "barely"].map(Normalizer.normalize))

  /// Whether a change verb takes the figure at `first` as its size: the verb stands in the window before it (from
  /// `start`, `windowStart(before:in:text:)`) with nothing but its object between ("fell 8 points", "shortened the
  /// orbit 32 minutes", "will go up 3%"), or it is the noun whose size an "of" gives ("a rise of three per cent").
  /// Any other preposition between says the figure is something else: "rose to 9%" is a level, "rose for 300
  /// islanders" a count of people.
  private static func followsChangeVerb(_ first: Int, in tokens: [Token], from start: Int) -> Bool {
    guard let verb = tokens[start..<first].lastIndex(where: { changeVerbs.contains($0.normalized) }) else {
      return false
    }
    if verb + 2 == first && tokens[verb + 1].normalized == of { return true }
    // Step: where "by" and a figure follow, that figure is the change's size and this one is part of what changed
    // ("shortened the moonlet's 11-hour, 55-minute orbit by 32 minutes").
    // Asked of the words after it up to `sizeReach`, so that a run of text with thousands of figures is not read
    // to its end once per figure.
    let sizeFollows = tokens.indices.dropFirst(first + 1).dropLast().prefix(sizeReach).contains {
      tokens[$0].normalized == by && tokens[$0 + 1].isFigure
    }
    return !sizeFollows
      && tokens[(verb + 1)..<first].allSatisfy { $0.isContent || articlesAndParticles.contains($0.normalized) }
  }

  /// Whether a clause boundary comes before the token at `index`: a coordinating word, or a comma or semicolon
  /// between it and the word before.
  static func isClauseBoundary(at index: Int, in tokens: [Token], text: String) -> Bool {
    clauseJoiners.contains(tokens[index].normalized)
      || gap(before: index, in: tokens, text: text).contains { ",;".contains($0) }
  }

  /// How many words after a figure a change's size is looked for: a verb phrase's length ("the moonlet's 11-hour,
  /// 55-minute orbit around its larger companion, Didymos, by 32 minutes" puts it ten words on).
  static let sizeReach = 20

  private static let of = Normalizer.normalize("of")
  private static let by = Normalizer.normalize("by")
  /// Normalised, so every verb the paraphrase lexicon files with these counts: "increased", "dropped", "shortened".
  private static let changeVerbs: Set<String> = Set(
    ["rise", "rose", "risen", "fall", "fell", "fallen", "cut", "change"].map(Normalizer.normalize))
  /// Words that may stand between a change verb and its size: its object's article, and the particle of a verb the
  /// tokenizer reads as one ("go up" is "rise").
  private static let articlesAndParticles: Set<String> = Set(
    ["the", "a", "an", "its", "their", "up", "down"].map(Normalizer.normalize))
  private static let requirementStems: Set<String> = Set(["need", "require"].map(Normalizer.stem))
  private static let rateWords: Set<String> = Set(["per", "every"].map(Normalizer.normalize))
  private static let inWord = Normalizer.normalize("in")
  private static let out = Normalizer.normalize("out")
  private static let within = Normalizer.normalize("within")
  private static let total = Normalizer.normalize("total")
  private static let totalOpeners: Set<String> = Set(["all", "total"].map(Normalizer.normalize))
  private static let the = Normalizer.normalize("the")
  private static let partLeads: Set<String> = Set(["in", "across", "from"].map(Normalizer.normalize))
  private static let marginWords: Set<String> = Set(["lead", "advantage", "edge", "margin"].map(Normalizer.normalize))
  private static let clauseJoiners: Set<String> = Set(["and", "or", "but"].map(Normalizer.normalize))
  private static let indefiniteLeads: Set<String> = Set(["as", "at"].map(Normalizer.normalize))
  /// Step: a comparative right after a figure makes it a difference, the size of a change ("34 minutes shorter
  /// than before the crash", "5% higher"), not a level. "More", "fewer" and "less" count things beyond others
  /// (`incrementWords`).
  private static let comparatives: Set<String> = Set(
    [
      "shorter", "longer", "higher", "lower", "faster", "slower", "bigger", "smaller", "larger", "greater", "cheaper",
      "older", "younger", "taller", "heavier", "lighter", "wider", "narrower", "deeper",
    ].map(Normalizer.normalize))

  private static let incrementWords: Set<String> = Set(
    ["other", "more", "additional", "further", "extra", "fewer", "less"].map(Normalizer.normalize))

  /// The text between the token at `index` and the one before: spaces and punctuation.
  static func gap(before index: Int, in tokens: [Token], text: String) -> Substring {
    TextBuffer.substring(text, tokens[index - 1].range.upperBound..<tokens[index].range.lowerBound)
  }

  /// Whether a figure is a poll's margin of error: it is given "plus or minus", or "error" after "margin" comes
  /// before it in its sentence with no other figure between ("a margin of error for the CBS poll of six points",
  /// "a margin of sampling error of 3.5 points").
  static func isErrorMargin(_ first: Int, in tokens: [Token], figure: Figure) -> Bool {
    if figure.qualifier == plusOrMinus { return true }
    // Read back only to the figure before: a sentence of thousands of figures is read once per figure, and a
    // search back to its start made that quadratic.
    guard let error = tokens[..<first].lastIndex(where: { $0.isFigure || $0.normalized == Self.error }),
      !tokens[error].isFigure
    else { return false }
    return tokens[max(0, error - 3)..<error].contains(where: { $0.normalized == Self.marginWord })
  }

  private static let plusOrMinus = "plus or minus"
  private static let error = Normalizer.normalize("error")
  private static let marginWord = Normalizer.normalize("margin")

  /// Words that raise the unit after them to a power: "square", "cubic", as alignment normalises them.
  static let powerWords = Set(["square", "squared", "cubic"].map(Normalizer.normalize))

  /// Whether the figure is said of a unit raised to a power: "$120 per square foot".
  var isPower: Bool {
    guard let counted, let countedLast else { return false }
    return Self.powerWords.contains(counted) && FigureVocabulary.measureUnits.contains(countedLast)
  }
}
