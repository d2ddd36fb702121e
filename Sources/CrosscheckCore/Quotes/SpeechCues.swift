/// Words that introduce reported speech and say who spoke: the speech verbs (`SpeechVerbs`) and how they are read,
/// phrases that attribute, titles, and the words that tell a name from a clause.
enum SpeechCues {
  /// The bare stems ("warn"), which are also nouns ("a warn…", "his comment") more often than the other forms.
  static let stems = SpeechVerbs.stems

  static func isCue(_ word: String) -> Bool { SpeechVerbs.contains(word) }

  /// Phrases that attribute: "according to X", "in the words of X", "quoted as saying".
  static let leadPhrases: [[String]] = [
    ["according", "to"], ["in", "the", "words", "of"], ["quoted", "as", "saying"], ["per"],
  ]

  /// Cues that may come before their speaker: "said Marsh", "asked the mayor". ("described his plan" may not.)
  static let invertible: Set<String> = [
    "said", "says", "added", "adds", "asked", "asks", "wrote", "writes", "continued", "continues", "replied",
    "replies", "explained", "explains", "noted", "notes", "recalled", "recalls", "quipped", "tweeted", "observed",
    "declared", "stated", "insisted", "warned", "argued", "concluded", "answered", "responded", "countered",
    "according", "reads", "read",
  ]

  /// Words before a cue word that make it a noun: "his remarks", "the report", "secretary of state".
  static let nounMarkers: Set<String> = [
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those", "of", "whose",
    "from", "with", "by", "about", "in", "on", "at", "for",
  ]

  /// Words after which a bare stem is a verb: "they say", "to warn", "did not deny".
  static let verbLeads: Set<String> = [
    "i", "you", "we", "they", "who", "that", "to", "will", "would", "can", "could", "must", "should", "may",
    "might", "not", "never", "did", "do", "does", "also", "often", "still", "people", "others",
  ]

  /// "It’s" and "its" open a sentence with a capital and never stand for a person. ("His", "Her" and "My" are
  /// left to name whoever they stand for: "Her economic plan promises to…" is hers.)
  static let notPeople: Set<String> = ["its", "it’s", "it's"]

  /// Nouns for what someone said, whose owner spoke: "Okafor's claim that “…”" (`Attribution.possessor`).
  static let speechNouns: Set<String> = [
    "claim", "claims", "assertion", "contention", "conclusion", "statement", "remark", "remarks", "comment",
    "comments", "words", "promise", "pledge", "vow", "warning", "argument", "insistence", "description",
    "characterization", "characterisation", "proposition", "suggestion", "prediction", "admission", "accusation",
    "complaint", "declaration", "observation", "message", "slogan", "motto", "mantra", "catchphrase", "refrain",
    "boast", "threat", "plea", "quip", "retort", "tweet", "assessment", "verdict", "promises", "pledges",
    "warnings", "accusations",
  ]

  /// Words that open a noun phrase that can be a speaker: "the ministry", "one person", "several groups".
  static let determiners: Set<String> = [
    "the", "a", "an", "his", "her", "their", "our", "my", "its", "one", "two", "three", "several", "some", "many",
    "another", "other", "most", "few", "both", "each", "every", "these", "those",
  ]

  /// Words that open a subordinate clause; a cue after one is not the quote's credit.
  static let subordinators: Set<String> = [
    "when", "if", "because", "while", "after", "before", "since", "until", "unless", "although", "though", "where",
  ]

  /// Subordinators that open a clause set against the main one, with a subject of its own: "…, while Okafor said".
  static let contrasts: Set<String> = ["while", "whereas"]

  /// Words that make a short capitalised clause before the subject a time: "Hours later,".
  static let leadInWords: Set<String> = ["later", "earlier", "ago", "afterwards"]

  /// News agencies, whose names in a dateline ("Calder (AFP) –") say where the story was filed, not who spoke.
  static let wires: Set<String> = ["afp", "ap", "reuters", "upi", "dpa", "efe", "ansa", "xinhua"]

  /// Determiners and quantifiers that open a sentence with a capital and never a name: "Another holdout",
  /// "Most Southern voters", "Even as Okafor spoke".
  static let quantifiers: Set<String> = [
    "another", "even", "most", "many", "some", "each", "every", "those", "these", "what", "indeed", "instead",
    "other", "others", "several", "few", "both", "such", "much", "more", "any", "no", "whatever",
  ]

  /// Prepositions, which open no subject: "…” in the primary states" goes on with the sentence.
  static let prepositions: Set<String> = [
    "in", "on", "at", "for", "of", "from", "to", "with", "about", "into", "over", "under", "than", "across",
  ]

  /// Words that open a phrase set between a subject and its verb: "Okafor, in a statement, said".
  static let interjectionOpeners: Set<String> = ["in", "at", "on", "during", "after", "before", "via", "through"]

  /// Conjunctions that may open a sentence before its subject: "But Durbin, noting the size, said".
  static let conjunctions: Set<String> = ["but", "and", "yet", "so", "or", "nor"]

  /// Words that open an adverbial or connect clauses rather than name someone: "On Friday,", "But", "As".
  static let connectives: Set<String> = [
    "on", "in", "at", "after", "before", "during", "earlier", "later", "meanwhile", "however", "still", "yet", "but",
    "and", "so", "or", "then", "now", "also", "following", "amid", "despite", "with", "as", "since", "when",
    "while", "if", "though", "although", "because", "for", "by", "from", "to", "of", "like", "unlike", "even",
    "just", "only", "here", "there", "this", "that", "it", "asked", "speaking", "a", "an", "all",
  ]

  /// Words that open an adverbial set off by a comma before a sentence's subject: "On Friday,", "Despite this,".
  static let openers: Set<String> = [
    "on", "in", "at", "after", "before", "during", "earlier", "later", "meanwhile", "however", "still", "yet", "but",
    "and", "following", "amid", "despite", "with", "as", "since", "when", "while", "asked", "like", "unlike",
    "for", "by", "from", "if", "though", "although", "because", "then", "now", "also", "moreover", "furthermore",
    "additionally", "indeed", "instead", "nevertheless", "nonetheless", "likewise", "similarly", "separately",
  ]

  /// Words that may stand between a subject and its verb: "she still says", "he has said".
  static let adverbs: Set<String> = [
    "still", "also", "then", "later", "again", "once", "never", "always", "often", "repeatedly", "has", "had",
    "have", "was", "were", "is", "would", "will", "did", "does", "do", "reportedly", "previously", "just",
    "could", "can", "may", "might", "must", "should", "only",
  ]

  /// Cues that put a question to someone: in the passive ("was asked", "was pressed") the subject is who answers.
  static let questions: Set<String> = ["asked", "pressed", "questioned", "quizzed", "challenged"]

  /// Whether a lower-cased cue is a past participle: after "be", only a participle makes a passive ("all she could
  /// do was shout “…”" is hers). `irregularParticiples` are the cues' that do not end in "-ed".
  static func isParticiple(_ cue: String) -> Bool { cue.hasSuffix("ed") || irregularParticiples.contains(cue) }

  static let irregularParticiples: Set<String> = ["said", "told", "read", "written", "heard", "spoken", "shown"]

  /// The forms of "be", before a participle the passive: "was read", "were told", "has been asked".
  static let beForms: Set<String> = ["is", "are", "was", "were", "be", "been", "being"]

  /// Words that open a clause about time, not a person: "Twenty-two years ago,", "Last week,".
  static let timeWords: Set<String> = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty", "thirty", "forty",
    "fifty", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    "last", "next", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "today", "yesterday", "tomorrow", "tonight", "years", "days", "weeks", "months",
  ]

  /// Words that join a second verb to a clause's subject: "…and said", "…but insisted".
  static let coordinators: Set<String> = ["and", "but", "then", "yet", "or"]

  /// Words that open a relative clause: "…, which votes next, …".
  static let relatives: Set<String> = ["which", "who", "whose", "where", "when", "whom"]

  /// Relative pronouns that can be the subject of a cue: "Patel, who said…", "the report, which notes…".
  static let relativePronouns: Set<String> = ["which", "who"]

  /// Words that end a speaker phrase read after its cue: "said Marsh in a statement", "said Marsh as she left".
  static let phraseStops: Set<String> = [
    "in", "on", "during", "at", "after", "before", "while", "who", "which", "that", "when", "to", "as", "because",
    "about", "since", "if", "than",
  ]

  /// Pronouns that stand for the most recently named person.
  static let pronouns: Set<String> = ["he", "she", "they", "i", "we"]

  /// People around someone who speak for themselves, not for the person named before them ("Okafor supporters",
  /// "Trump aides"; `Attribution.trimmed`).
  static let associates: Set<String> = [
    "aide", "aides", "adviser", "advisers", "advisor", "advisors", "ally", "allies", "supporter", "supporters",
    "backer", "backers", "critic", "critics", "opponent", "opponents", "rival", "rivals", "fan", "fans",
    "loyalist", "loyalists", "staffer", "staffers", "protesters", "voters",
  ]

  /// Nouns for speakers that are roles or bodies rather than names ("the ministry said").
  static let roleNouns: Set<String> = [
    "mayor", "minister", "ministry", "president", "chancellor", "secretary", "general", "spokesperson", "spokesman",
    "spokeswoman", "official", "officials", "council", "government", "police", "company", "statement", "report",
    "publication", "department", "agency", "office", "prosecutor", "prosecutors", "judge", "court", "chief",
    "engineer", "leader", "director", "source", "sources", "campaign", "committee", "senator", "governor",
    "representative", "aide", "aides", "analyst", "analysts", "economist", "doctor", "expert", "experts",
    "residents", "witness", "witnesses", "organisers", "organizers", "union", "party", "administration",
    "white", "house", "kremlin", "pentagon", "army", "military", "board", "bank", "letter", "article", "ad",
    "advertisement", "poll", "survey", "book", "memo", "email", "tweet", "post", "video", "website", "filing",
    "lawsuit", "complaint", "ruling", "study", "editorial", "platform", "bill", "document", "transcript",
    "indictment", "release", "speech", "group", "groups", "organisation", "organization", "people", "voters",
    "supporters", "critics", "protesters", "crowd", "audience", "members", "fans", "lawmakers", "lawyer", "lawyers",
    "attorney", "attorneys", "adviser", "advisers", "advisor", "advisors", "staff", "staffer", "candidate",
    "nominee", "sign", "banner", "headline", "network", "newspaper", "magazine", "site", "author", "writer",
    "prince", "princess", "diplomat", "activist", "activists", "protester", "reporter", "reporters", "journalist",
    "journalists", "host", "anchor", "moderator", "founder", "owner", "executive", "executives", "student",
    "students", "teacher", "teachers", "worker", "workers", "mother", "father", "son", "daughter", "wife",
    "husband", "woman", "man", "friend", "neighbour", "neighbor", "veteran", "pastor", "priest", "bishop",
    "scientist", "scientists", "researcher", "researchers", "nurse", "soldier", "soldiers", "jury", "juror",
    "congressman", "congresswoman", "lawmaker", "delegate", "delegates", "voter", "resident", "piece", "advert",
    "petition",
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
    "treasurer",
  ]
}
