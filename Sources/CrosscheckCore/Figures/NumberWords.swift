/// Reads numbers written in words: "three", "twenty-five", "two hundred", "a dozen", "two-thirds".
enum NumberWords {
  static let units: [String: Double] = [
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
  ]

  static let fractions: [String: Double] = [
    "half": 0.5, "third": 1.0 / 3, "thirds": 1.0 / 3, "quarter": 0.25, "quarters": 0.25, "fifth": 0.2, "fifths": 0.2,
  ]

  static let vulgarFractions: [Character: Double] = ["½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1.0 / 3, "⅔": 2.0 / 3]

  static let ordinals: [String: Double] = [
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
    "tenth": 10, "eleventh": 11, "twelfth": 12, "twentieth": 20, "hundredth": 100,
  ]

  /// The alternation of number words for the figure patterns.
  static let pattern =
    "(?:" + (units.keys.sorted { $0.count > $1.count } + ["hundred", "thousand", "dozen"]).joined(separator: "|") + ")"

  /// The value of a run of number words, or nil when a word is not a number word.
  static func value(_ text: String) -> Double? {
    let fillers: Set<String> = ["and", "a", "an"]
    let pieces: [Substring] = text.lowercased().split(whereSeparator: { (character: Character) in
      character == " " || character == "-"
    })
    let words: [String] = pieces.map(String.init).filter { !fillers.contains($0) }
    guard !words.isEmpty else { return nil }
    var total = 0.0
    var current = 0.0
    for word in words {
      if let unit = units[word] {
        current += unit
      } else if word == "hundred" {
        current = (current == 0 ? 1 : current) * 100
      } else if word == "thousand" {
        total += (current == 0 ? 1 : current) * 1000
        current = 0
      } else if word == "dozen" {
        current = (current == 0 ? 1 : current) * 12
      } else {
        return nil
      }
    }
    return total + current
  }
}
