/// Verbs that report speech, in every tense a news text uses ("said", "warns", "quipped"): the quote reader's cue
/// words, and what the sentence splitter reads after a quotation that ends in a question or a cry.
enum SpeechVerbs {
  /// Verb stems; each is accepted with the endings news uses ("warn", "warns", "warned", "warning").
  private static let regular: [String] = [
    "add", "state", "note", "tweet", "post", "argue", "insist", "warn", "urge", "ask", "reply", "explain",
    "acknowledge", "confirm", "emphasize", "emphasise", "remark", "continue", "quip", "declare", "announce", "claim",
    "admit", "respond", "recall", "suggest", "stress", "predict", "promise", "vow", "concede", "conclude", "complain",
    "observe", "caution", "maintain", "contend", "counter", "agree", "joke", "wonder", "shout", "testify", "comment",
    "muse", "boast", "lament", "whisper", "plead", "demand", "recount", "assert", "allege", "reiterate", "underline",
    "highlight", "signal", "describe", "mention", "report", "estimate", "tell", "write", "say", "cry", "exclaim",
    "retort", "snap", "sigh", "laugh", "answer", "pledge", "proclaim", "question", "charge", "blast", "hail",
    "praise", "criticise", "criticize", "deny", "press", "vent", "chime", "scoff", "gush", "fume", "tout", "mock",
    "tease", "taunt", "concur", "interject", "reflect", "protest", "yell", "scream", "mutter", "murmur", "chant",
    "sing", "beam", "grumble", "marvel", "remember", "react", "exhort", "point", "recommend", "mouth", "accuse",
  ]

  private static let irregular: Set<String> = [
    "said", "says", "saying", "told", "tells", "telling", "wrote", "writes", "writing", "written", "cried", "replied",
    "replies", "testified", "denied", "quipped", "snapped", "tweeted", "read", "reads", "sang", "admitted",
    "admitting", "regretted", "shrugged", "nodded", "begged",
  ]

  /// The bare stems.
  static let stems = Set(regular)

  private static let forms: Set<String> = {
    var forms = irregular
    for stem in regular {
      forms.insert(stem)
      forms.insert(stem + "s")
      forms.insert(stem.hasSuffix("e") ? stem + "d" : stem + "ed")
      forms.insert(stem.hasSuffix("e") ? String(stem.dropLast()) + "ing" : stem + "ing")
      if stem.hasSuffix("y") { forms.insert(String(stem.dropLast()) + "ied") }
    }
    return forms
  }()

  static func contains(_ word: String) -> Bool { forms.contains(word.lowercased()) }
}
