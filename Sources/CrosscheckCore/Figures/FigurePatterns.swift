/// The regular expressions behind `FigureExtractor`, built once.
enum Patterns {
  static let months =
    "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
  /// Thousands grouped by commas, or by the no-break and thin spaces of European style ("40 000"); never by a
  /// plain space, which would join "in 2019 300 people". A vulgar fraction may follow ("2½") or stand alone.
  static let digits =
    #"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[\x{00A0}\x{202F}\x{2009}]\d{3})+(?:\.\d+)?|\d*[½¼¾⅓⅔]|\d+(?:\.\d+)?"#
  static let words = "(?:an? )?\(NumberWords.pattern)(?:(?:-| | and )\(NumberWords.pattern))*"
  static let qualifiers =
    "at least|no fewer than|no less than|more than|less than|fewer than|up to|as many as|as much as|nearly|almost|about|around|roughly|approximately|an estimated|close to|some|just over|just under|over|under|above|below|upwards of|between|from"
  /// A symbol may stand apart from its number ("$ 75 million", "€ 1,2 Mrd."), as some outlets write it.
  static let currencySymbol = #"(?:US\$|HK\$|A\$|C\$|\$|€|£|¥|EUR|USD|GBP|JPY)\s?"#
  static let units =
    #"%|per\s?cent(?:age\s+points?)?|percent(?:age\s+points?)?|pct|percentage\s+points?|pp|euros?|(?:(?:us|u\.s\.|australian|canadian|hong\s+kong|new\s+zealand|singapore)\s+)?dollars?|(?:swiss\s+)?francs?|pounds?(?:\s+sterling)?|yen|yuan|renminbi|rmb|rupees?|roubles?|rubles?|hryvnias?|zlotys?|lira|cents?|pence|seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?"#

  nonisolated(unsafe) static let dayMonth = try! Regex(
    #"\b(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<month>"# + months + #")\.?(?:,?\s+(?<year>\d{4}))?\b"#)
  nonisolated(unsafe) static let monthDay = try! Regex(
    #"\b(?<month>"# + months + #")\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?<year>\d{4})\b)?"#)
  nonisolated(unsafe) static let isoDate = try! Regex(#"\b(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})\b"#)
  nonisolated(unsafe) static let time = try! Regex(
    #"\b(?<hour>\d{1,2})(?::(?<minute>\d{2}))?\s?(?<meridiem>a\.m\.|p\.m\.|am\b|pm\b)|\b(?<hour2>[01]?\d|2[0-3]):(?<minute2>[0-5]\d)\b"#
  ).ignoresCase()
  nonisolated(unsafe) static let weekday = try! Regex(
    #"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"#)
  nonisolated(unsafe) static let monthYear = try! Regex(
    #"\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{4})\b"#)
  nonisolated(unsafe) static let monthName = try! Regex(
    #"\b(January|February|March|April|June|July|August|September|October|November|December)\b"#)
  nonisolated(unsafe) static let decade = try! Regex(#"\b(?:a|one|the past|the last)\s+decade\b"#).ignoresCase()
  nonisolated(unsafe) static let wordOrdinal = try! Regex(
    #"\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|twentieth|hundredth)\b"#
  ).ignoresCase()
  nonisolated(unsafe) static let numeric = try! Regex(
    #"(?:\b(?<qual>"# + qualifiers + #")\s+)?(?<cur>"# + currencySymbol + #")?"#
      + #"(?<num>(?:(?:an?|one)\s+(?:third|quarter|fifth(?=\s+of\b))|(?:an?\s+)?half)\b|"#
      + #"(?:one|two|three|four)[-\s](?:thirds|quarters|fifths)\b|"#
      + digits + "|"
      + words + #"(?:\s+and\s+a\s+half\b)?)"#
      + #"(?:\s*(?<conn>–|—|-|\bto\b|\band\b)\s*(?<cur2>"# + currencySymbol + #")?(?<num2>"# + digits + "|" + words
      + "))?"
      + #"(?<scale>\s?(?:trillion|billion|million|thousand|bn|bln|tn|tln|mn|mln|m|k)\b)?"#
      + #"(?<unit>\s?(?:"# + units
      + #")\b|%|p\b|\s?(?:€|£|\$|¥)|-(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b)?"#
  ).ignoresCase()
}

/// Month and weekday names.
enum Calendar {
  static let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

  static func month(_ name: String) -> Int? {
    let prefix = name.lowercased().prefix(3)
    let names = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    return names.firstIndex(of: String(prefix)).map { $0 + 1 }
  }

  /// The weekday (1 Monday … 7 Sunday) of a date in the Gregorian calendar (Zeller's congruence).
  static func weekday(year: Int, month: Int, day: Int) -> Int {
    var y = year
    var m = month
    if m < 3 {
      m += 12
      y -= 1
    }
    let h = (day + (13 * (m + 1)) / 5 + y + y / 4 - y / 100 + y / 400) % 7  // 0 Saturday
    return (h + 5) % 7 + 1
  }
}
