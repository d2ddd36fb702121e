/// The figure checks within the draft alone, where no source is asked: `inconsistent-figure`, with the steps that
/// tell two figures of one kind apart as two quantities rather than one stated two ways, and a weekday beside a
/// date that falls on another day.
extension FigureChecks {
  /// `inconsistent-figure`: the draft gives the same quantity two values. The same quantity is the same kind and
  /// unit, owners that do not conflict ("the port's budget" is not "the city's tax"), and what it measures in
  /// common: the same counted word right after both ("40,000 homes", "45,000 homes").
  public static func selfContradictions(
    _ figures: [Figure], sentences: [Sentence], tokens: [[Token]], text: String
  ) -> [Finding] {
    var findings: [Finding] = []
    let measured = figures.filter { [.count, .age, .money, .percent, .percentagePoints, .measure].contains($0.kind) }
    let sentenceOf = measured.map { sentences.index(holding: $0.range.lowerBound) }
    let names = Self.namesWrittenMidSentence(tokens)
    let sentenceNames = tokens.map { Self.names(in: $0, knownNames: names) }
    let things = zip(measured, sentenceOf).map { figure, sentence in
      MeasuredThing(of: figure, in: sentence.map { tokens[$0] } ?? [], text: text, names: names)
    }
    let (years, months) = Self.times(figures, in: sentences)
    // Read once, and only when two figures are compared.
    lazy var scenarios = Self.scenarios(tokens, text: text)
    lazy var groups = Self.groups(tokens)
    let entries = Self.liveBlogEntries(figures, sentences: sentences, tokens: tokens)
    let breakdown = Self.breakdowns(measured, sentenceOf: sentenceOf, things: things)
    var earlierOfKind: [Figure.ComparisonKey: [Int]] = [:]
    lazy var shared = AgeHolder.sharedSurnames(in: tokens)
    let people = measured.map { figure in
      AgeHolder.person(of: figure, in: text).flatMap { $0.given == nil && shared.contains($0.surname) ? nil : $0 }
    }
    var agesOf: [String: [Int]] = [:]
    func restated(_ figure: Figure, earlier: Figure) -> Finding {
      let earlierShown = shown(earlier, in: text)
      return Finding(
        code: "inconsistent-figure", severity: .warning,
        message: "The draft says \(shown(figure, in: text)) here but \(earlierShown) earlier", range: figure.range,
        related: [Finding.Related(path: nil, range: earlier.range, message: "the draft says \(earlierShown) here")])
    }
    for (index, figure) in measured.enumerated() {
      let key = figure.comparisonKey
      defer { earlierOfKind[key, default: []].append(index) }
      // Step: two ages of one person (`AgeHolder.Person.mayBe`) in two sentences, however far apart: "Ines Vela, 58,"
      // and later "Vela, 59,". A person's age is one fact of the story, whatever each sentence claims. A surname the
      // draft writes for two people (`AgeHolder.sharedSurnames`) names neither for sure without a given name.
      if let person = people[index] {
        defer { agesOf[person.surname, default: []].append(index) }
        if let earlier = agesOf[person.surname, default: []].suffix(selfContradictionReach).first(where: {
          people[$0]!.mayBe(person) && sentenceOf[$0] != sentenceOf[index] && !measured[$0].isConsistent(with: figure)
        }) {
          findings.append(restated(figure, earlier: measured[earlier]))
          continue
        }
      }
      // Two values of one thing in one sentence are a comparison ("four of the five states", "from 197 to 220"),
      // not a slip: a writer who restates a figure wrongly does it in another sentence.
      for earlierIndex in earlierOfKind[key, default: []].suffix(selfContradictionReach)
      where sentenceOf[earlierIndex] != sentenceOf[index]
        && Self.sameEntry(entries, sentenceOf[index], sentenceOf[earlierIndex])
        && !measured[earlierIndex].isConsistent(with: figure)
      {
        let earlier = measured[earlierIndex]
        let (thing, earlierThing) = (things[index], things[earlierIndex])
        // Both name what they count, and the same: "256 goals in 308 appearances" are two quantities, and so,
        // in published articles, nearly always were a figure that names nothing and one that does.
        // A rate's base ("for every 1,000 residents", "four in 10 voters") is no quantity of the story.
        // A count read from the list before it (`MeasuredThing.isCountedElided`) names nothing itself: on PolNeAR's
        // training articles such counts added 19 false alarms (counts of other candidates and contests) and caught one
        // planted slip more.
        // A count per period is a rate, no total over the whole time (`MeasuredThing.isPerPeriod`); money is left
        // out, since a wage of "$15 an hour" is restated as "$15".
        guard thing.countsTheSame(as: earlierThing), thing.mayMeasureTheSame(as: earlierThing),
          !thing.isCountedElided, !earlierThing.isCountedElided,
          !thing.namesDiffer(from: earlierThing), !thing.isRateBase, !earlierThing.isRateBase,
          !thing.isIndefiniteOne, !earlierThing.isIndefiniteOne,
          !Self.tellsAScenario(scenarios, sentenceOf[index], sentenceOf[earlierIndex]),
          !Self.groupsDiffer(groups, sentenceOf[index], sentenceOf[earlierIndex]),
          !Self.timesDiffer(years, sentenceOf[index], sentenceOf[earlierIndex]),
          !Self.timesDiffer(months, sentenceOf[index], sentenceOf[earlierIndex]),
          !Self.sentenceNamesDiffer(
            sentenceNames, sentenceOf[index], sentenceOf[earlierIndex],
            counting: Set([thing.counted, earlierThing.counted].compactMap { $0 })),
          !Self.sharesOfGroupSayNothingInCommon(figure, thing, earlierThing),
          !Self.breakdownPartsDiffer(breakdown[index], breakdown[earlierIndex], thing, earlierThing),
          !(figure.kind == .count && thing.isPerPeriod != earlierThing.isPerPeriod),
          !Self.sizesApart(figure, earlier),
          !Self.measuresDiffer(thing, earlierThing)
        else { continue }
        findings.append(restated(figure, earlier: earlier))
        break
      }
    }
    return findings
  }

  /// Step: within one draft, two measures are one quantity only when said of the same word, or with more words in
  /// common: "a journey of about seven million miles" and "roughly 160 metres in diameter" are two lengths, and so
  /// are "strewn over the road for more than a mile" and "walking for nearly a mile". Against a source, a measure
  /// said of nothing may still be paired, since there the claims are aligned first.
  static func measuresDiffer(_ thing: MeasuredThing, _ other: MeasuredThing) -> Bool {
    thing.isMeasure && (thing.countedLast != other.countedLast || thing.countedLast == thing.counted)
      && !thing.saysMoreInCommon(with: other)
  }

  /// Step: a writer who restates a figure wrongly gets a digit or its place wrong, not its whole size: two values
  /// more than `sizesApartRatio` times apart, written with other digits, are of two things ("22 emails" marked top
  /// secret and "2,093" redacted; "one voter" and "1.8 million new voters"). A size slipped with the same digits
  /// ("$1.1 million" for "$1.1 billion", "4,000" for "40,000") is still one. On PolNeAR's training articles, false
  /// alarms 31 → 25; planted slips caught 19 of 40 either way, though a planted slip changes a first digit and so
  /// never tests this step.
  static func sizesApart(_ figure: Figure, _ other: Figure) -> Bool {
    let (small, large) = (min(abs(figure.value), abs(other.value)), max(abs(figure.value), abs(other.value)))
    return small > 0 && large / small > sizesApartRatio && digits(figure.value) != digits(other.value)
  }

  static let sizesApartRatio = 20.0

  /// A value's significant digits, wherever its decimal point: 1.1 billion and 1.1 million both give "11".
  static func digits(_ value: Double) -> Substring {
    let mantissa = String(format: "%.6e", abs(value)).prefix { $0 != "e" }.filter(\.isNumber)
    return Substring(mantissa).prefix(through: mantissa.lastIndex { $0 != "0" } ?? mantissa.startIndex)
  }

  /// Step: a figure listed beside another of its kind in its sentence is part of a breakdown ("16% enthusiastic
  /// and 26% satisfied", "48 percent chose Clinton while 45 percent chose Cruz"), and two breakdowns in two
  /// sentences are of two polls, groups or years: a part of one is no restatement of a part of the other. Counts
  /// are listed so when they count the same word, and a whole with its part ("318 of the 865 delegates") is no
  /// breakdown. On PolNeAR's training articles this took self-contradictions from 74 to 57, and the one planted slip
  /// it lost had been caught against an unrelated figure of another breakdown.
  /// Each part comes with the words that set it apart from the rest of its list (`description(_:)`), nil for a
  /// figure listed with none. A list's figures stand near each other, so only the nearest `breakdownReach` on each
  /// side are read: a sentence of thousands of figures stays linear.
  static func breakdowns(_ figures: [Figure], sentenceOf: [Int?], things: [MeasuredThing]) -> [Set<String>?] {
    func listedTogether(_ one: Int, _ other: Int) -> Bool {
      guard sentenceOf[one] != nil, sentenceOf[one] == sentenceOf[other],
        figures[one].comparisonKey == figures[other].comparisonKey,
        !things[one].isTotalOverParts, !things[other].isTotalOverParts
      else { return false }
      return figures[one].kind != .count || things[one].countsTheSame(as: things[other])
    }
    // Read once: each figure's description is subtracted from those of up to `breakdownReach` neighbours each side.
    let descriptions = things.map(description)
    return figures.indices.map { index in
      let near = max(0, index - breakdownReach)...min(figures.count - 1, index + breakdownReach)
      let others = near.filter { $0 != index && listedTogether(index, $0) }
      guard !others.isEmpty else { return nil }
      return others.reduce(descriptions[index]) { $0.subtracting(descriptions[$1]) }
    }
  }

  /// What a figure is said of, as a breakdown's parts are told apart: the words around it and the word it counts.
  static func description(_ thing: MeasuredThing) -> Set<String> {
    thing.words.union([thing.counted].compactMap { $0 })
  }

  /// Step: a part of a breakdown is restated only where what sets it apart from the rest of its list is said
  /// again ("48 percent backed the levy while 45 percent backed the ferry fund" in the harbour poll, and later "58
  /// percent" of the harbour poll; a rent "of $169,758 in July", later "$110,684 on June 9, and $196,758 on July
  /// 10"), and two parts of two breakdowns never are. Otherwise a figure elsewhere is of another item of the list or
  /// of another list: "1,585 berths still to be let" are not Calder's "99 berths" beside Brann's "66 berths". On
  /// PolNeAR's training articles, false alarms 36 → 31 and planted slips caught 19 of 40 either way; never comparing
  /// a part with a figure elsewhere had taken 12 false alarms, but missed a restated rent and another slip.
  static func breakdownPartsDiffer(
    _ part: Set<String>?, _ earlierPart: Set<String>?, _ thing: MeasuredThing, _ earlierThing: MeasuredThing
  ) -> Bool {
    switch (part, earlierPart) {
    case (nil, nil): false
    case (.some, .some): true
    case (.some(let apart), nil): apart.isDisjoint(with: description(earlierThing))
    case (nil, .some(let apart)): apart.isDisjoint(with: description(thing))
    }
  }

  static let breakdownReach = 3

  /// Step: the words the document capitalises after a sentence's first word. One of them opening a sentence is a
  /// name there too ("Kasich was at 25 percent" beside "Ohio Gov. John Kasich"), so a figure said of it is not
  /// taken for one said of someone else ("Cruz had 38 percent").
  static func namesWrittenMidSentence(_ tokens: [[Token]]) -> Set<String> {
    var names: Set<String> = []
    for sentence in tokens {
      for token in sentence.dropFirst() where token.isCapitalized { names.insert(token.normalized) }
    }
    return names
  }

  /// The names a sentence gives: its capitalised content words after the first, and the first when the document
  /// writes it mid-sentence too; titles ("Sen.", "Gov.") and months and weekdays are not names.
  static func names(in sentence: [Token], knownNames: Set<String>) -> Set<String> {
    var names: Set<String> = []
    for (index, token) in sentence.enumerated()
    where token.isContent && token.isCapitalized && (index > 0 || knownNames.contains(token.normalized))
      && !Abbreviations.titles.contains(token.normalized) && !CalendarWords.contains(token.normalized)
    {
      names.insert(token.normalized)
    }
    return names
  }

  /// Step: two sentences that each name someone or somewhere, and none the same, tell of different people or
  /// places, and a figure in one is no restatement of a figure in the other ("Islamic State attackers killed 32
  /// people at the Brussels airport" and "the attack in Nice, where 84 people were killed"). The figures' own
  /// words are compared first (`MeasuredThing.namesDiffer`); this reads the whole sentences, since a sentence
  /// often names its subject beyond the few words around the figure.
  /// The word the figures count is no subject of either ("Only 367 Republicans caucused" in one county, "Only 360
  /// Republicans caucused" in another): it is what is compared, named the same in both.
  static func sentenceNamesDiffer(_ names: [Set<String>], _ first: Int?, _ second: Int?, counting: Set<String>)
    -> Bool
  {
    guard let first, let second else { return false }
    let (one, other) = (names[first].subtracting(counting), names[second].subtracting(counting))
    return !one.isEmpty && !other.isEmpty && one.isDisjoint(with: other)
  }

  /// How many earlier figures of its kind a figure is compared with, nearest last: a draft restates a figure
  /// among far fewer, and comparing every pair made a document of 20,000 figures take 33 s to check.
  static let selfContradictionReach = 200

  /// The years and the months each sentence names, read from years, dates and months ("March 2016" gives both).
  static func times(_ figures: [Figure], in sentences: [Sentence]) -> (years: [Int: Set<Int>], months: [Int: Set<Int>])
  {
    var (years, months): ([Int: Set<Int>], [Int: Set<Int>]) = ([:], [:])
    for figure in figures where [.year, .date, .month].contains(figure.kind) {
      guard let sentence = sentences.index(holding: figure.range.lowerBound) else { continue }
      let value = Int(figure.value)
      switch figure.kind {
      case .year: years[sentence, default: []].insert(value)
      case .date:
        if value >= 10_000_000 { years[sentence, default: []].insert(value / 10_000) }
        months[sentence, default: []].insert(value % 10_000 / 100)
      default:
        if value >= 100 { years[sentence, default: []].insert(value / 100) }
        months[sentence, default: []].insert(value % 100)
      }
    }
    return (years, months)
  }

  /// Step: a sentence that supposes ("if", "unless", "suppose") asserts no figure: "even if the tax cut trading by
  /// half, it would still raise $110 billion a year" is a scenario, not a restatement of the campaign's "$75
  /// billion a year". On PolNeAR's training articles, three false alarms fewer and no planted slip lost. A
  /// question was tried too ("Is everybody supposed to earn $12 an hour?"): one false alarm fewer, and one planted
  /// slip lost, against a headline asking "A '$25 billion mistake'?".
  /// The words are read as written, not stemmed: "supposed to earn" supposes nothing.
  static func scenarios(_ tokens: [[Token]], text: String) -> Set<Int> {
    Set(
      tokens.indices.filter { index in
        // The normalised form first, a set lookup: reading the written word of every token on every keystroke
        // would cost more than the rest of the step.
        tokens[index].contains {
          scenarioForms.contains($0.normalized)
            && scenarioWords.contains(TextBuffer.substring(text, $0.range).lowercased())
        }
      })
  }

  /// Whether either of two sentences is a scenario (`scenarios(_:)`).
  static func tellsAScenario(_ scenarios: Set<Int>, _ first: Int?, _ second: Int?) -> Bool {
    [first, second].contains { $0.map(scenarios.contains) == true }
  }

  private static let scenarioWords: Set<String> = ["if", "unless", "suppose", "supposing", "imagine", "hypothetically"]
  private static let scenarioForms: Set<String> = Set(scenarioWords.map(Normalizer.normalize))

  /// The group each sentence speaks of "among": the content words right after it ("Among American-born parents",
  /// "among blacks 45 and older").
  static func groups(_ tokens: [[Token]]) -> [Int: Set<String>] {
    var groups: [Int: Set<String>] = [:]
    for (index, sentence) in tokens.enumerated() {
      for (position, token) in sentence.enumerated() where groupWords.contains(token.normalized) {
        // The run of content words right after it: "among them, 50 percent" names no group, and a sentence that
        // says only that is read as one that says nothing.
        let group = sentence[(position + 1)...].prefix(while: \.isContent).prefix(groupReach).map(\.normalized)
        if !group.isEmpty { groups[index, default: []].formUnion(group) }
      }
    }
    return groups
  }

  /// Step: a sentence that speaks of a group "among" it gives that group's figures, and two sentences that do not
  /// speak of the same group give two groups' figures: "70 percent believe their children will be better off" of
  /// immigrants, and "Among American-born parents, only 50 percent believe that"; "among older pilots" and "among
  /// younger pilots". On PolNeAR's training articles, five false alarms fewer and no planted slip lost.
  static func groupsDiffer(_ groups: [Int: Set<String>], _ first: Int?, _ second: Int?) -> Bool {
    guard let first, let second else { return false }
    return groups[first] != groups[second]
  }

  static let groupReach = 2
  private static let groupWords: Set<String> = Set(["among", "amongst"].map(Normalizer.normalize))

  /// Step: two sentences that each name years, none the same, or each name months, none the same, tell of
  /// different times, and a count at one time is no restatement of a count at another ("158 golf courses closed
  /// in 2013" and "650 golf courses have closed since 2006"; "had 197 paid staff in March" and "In July, it paid
  /// 172").
  static func timesDiffer(_ times: [Int: Set<Int>], _ first: Int?, _ second: Int?) -> Bool {
    guard let first, let second, let one = times[first], let other = times[second] else { return false }
    return one.isDisjoint(with: other)
  }

  /// Step: two shares of one group ("37% of voters", "45% of voters") are one quantity only when something
  /// besides the group is said of both: a poll gives a share of the same voters for every question it asked.
  static func sharesOfGroupSayNothingInCommon(_ figure: Figure, _ thing: MeasuredThing, _ earlier: MeasuredThing)
    -> Bool
  {
    figure.kind == .percent && thing.countedAfterOf && earlier.countedAfterOf && !thing.saysMoreInCommon(with: earlier)
  }

  /// Each sentence's entry in a live blog: entries are headed by a time alone in its paragraph ("8:38 p.m."), and
  /// a document with fewer than two such headings is no live blog (nil).
  static func liveBlogEntries(_ figures: [Figure], sentences: [Sentence], tokens: [[Token]]) -> [Int]? {
    func isAlone(_ index: Int) -> Bool {
      (index == 0 || sentences[index - 1].block != sentences[index].block)
        && (index + 1 == sentences.count || sentences[index + 1].block != sentences[index].block)
    }
    let headings = Set(
      figures.lazy.filter { $0.kind == .time }.compactMap { sentences.index(holding: $0.range.lowerBound) }.filter {
        isAlone($0) && CalendarWords.saysOnlyWhen(tokens[$0])
      })
    guard headings.count >= 2 else { return nil }
    var entry = 0
    return sentences.indices.map { index in
      if headings.contains(index) { entry += 1 }
      return entry
    }
  }

  /// Step: a live blog's entries tell of different moments, and a count restated in a later entry is an update
  /// ("Clinton now has at least 866 delegates", then "at least 882"), not a slip.
  static func sameEntry(_ entries: [Int]?, _ first: Int?, _ second: Int?) -> Bool {
    guard let entries, let first, let second else { return true }
    return entries[first] == entries[second]
  }

  /// A weekday next to a date that falls on another day: "on Wednesday, 14 October 2025" (a Tuesday).
  public static func weekdayDates(_ figures: [Figure]) -> [Finding] {
    var findings: [Finding] = []
    for weekday in figures where weekday.kind == .weekday {
      guard
        let date = figures.first(where: { $0.kind == .date && abs($0.range.lowerBound - weekday.range.upperBound) < 12 }
        ),
        date.value >= 10_000_000
      else { continue }
      let year = Int(date.value) / 10_000
      let month = Int(date.value) / 100 % 100
      let day = Int(date.value) % 100
      let actual = Calendar.weekday(year: year, month: month, day: day)
      guard actual != Int(weekday.value) else { continue }
      let name = Calendar.weekdays[actual - 1].capitalized
      findings.append(
        Finding(
          code: "figure-mismatch", severity: .warning,
          message: "\(date.text) is a \(name), not a \(weekday.text)", range: weekday.range,
          related: [Finding.Related(path: nil, range: date.range, message: "the date")],
          fixes: [
            Finding.Fix(
              title: "Change to \(name)", edits: [Finding.Edit(range: weekday.range, replacement: name)],
              isPreferred: true)
          ]))
    }
    return findings
  }
}
