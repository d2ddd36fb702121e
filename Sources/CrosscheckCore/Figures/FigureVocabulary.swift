/// The words and signs figures are read with: qualifiers, scales, currencies, units and fraction words. Each table
/// is what news copy writes; `NumberReader` holds the rules that use them.
enum FigureVocabulary {
  /// Longest first, so "no fewer than" wins over "no".
  static let qualifiers: [[String]] = [
    "no fewer than", "no less than", "no more than", "at least", "at most", "more than", "less than", "fewer than",
    "up to", "as many as", "as much as", "as few as", "just over", "just under", "upwards of", "close to",
    "an estimated", "nearly", "almost", "about", "around", "roughly", "approximately", "some", "near", "over", "under",
    "above", "below", "between", "from",
    // A poll's margin of error, on both sides of its figures: not a sign ("plus or minus six percentage points").
    "plus or minus",
  ].map { $0.split(separator: " ").map(String.init) }.sorted { $0.count > $1.count }

  /// Scale words read after any number.
  static let scales: [String: Double] = [
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "lakh": 1e5, "lakhs": 1e5, "crore": 1e7,
    "crores": 1e7,
  ]

  /// Abbreviated scales glued to digits ("10k", "£5m", "1.2b", "2mil", "1MM").
  static let suffixScales: [String: Double] = [
    "k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6, "mm": 1e6, "b": 1e9, "bn": 1e9, "bln": 1e9, "tn": 1e12,
    "tln": 1e12,
  ]

  /// Units that may be glued to their digits ("3percent", "50p", "25bp").
  static let gluedUnits: Set<String> = ["percent", "pct", "pp", "bp", "bps", "p", "pence", "cents"]

  /// Abbreviated scales that may also stand apart from their number ("€1.2 bn", "- 10 k").
  static let spacedSuffixScales: [String: Double] = [
    "k": 1e3, "mn": 1e6, "mln": 1e6, "bn": 1e9, "bln": 1e9, "tn": 1e12, "tln": 1e12,
  ]

  static let currencySymbols: [String: String] = [
    "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₩": "KRW", "₽": "RUB", "₺": "TRY", "₦": "NGN",
    "₱": "PHP", "₪": "ILS", "₫": "VND", "฿": "THB", "₴": "UAH", "₡": "CRC", "₾": "GEL", "₭": "LAK", "元": "CNY",
    "₨": "PKR",
  ]

  /// Letters written before a dollar sign: "US$", "C$", "A$", "HK$", "NZ$", "S$".
  static let dollarPrefixes: [String: String] = [
    "us": "USD", "c": "CAD", "ca": "CAD", "a": "AUD", "au": "AUD", "hk": "HKD", "nz": "NZD", "s": "SGD",
    "r": "BRL",
  ]

  /// ISO codes of the currencies news writes about most, lower case.
  static let currencyCodes: [String: String] = Dictionary(
    uniqueKeysWithValues: [
      "USD", "EUR", "GBP", "JPY", "CNY", "INR", "CHF", "CAD", "AUD", "HKD", "SEK", "NOK", "DKK", "RUB", "BRL", "ZAR",
      "MXN", "KRW", "SGD", "NZD", "TRY", "PLN", "UAH", "NGN", "KES", "EGP", "ILS", "AED", "SAR",
    ].map { ($0.lowercased(), $0) })

  /// Currencies in words, singular; the plural (with "s") is read too.
  static let currencyWords: [([String], String)] = [
    (["us", "dollar"], "USD"), (["u.s.", "dollar"], "USD"), (["australian", "dollar"], "AUD"),
    (["canadian", "dollar"], "CAD"), (["hong", "kong", "dollar"], "HKD"), (["new", "zealand", "dollar"], "NZD"),
    (["singapore", "dollar"], "SGD"), (["swiss", "franc"], "CHF"), (["pound", "sterling"], "GBP"),
    (["dollar"], "USD"), (["euro"], "EUR"), (["pound"], "GBP"), (["yen"], "JPY"), (["yuan"], "CNY"),
    (["renminbi"], "CNY"), (["rmb"], "CNY"), (["rupee"], "INR"), (["rouble"], "RUB"), (["ruble"], "RUB"),
    (["hryvnia"], "UAH"), (["zloty"], "PLN"), (["lira"], "TRY"), (["franc"], "CHF"), (["naira"], "NGN"),
    (["rand"], "ZAR"), (["shekel"], "ILS"), (["krona"], "SEK"), (["krone"], "NOK"),
  ]

  /// Time units: the unit a duration is counted in, and how many of it the word means.
  static let timeUnits: [String: (String, Double)] = {
    var table: [String: (String, Double)] = [:]
    for (word, unit, factor) in [
      ("second", "second", 1.0), ("minute", "minute", 1), ("hour", "hour", 1), ("day", "day", 1),
      ("week", "week", 1), ("fortnight", "week", 2), ("month", "month", 1), ("year", "year", 1),
      ("decade", "year", 10),
    ] {
      table[word] = (unit, factor)
      table[word + "s"] = (unit, factor)
    }
    return table
  }()

  /// Seconds in a duration's unit (a month is a twelfth of a Gregorian year), so durations compare across units.
  static func seconds(per unit: String?) -> Double {
    switch unit {
    case "minute": return 60
    case "hour": return 3_600
    case "day": return 86_400
    case "week": return 604_800
    case "month": return 2_629_746
    case "year": return 31_556_952
    default: return 1
    }
  }

  /// The values a plain four-digit integer is read as a year in ("by 2035"), by the figure checks and alignment
  /// alike.
  static let years: ClosedRange<Double> = 1800...2100

  /// Whether a number, as written or normalised, is one of `years`.
  static func isYear(_ number: String) -> Bool { Double(number).map(years.contains) ?? false }

  /// A unit of measure: the dimension it measures, its name as a figure's unit, and its size in the dimension's
  /// base unit (metres, kilograms, metres per second, square metres, litres). The size is nil where units of a
  /// dimension do not convert by a factor (degrees), or where the word stands for several sizes (a ton is 907 kg
  /// in American copy, 1,016 in British and often 1,000): such a figure is compared only with its own unit.
  struct MeasureUnit {
    var dimension: String
    var name: String
    var size: Double?
  }

  /// Units of measure by the words news copy writes them in, each word as written and in its plural.
  static let measures: [String: MeasureUnit] = {
    var table: [String: MeasureUnit] = [:]
    for (dimension, units) in [
      (
        "length",
        [
          (["metre", "metres", "meter", "meters"], "metre", 1.0),
          (["kilometre", "kilometres", "kilometer", "kilometers", "km", "kms"], "kilometre", 1_000),
          (["centimetre", "centimetres", "centimeter", "centimeters", "cm"], "centimetre", 0.01),
          (["mile", "miles"], "mile", 1_609.344), (["foot", "feet", "ft"], "foot", 0.3048),
          (["inch", "inches"], "inch", 0.0254), (["yard", "yards"], "yard", 0.9144),
        ] as [([String], String, Double?)]
      ),
      (
        "mass",
        [
          (["kilogram", "kilograms", "kg", "kgs"], "kilogram", 1), (["gram", "grams"], "gram", 0.001),
          (["tonne", "tonnes"], "tonne", 1_000), (["ton", "tons"], "ton", nil), (["lb", "lbs"], "lb", 0.45359237),
        ]
      ),
      (
        "volume",
        [(["litre", "litres", "liter", "liters"], "litre", 1), (["gallon", "gallons"], "gallon", 3.785411784)]
      ),
      ("area", [(["acre", "acres"], "acre", 4_046.8564224), (["hectare", "hectares"], "hectare", 10_000)]),
      ("degrees", [(["degree", "degrees"], "degree", nil)]),
      (
        "speed",
        [(["mph"], "mph", 0.44704), (["kph", "kmh"], "kph", 1 / 3.6), (["knot", "knots"], "knot", 1_852 / 3_600)]
      ),
    ] {
      for (words, name, size) in units {
        for word in words { table[word] = MeasureUnit(dimension: dimension, name: name, size: size) }
      }
    }
    return table
  }()

  /// Units of measure by their name as a figure's unit, with the speeds written out ("mile per hour"), the areas
  /// ("square kilometre") and the volumes ("cubic metre", in litres) that `NumberReader` makes of a length.
  static let measuresByName: [String: MeasureUnit] = {
    var table: [String: MeasureUnit] = [:]
    for unit in measures.values {
      table[unit.name] = unit
      guard unit.dimension == "length", let size = unit.size else { continue }
      table[unit.name + " per hour"] = MeasureUnit(
        dimension: "speed", name: unit.name + " per hour", size: size / 3_600)
      table[unit.name + " per second"] = MeasureUnit(dimension: "speed", name: unit.name + " per second", size: size)
      table["square " + unit.name] = MeasureUnit(dimension: "area", name: "square " + unit.name, size: size * size)
      table["cubic " + unit.name] = MeasureUnit(
        dimension: "volume", name: "cubic " + unit.name, size: size * size * size * litresPerCubicMetre)
    }
    return table
  }()

  private static let litresPerCubicMetre = 1_000.0

  /// The units of measure a figure may be written in with "a" or "an" for one ("a mile wide", "half a mile"):
  /// those that are not also the words of an idiom ("set foot", "give an inch", "a yard sale").
  static let measuresReadWithArticle: Set<String> = [
    "mile", "kilometre", "kilometer", "metre", "meter", "kilogram", "tonne", "acre", "hectare", "litre", "liter",
    "gallon",
  ]

  /// Units of measure, normalised as alignment normalises words, with the dimension each measures: for alignment,
  /// two figures in units of one dimension ("160 metres", "500 feet") are figures of the same kind of thing.
  static let measureDimensions: [String: String] = {
    var table: [String: String] = [:]
    for (word, unit) in measures { table[Normalizer.normalize(word)] = unit.dimension }
    return table
  }()
  static let measureUnits = Set(measureDimensions.keys)

  /// Words after a number that give its unit, longest first.
  static let unitPhrases: [([String], FigureUnit)] = [
    (["percentage", "points"], .percentagePoints), (["percentage", "point"], .percentagePoints),
    (["of", "a", "percentage", "point"], .percentagePoints), (["per", "cent"], .percent),
    (["basis", "points"], .basisPoints), (["basis", "point"], .basisPoints), (["bps"], .basisPoints),
    (["bp"], .basisPoints), (["percent"], .percent), (["percents"], .percent), (["percentage"], .percent),
    (["pct"], .percent), (["pp"], .percentagePoints),
  ].sorted { $0.0.count > $1.0.count }

  /// Fraction words and their denominators; "second" is left out (it is a time unit far more often).
  static let denominators: [String: Double] = {
    var table: [String: Double] = ["half": 2, "halves": 2, "quarter": 4, "quarters": 4]
    for (word, value) in [
      ("third", 3.0), ("fourth", 4), ("fifth", 5), ("sixth", 6), ("seventh", 7), ("eighth", 8), ("ninth", 9),
      ("tenth", 10), ("eleventh", 11), ("twelfth", 12), ("thirteenth", 13), ("fourteenth", 14), ("fifteenth", 15),
      ("sixteenth", 16), ("seventeenth", 17), ("eighteenth", 18), ("nineteenth", 19), ("twentieth", 20),
      ("thirtieth", 30), ("fortieth", 40), ("fiftieth", 50), ("sixtieth", 60), ("seventieth", 70),
      ("eightieth", 80), ("ninetieth", 90), ("hundredth", 100), ("thousandth", 1e3), ("millionth", 1e6),
      ("billionth", 1e9), ("trillionth", 1e12),
    ] {
      table[word] = value
      table[word + "s"] = value
    }
    return table
  }()

  /// Ordinal units that end a compound denominator ("twenty-first").
  static let unitOrdinals: [String: Double] = {
    var table: [String: Double] = [:]
    for (word, value) in [
      ("first", 1.0), ("second", 2), ("third", 3), ("fourth", 4), ("fifth", 5), ("sixth", 6), ("seventh", 7),
      ("eighth", 8), ("ninth", 9),
    ] {
      table[word] = value
      table[word + "s"] = value
    }
    return table
  }()
}
