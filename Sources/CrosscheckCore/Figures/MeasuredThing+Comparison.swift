/// Whether two figures' measured things are one quantity: what they count, whose it is, what they say in common
/// and what sets them apart, as the figure checks ask before comparing two values.
extension MeasuredThing {
  func sharedWords(with other: MeasuredThing) -> Int { words.intersection(other.words).count }

  /// How many names the two are said of in common: "Tor Brandt had 9" is the 9 of "Ines Vela had 14 berths, Tor
  /// Brandt had 9".
  func sharedNames(with other: MeasuredThing) -> Int { names.intersection(other.names).count }

  /// Both count a word, and not the same one: "256 goals" and "308 appearances".
  func countedDiffers(from other: MeasuredThing) -> Bool {
    counted != nil && other.counted != nil && !countsTheSame(as: other)
  }

  /// Both measure an "of" phrase, and not the same one: "28 days of evidence" and "two days of closing speeches".
  func ofPhraseDiffers(from other: MeasuredThing) -> Bool {
    countedAfterOf && other.countedAfterOf && countedDiffers(from: other)
  }

  /// Both measure the same "of" phrase: "28 days of testimony" and "31 days of testimony".
  func sharesOfPhrase(with other: MeasuredThing) -> Bool {
    countedAfterOf && other.countedAfterOf && countsTheSame(as: other)
  }

  /// Both count the same word: the same first word after the figure, or one the word the other counts after a
  /// qualifying word ("two counts" and "two lesser counts"). Two second words alone are not enough: in "160
  /// metres across" and "500 feet wide" they say the same, and the units do not.
  func countsTheSame(as other: MeasuredThing) -> Bool { sharedCounted(with: other) != nil }

  /// The word both count, when they count the same. One's noun meets the other's qualified noun only when it is
  /// counted bare ("two counts" and "two lesser counts"): in "two email addresses" "email" qualifies the noun, and
  /// "2,093 archived emails" are no count of it.
  private func sharedCounted(with other: MeasuredThing) -> String? {
    guard let counted, let otherCounted = other.counted else { return nil }
    if counted == otherCounted || (counted == other.countedLast && counted == countedLast) { return counted }
    return countedLast == otherCounted && otherCounted == other.countedLast ? otherCounted : nil
  }

  /// Both say something besides what they count: a share of a group ("37% of voters") measures what the group
  /// said or did, and two shares of one group are one quantity only when that is said of both.
  func saysMoreInCommon(with other: MeasuredThing) -> Bool {
    // Only when both count a word: then it says what they count, not what is said of it. A word one side counts
    // and the other only says near its figure ("the 50-minute crossing", "the crossing took 55 minutes") is said
    // of both.
    let countedWords = counted != nil && other.counted != nil ? [counted, other.counted].compactMap { $0 } : []
    let (mine, theirs) = (words.subtracting(countedWords), other.words.subtracting(countedWords))
    return !mine.isDisjoint(with: theirs) || !Self.forms(of: mine).isDisjoint(with: Self.forms(of: theirs))
  }

  /// Step: words of six letters or more meet in their first five, as alignment's inflection bridge has them
  /// ("deliberated" and "deliberations"): "deliberated for about three days" and "about two days of tense jury
  /// deliberations" measure the same thing.
  static func forms(of words: Set<String>) -> Set<Substring> {
    Set(words.lazy.filter { $0.count >= 6 }.map { $0.prefix(5) })
  }

  /// Whether two figures may measure the same thing: something in common besides the counted word, or the same
  /// counted word with nothing else said about either, or measures of one dimension said of the same word or one of
  /// them of none ("160 metres", "500 feet wide"; not "7 million miles from Earth"), which the checks then tell
  /// apart by size (`FigureChecks.nearness`). "Six crew were
  /// missing" and "two crew were pulled from the water" count the same word but say different things of it.
  func mayMeasureTheSame(as other: MeasuredThing) -> Bool {
    guard !conflicts(with: other) else { return false }
    if saysMoreInCommon(with: other) || isSaidOnlyOfTheSameName(as: other) { return true }
    guard sharedCounted(with: other) != nil else { return false }
    let countedWords = [counted, other.counted].compactMap { $0 }
    return words.isSubset(of: countedWords) || other.words.isSubset(of: countedWords)
      || (isMeasure
        && (countedLast == other.countedLast || countedLast == counted || other.countedLast == other.counted))
  }

  /// Step: two figures that count no word, said of a name they share, one with nothing else said near it, measure
  /// the same thing: in "Clinton has at least 1,410 delegates and Sanders at least 635" against "Clinton now has a
  /// total of at least 1,410, while Sanders has at least 653", the name is all there is to say whose tally each is,
  /// and a lab draft's changed 653 had not been compared. Asked of both sides' nothing else said, or of either
  /// side's counted word, it added two false alarms against other stories on PolNeAR's training articles.
  func isSaidOnlyOfTheSameName(as other: MeasuredThing) -> Bool {
    counted == nil && other.counted == nil && !names.isDisjoint(with: other.names)
      && (words.isEmpty || other.words.isEmpty)
  }

  /// Both have names near them, and none in common: "Cruz won 38 delegates" and "Kasich won 12 delegates".
  func namesDiffer(from other: MeasuredThing) -> Bool {
    !names.isEmpty && !other.names.isEmpty && names.isDisjoint(with: other.names)
  }

  /// Both have an owner, and not the same ("the port's budget" and "the city's tax"), or both a phase, and not the
  /// same ("before impact" and "now"); or one is a change's size and the other a level at some time ("cut the
  /// orbit by 32 minutes" and "now 11 hours and 23 minutes"); or one is an age and the other not; or one is what
  /// someone needs and the other not; or one is a total over parts its sentence counts and the other not; or one is
  /// a margin between two sides and the other not; or one counts a unit squared or cubed and the other not; or one
  /// is said of each of several things and the other not; or one counts things beyond others and the other does
  /// not ("two other ferries" and "six ferries").
  func conflicts(with other: MeasuredThing) -> Bool {
    if let owner, let otherOwner = other.owner, owner != otherOwner { return true }
    if let phase, let otherPhase = other.phase, phase != otherPhase { return true }
    // Step: a change against a level. A change is read from "by" or a change verb before the figure, so a level
    // needs no phase to be told from one: "approval rose 8 points" says nothing against "a net rating of minus 6
    // points" (on PolNeAR's training articles, 12 of 141 self-contradictions were such pairs).
    if isChangeAmount != other.isChangeAmount { return true }
    // Step: an age and a count of the noun after it are two things ("a 31-year-old volunteer" and "more than 1,000
    // volunteers").
    if isAge != other.isAge { return true }
    // Step: what someone needs and what they have are two things ("needs 836 delegates" and "has 1,061").
    if isRequirement != other.isRequirement { return true }
    // Step: a total over several parts and a figure not given so are two things ("In all, 691 delegates are up for
    // grabs in five states" and "With 107 delegates at stake" in one of them).
    if isTotalOverParts != other.isTotalOverParts { return true }
    // Step: a margin between two sides and a level are two things ("a 26-delegate advantage" and "865 delegates
    // are up for grabs").
    if isMargin != other.isMargin { return true }
    // Step: a poll's margin of error says how far its figures may be off, and is no quantity of the story: "The
    // margin of error for the CBS poll was six points" is not the "four-point dip" of a candidate's support
    // before it.
    if isErrorMargin != other.isErrorMargin { return true }
    // Step: two figures hyphened to their word describe what comes after them, and describe two bodies where two
    // names come after them that differ: "the 15-member Platform Drafting Committee" and "the 187-member Platform
    // Committee" are two committees. A common noun says less: "a 112-member body" is the "112-member convention
    // rules committee" of another paragraph.
    if !describedName.isEmpty, !other.describedName.isEmpty, describedName != other.describedName { return true }
    // Step: a figure said of a unit squared or cubed ("$120 per square foot") is compared only with another so
    // said: a PolNeAR article's "$70 per square foot annually", read as said of "annually", stays apart from the
    // "$120 per square foot" of another office. Measures themselves are told apart by dimension
    // (`Figure.Kind.measure`: "250 square miles" is an area, "300 miles" a length).
    if isPower != other.isPower { return true }
    if isPerItem != other.isPerItem { return true }
    return isIncrement != other.isIncrement
  }
}
