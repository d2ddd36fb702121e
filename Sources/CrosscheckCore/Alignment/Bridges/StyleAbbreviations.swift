/// The abbreviations news style writes where another outlet spells the word out: a title before a name ("Sen.
/// Maria Cantwell", "Gen. Sattler"), a state after a city ("Boulder, Colo."), and "Jan." before a day ("Jan. 12").
/// Each is read as the whole word only where its place in the sentence says it is one, since most of them are
/// other words elsewhere: "Miss" and "Ill" are words, "Jan" a given name, "Gen" a generation.
enum StyleAbbreviations {
  /// Step: rewrites each such abbreviation's normalised form as its whole word's, so that "Sen." carries
  /// "Senator", "Colo." carries "Colorado", and "Jan. 12" is the day "January 12" is.
  static func expand(_ tokens: inout [Token], in utf8: String.UTF8View) {
    for index in tokens.indices where tokens[index].isCapitalized {
      let token = tokens[index]
      // Each abbreviation is its own normalised form: too short to stem, in no paraphrase group.
      let word = token.normalized
      let stopped = bytes(utf8, token.range.upperBound..<min(utf8.count, token.range.upperBound + 1)).first == period
      let next = index + 1 < tokens.count ? tokens[index + 1] : nil
      let whole: String?
      if let title = titles[word], stopped, next?.isCapitalized == true {
        whole = title
      } else if let state = states[word], stopped, index > 0, tokens[index - 1].isCapitalized,
        followsComma(token, after: tokens[index - 1], in: utf8)
      {
        whole = state
      } else if let month = months[word], let next, next.isFigure, let day = Int(next.normalized),
        (1...31).contains(day)
      {
        whole = month
      } else {
        whole = nil
      }
      if let whole {
        tokens[index].normalized = Normalizer.normalize(whole)
        tokens[index].isStopWord = false
      }
    }
  }

  private static func followsComma(_ token: Token, after previous: Token, in utf8: String.UTF8View) -> Bool {
    bytes(utf8, previous.range.upperBound..<token.range.lowerBound).contains(UInt8(ascii: ","))
  }

  private static func bytes(_ utf8: String.UTF8View, _ range: Range<Int>) -> Substring.UTF8View {
    let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
    return utf8[start..<utf8.index(start, offsetBy: range.count)]
  }

  private static let period = UInt8(ascii: ".")

  /// Titles as news style abbreviates them before a name.
  private static let titles: [String: String] = [
    "sen": "senator", "rep": "representative", "gov": "governor", "gen": "general", "lt": "lieutenant",
    "col": "colonel", "maj": "major", "capt": "captain", "sgt": "sergeant", "adm": "admiral", "cmdr": "commander",
    "supt": "superintendent", "prof": "professor", "atty": "attorney",
  ]

  /// States as news style abbreviates them after a city.
  private static let states: [String: String] = [
    "ala": "alabama", "ariz": "arizona", "ark": "arkansas", "calif": "california", "colo": "colorado",
    "conn": "connecticut", "del": "delaware", "fla": "florida", "ga": "georgia", "ill": "illinois", "ind": "indiana",
    "kan": "kansas", "ky": "kentucky", "la": "louisiana", "md": "maryland", "mass": "massachusetts",
    "mich": "michigan", "minn": "minnesota", "miss": "mississippi", "mo": "missouri", "mont": "montana",
    "neb": "nebraska", "nev": "nevada", "okla": "oklahoma", "ore": "oregon", "pa": "pennsylvania",
    "tenn": "tennessee", "tex": "texas", "vt": "vermont", "va": "virginia", "wash": "washington", "wis": "wisconsin",
    "wyo": "wyoming",
  ]

  /// Month abbreviations that are also other words, read as the month only before a day of it. The others are in
  /// `CalendarWords.abbreviations`.
  private static let months: [String: String] = ["jan": "january", "mar": "march"]
}
