/// Words that end in a period without ending a sentence, grouped by how they behave before the next word.
enum Abbreviations {
  /// Titles and place words that always lead into a name or number: "Mr. Patel", "Mt. Calder", "Gen. Okafor".
  static let titles: Set<String> = [
    "mr", "mrs", "ms", "messrs", "mme", "dr", "prof", "gen", "sen", "rep", "reps", "gov", "lt", "col", "sgt",
    "capt", "cmdr", "adm", "maj", "cpl", "pvt", "rev", "hon", "pres", "supt", "insp", "det", "st", "mt", "ft",
    "fr", "atty", "amb", "vs", "v", "cf", "e.g", "i.e", "viz", "approx", "ca", "dept", "univ", "assn", "govt",
    "ave", "blvd", "hwy", "rt",
  ]

  /// Words that lead into a number and otherwise behave like ordinary words: "No. 10", "Jan. 5", "p. 55".
  static let beforeNumbers: Set<String> = [
    "no", "nos", "nr", "n°", "vol", "vols", "fig", "figs", "p", "pp", "art", "sec", "ch", "para", "op",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  ]

  /// Words that end sentences often enough that only a capitalised next word decides: "Co.", "Inc.", "Jr.", "etc.".
  static let endings: Set<String> = ["inc", "corp", "ltd", "co", "llc", "plc", "bros", "etc", "al", "jr", "sr"]

  /// Words that commonly open a sentence. After an abbreviation with inner periods ("U.S.", "a.m.") only
  /// these start a new sentence, since "U.S. Government" is one sentence and "U.S. How" is two.
  static let sentenceStarters: Set<String> = [
    "a", "an", "the", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "there",
    "here", "but", "and", "or", "so", "yet", "how", "what", "when", "where", "why", "who", "which", "if", "in",
    "on", "at", "as", "after", "before", "since", "while", "although", "though", "however", "meanwhile", "still",
    "then", "now", "his", "her", "its", "their", "our", "my", "your", "one", "some", "many", "most", "such", "not",
    "yes", "last", "next", "earlier", "later", "today", "yesterday", "tomorrow", "for", "with", "by", "from",
    "under", "over", "despite", "during", "both", "all", "each", "every", "any", "officials", "critics",
  ]
}
