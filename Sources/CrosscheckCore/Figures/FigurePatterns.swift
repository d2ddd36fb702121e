/// The regular expressions behind `FigureExtractor`, built once.
enum Patterns {
  static let months =
    "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
  nonisolated(unsafe) static let dayMonth = try! Regex(
    #"\b(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<month>"# + months + #")\.?(?:,?\s+(?<year>\d{4}))?\b"#)
  nonisolated(unsafe) static let monthDay = try! Regex(
    #"\b(?<month>"# + months + #")\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?<year>\d{4})\b)?"#)
  /// A capitalised designation: a few capitals, a hyphen and a number, perhaps with a capital after it ("K-1",
  /// "F-16", "COVID-19", "H-2B"); the hyphen and what follows are captured.
  nonisolated(unsafe) static let designation = try! Regex(#"\b[A-Z]{1,5}(-\d{1,4}[A-Z]?)\b"#)
  nonisolated(unsafe) static let isoDate = try! Regex(#"\b(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})\b"#)
  /// A clock time. Its minutes may run into the next word, as in text scraped from a live blog's time stamps
  /// ("February 6, 2016 10:01PMDonald Trump Wants…"): the hour is still no count.
  nonisolated(unsafe) static let time = try! Regex(
    #"\b(?<hour>\d{1,2})(?::(?<minute>\d{2}))?\s?(?<meridiem>a\.m\.|p\.m\.|am\b|pm\b)|\b(?<hour2>[01]?\d|2[0-3]):(?<minute2>[0-5]\d)(?!\d)"#
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
