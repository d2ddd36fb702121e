/// Words outlets use interchangeably in news about the same event, each group mapped to one representative, and
/// the reporting verbs that only say who spoke. Not a thesaurus: a group is here because news copy swaps its
/// words for one another when it retells a claim (`scripts/measure-msrp.py` and `scripts/measure-coverage.py`
/// measure the lexicon as a whole).
enum ParaphraseLexicon {
  /// The representative a stemmed word stands for, or the stem itself.
  static func representative(ofStem stem: String) -> String { representatives[stem] ?? stem }

  /// Whether a word is its group's paraphrase only when inflected: bare, "back" is an adverb far more often than
  /// the verb "to back" ("Combs went back to the jail" had read as "approved", and as the outcome the opposite of
  /// "refused").
  static func isParaphraseOnlyInflected(_ stem: String) -> Bool { onlyInflected.contains(stem) }

  private static let onlyInflected: Set<String> = [Normalizer.stem("back")]

  /// Whether a representative is a reporting word ("said", "told reporters", "stated"): a retelling changes or
  /// drops it freely, so it carries no claim.
  static func isReporting(_ representative: String) -> Bool { reporting.contains(representative) }

  /// The representative a word takes when the particle after it makes a phrase ("call for" is "urge", "step
  /// down" is "resign"); nil when the pair is no phrase. `first` is the first word's representative.
  static func phrase(_ first: String, particle: String) -> String? { phrases[Pair(first, particle)] }

  /// The term that says the opposite of a word's (`convict` of `acquit`, `fall` of `rise`), or nil. Terms are the
  /// representatives' hashes, as `AlignmentSide.terms` holds them.
  static func opposite(of term: Term) -> Term? { opposites[term] }

  /// The representative a word takes after "not" when the two say what one word does ("not guilty" is
  /// "acquitted"), or nil. The "not" then negates nothing: "found not guilty" asserts an acquittal.
  static func afterNot(_ representative: String) -> String? { meaningsAfterNot[representative] }

  /// `afterNot` by term, for indexing, which reads terms rather than words.
  static let termsAfterNot: [Term: Term] = Dictionary(
    uniqueKeysWithValues: meaningsAfterNot.map { (Token.hash($0.key), Token.hash($0.value)) })

  /// The word before which `afterNot` is asked.
  static let not = "not"

  /// Step: "not guilty" after a plea ("pleaded not guilty", "a plea of not guilty") is what the accused said, no
  /// verdict: read as "acquitted", a lab draft's "Combs, 55, had pleaded not guilty to all five counts" was linked
  /// to an outlet's "was acquitted of the most serious counts"; read as "not" and "guilty", its counts were then taken
  /// for the "two counts" the draft had him found guilty on, and called inconsistent with them. After these words
  /// the two are read as one word of their own (`pleaOfNotGuilty`), which only another such plea has.
  static let pleas: Set<String> = Set(
    ["plead", "pleads", "pleaded", "pleading", "pled", "plea"].map(Normalizer.normalize))

  /// `pleas` by term, for indexing.
  static let pleaTerms: Set<Term> = Set(pleas.map(Token.hash))

  /// What "not guilty" after a plea is read as, and its term.
  static let pleaOfNotGuilty = "notguilty·plea"
  static let pleaOfNotGuiltyTerm = Token.hash(pleaOfNotGuilty)

  private static let meaningsAfterNot: [String: String] = [
    representative(ofStem: Normalizer.stem("convict")): representative(ofStem: Normalizer.stem("acquit"))
  ]

  /// The representatives that can start a phrase.
  static var phraseStarts: [String] { phrases.keys.map(\.first) }

  private struct Pair: Hashable {
    var first: String
    var particle: String
    init(_ first: String, _ particle: String) {
      self.first = first
      self.particle = particle
    }
  }

  /// Keys and values are stemmed once here, so every inflection of either side meets.
  private static let representatives: [String: String] = {
    var table: [String: String] = [:]
    for (representative, members) in groups + Demonyms.countries + CalendarWords.abbreviations {
      let target = Normalizer.stem(representative)
      for member in members { table[Normalizer.stem(member)] = target }
    }
    return table
  }()

  private static let groups: [(String, [String])] = [
    ("approve", ["back", "endorse", "pass", "greenlight", "approval"]),
    ("build", ["construct", "erect", "construction"]),
    (
      "rise",
      [
        "increase", "climb", "grow", "hike", "raise", "boost", "lift", "jump", "soar", "rose", "risen", "grew", "gain",
        "advance",
      ]
    ),
    ("fall", ["decrease", "drop", "decline", "slide", "slip", "fell", "fallen", "slid"]),
    ("cut", ["lower", "reduce", "slash", "trim", "shorten", "reduction"]),
    ("cost", ["price"]),
    ("finish", ["complete", "completion"]),
    ("protect", ["shield", "safeguard", "protection"]),
    ("plan", ["scheme", "project"]),
    ("withdraw", ["pull", "withdrawal", "exit"]),
    ("home", ["household", "house"]),
    ("people", ["resident"]),
    ("council", ["councilor"]),
    ("head", ["chief", "leader"]),
    ("promise", ["vow", "pledge"]),
    ("large", ["big", "huge", "major", "massive"]),
    ("small", ["tiny", "little"]),
    ("fast", ["quick", "quickest", "fastest", "rapid", "swift"]),
    ("begin", ["start", "commence", "launch"]),
    ("country", ["nation"]),
    ("nato", ["alliance"]),
    ("organisation", ["organization"]),
    ("spending", ["expenditure", "spend"]),
    ("resign", ["quit"]),
    ("hit", ["strike", "struck", "slam", "smash", "crash", "collide", "collision", "impact"]),
    ("threat", ["danger", "risk"]),
    ("acquit", ["clear"]),
    ("charge", ["count"]),
    ("convict", ["guilty", "conviction"]),
    ("refuse", ["deny", "denied", "reject"]),
    ("admit", ["concede", "acknowledge"]),
    ("change", ["alter", "modify"]),
    ("pray", ["prayer"]),
    ("wide", ["across", "width", "diameter"]),
    ("method", ["technique", "approach", "strategy", "tactic"]),
    ("path", ["course", "trajectory", "route"]),
    ("family", ["relative"]),
    ("remote", ["virtual"]),
    ("conference", ["briefing"]),
    ("release", ["free", "bail"]),
    ("say", ["remark", "note", "add", "stress", "emphasize", "tell", "explain", "comment", "reporter"]),
  ]

  private static let reporting: Set<String> = [Normalizer.stem("say")]

  /// Pairs of words that state opposite outcomes of one event: a span that says one where the draft says the other
  /// tells the claim's words with the claim reversed ("found guilty" against "acquitted").
  private static let opposites: [Term: Term] = {
    var table: [Term: Term] = [:]
    for (first, second) in [("acquit", "convict"), ("rise", "fall"), ("win", "lose"), ("approve", "refuse")] {
      let (one, other) = (
        Token.hash(representative(ofStem: Normalizer.stem(first))),
        Token.hash(representative(ofStem: Normalizer.stem(second)))
      )
      table[one] = other
      table[other] = one
    }
    return table
  }()

  private static let phrases: [Pair: String] = {
    var table: [Pair: String] = [:]
    for (first, particle, target) in [
      ("call", "for", "urge"), ("step", "down", "resign"), ("take", "over", "acquire"),
    ] + ["go", "goes", "going", "went", "gone"].flatMap({ [($0, "up", "rise"), ($0, "down", "fall")] }) {
      table[Pair(representative(ofStem: Normalizer.stem(first)), particle)] = Normalizer.stem(target)
    }
    return table
  }()
}
