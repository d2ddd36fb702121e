/// Words that introduce reported speech, in every tense a news text uses.
enum SpeechCues {
  /// Verb stems; each is accepted with the endings news uses ("warn", "warns", "warned", "warning").
  private static let regular: [String] = [
    "add", "state", "note", "tweet", "post", "argue", "insist", "warn", "urge", "ask", "reply", "explain",
    "acknowledge", "confirm", "emphasize", "emphasise", "remark", "continue", "quip", "declare", "announce", "claim",
    "admit", "respond", "recall", "suggest", "stress", "predict", "promise", "vow", "concede", "conclude",
    "complain", "observe", "caution", "maintain", "contend", "counter", "agree", "joke", "wonder", "shout",
    "testify", "comment", "muse", "boast", "lament", "whisper", "plead", "demand", "recount", "assert", "allege",
    "reiterate", "underline", "highlight", "signal", "describe", "mention", "add", "report", "estimate", "insist",
    "tell", "write", "say", "cry", "exclaim", "retort", "snap", "sigh", "laugh", "answer", "pledge", "proclaim",
    "acknowledge", "question", "add", "charge", "blast", "hail", "praise", "criticise", "criticize", "deny",
  ]

  private static let irregular: Set<String> = [
    "said", "says", "saying", "told", "tells", "telling", "wrote", "writes", "writing", "written", "cried", "replied",
    "replies", "testified", "denied", "quipped", "snapped", "tweeted",
  ]

  static let forms: Set<String> = {
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

  static func isCue(_ word: String) -> Bool { forms.contains(word.lowercased()) }

  /// Phrases that attribute: "according to X", "in the words of X", "quoted as saying".
  static let leadPhrases: [[String]] = [
    ["according", "to"], ["in", "the", "words", "of"], ["quoted", "as", "saying"],
  ]

  /// Pronouns that stand for the most recently named person.
  static let pronouns: Set<String> = ["he", "she", "they", "i", "we"]

  /// Nouns for speakers that are roles or bodies rather than names ("the ministry said").
  static let roleNouns: Set<String> = [
    "mayor", "minister", "ministry", "president", "chancellor", "secretary", "general", "spokesperson", "spokesman",
    "spokeswoman", "official", "officials", "council", "government", "police", "company", "statement", "report",
    "publication", "department", "agency", "office", "prosecutor", "prosecutors", "judge", "court", "chief",
    "engineer", "leader", "director", "source", "sources", "campaign", "committee", "senator", "governor",
    "representative", "aide", "aides", "analyst", "analysts", "economist", "doctor", "expert", "experts",
    "residents", "witness", "witnesses", "organisers", "organizers", "union", "party", "administration",
    "white", "house", "kremlin", "pentagon", "army", "military", "board", "bank", "spokesperson",
  ]

  /// Words that come before a name as titles; they are left out of the canonical name.
  static let titles: Set<String> = [
    "mr", "mrs", "ms", "dr", "prof", "professor", "mayor", "president", "prime", "minister", "secretary", "general",
    "chancellor", "senator", "sen", "rep", "representative", "gov", "governor", "gen", "general", "lt", "col",
    "colonel", "captain", "capt", "sir", "dame", "lord", "lady", "judge", "justice", "chief", "engineer",
    "councillor", "councilor", "opposition", "deputy", "vice", "former", "foreign", "defence", "defense", "finance",
    "health", "interior", "labour", "labor", "economy", "state", "nato", "un", "eu", "us", "u.s", "uk", "ceo",
    "chairman", "chairwoman", "chair", "director", "leader", "speaker", "king", "queen", "pope", "rev", "father",
    "ukrainian", "russian", "american", "british", "french", "german", "european", "democratic", "republican",
    "attorney", "ambassador", "commissioner", "inspector", "detective", "sergeant", "officer", "dutch", "chinese",
    "harbourmaster", "harbormaster", "coach", "manager", "professor", "economist", "analyst", "spokesperson",
    "spokesman", "spokeswoman", "curator", "architect", "councilwoman", "councilman", "alderman", "mp", "mep",
  ]
}
