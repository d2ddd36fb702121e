import Testing

@testable import CrosscheckCore

/// Number forms news copy uses, read to the right value (a wrong value is worse than none), and the units and
/// bounds figures are compared by. Invented sentences about the island of Brann and its ferries.
@Suite struct FigureFormsTests {
  func figures(_ text: String) -> [Figure] { FigureExtractor.figures(in: text, range: 0..<text.utf8.count) }

  func one(_ text: String) -> Figure? {
    let found = figures(text)
    return found.count == 1 ? found[0] : nil
  }

  @Test(arguments: [
    ("fifty - two crossings", 52.0), ("two thousand and two hundred passengers", 2_200),
    ("Three hundred  and  thirty one cars", 331), ("a dozen boats", 12), ("half a dozen boats", 6),
    ("3 dozen crates", 36), ("13 lakh rupees of fuel", 1.3e6), ("2 crore visitors", 2e7),
    ("1 234 567 tickets", 1_234_567), ("10k tickets", 10_000), ("nine point five knots", 9.5),
    ("two hundred point zero three tonnes", 200.03), ("a temperature of -4 degrees", -4),
    ("minus five degrees", -5), ("1.3e6 litres", 1.3e6),
  ])
  func numbersInWordsAndDigits(text: String, value: Double) throws {
    let figure = try #require(one("The port counted \(text) that year."), "\(figures(text))")
    #expect(abs(figure.value - value) < 1e-6 * max(1, abs(value)), "\(figure)")
  }

  @Test(arguments: [
    ("3/4 of the fleet", 0.75), ("2 1/4 miles of quay", 2.25), ("one fifth of the crew", 0.2),
    ("a quarter of the fares", 0.25), ("five and a quarter hours", 5.25), ("two-thirds of islanders", 2.0 / 3),
    ("three quarters of the vote", 0.75), ("one out of three ferries", 1.0 / 3),
  ])
  func fractions(text: String, value: Double) throws {
    let figure = try #require(figures("They said \(text) was affected.").first, "\(figures(text))")
    #expect(abs(figure.value - value) < 1e-9, "\(figure)")
  }

  @Test func anOrdinalAfterAIsNoFraction() {
    #expect(figures("She won a third term in office.").allSatisfy { $0.kind != .fraction })
  }

  @Test(arguments: [
    ("$1.2b", 1.2e9, "USD"), ("115USD", 115, "USD"), ("US$15", 15, "USD"), ("C$ 100", 100, "CAD"),
    ("£165.7million", 165.7e6, "GBP"),
  ])
  func currencyForms(text: String, value: Double, currency: String) throws {
    let figure = try #require(one("The fare fund holds \(text) now."), "\(figures(text))")
    #expect(figure.kind == .money && figure.unit == currency && abs(figure.value - value) < 1e-6 * value)
  }

  @Test func listsAndTyposAreNotOneNumber() {
    #expect(!figures("Piers 22,24,26 and 31 reopened.").contains { $0.value == 22_242_631 })
    #expect(figures("a rise of two.1% this year").isEmpty)
  }

  @Test func basisPointsArePercentagePoints() throws {
    let basis = try #require(one("The bank cut its rate by 75 basis points."))
    let points = try #require(one("The bank cut its rate by 0.75 percentage points."))
    let words = try #require(one("The bank cut its rate by three quarters of a percentage point."))
    for figure in [basis, points, words] { #expect(figure.kind == .percentagePoints) }
    #expect(basis.isConsistent(with: points) && words.isConsistent(with: basis))
    let quarter = try #require(one("A quarter-point cut came in May."))
    #expect(quarter.kind == .percentagePoints && quarter.value == 0.25)
    #expect(!quarter.isConsistent(with: basis))
    // Percent and percentage points stay different kinds.
    #expect(!points.isConsistent(with: try #require(one("a rise of 0.75 per cent"))))
  }

  @Test func durationsCompareAcrossUnits() throws {
    let hour = try #require(one("The ferry left an hour later."))
    let minutes = try #require(one("The ferry left 60 minutes later."))
    let fortyFive = try #require(one("The ferry left 45 minutes later."))
    #expect(hour.kind == .duration && hour.isConsistent(with: minutes))
    #expect(!hour.isConsistent(with: fortyFive))
    #expect(try #require(one("It took half an hour.")).value == 0.5)
    #expect(try #require(one("It took an hour and a half.")).value == 1.5)
    let fortnight = try #require(one("Repairs take a fortnight."))
    #expect(fortnight.isConsistent(with: try #require(one("Repairs take 14 days."))))
  }

  @Test func timeWorkedWithinASpanOfDaysAgreesWithTheSpan() throws {
    let days = try #require(one("The inquiry heard 28 days of evidence."))
    let weeks = try #require(one("The inquiry heard six weeks of evidence."))
    #expect(days.isConsistent(with: weeks) && weeks.isConsistent(with: days))
    let hours = try #require(one("The board deliberated for 13 hours."))
    #expect(hours.isConsistent(with: try #require(one("The board deliberated for about two days."))))
    // More time than the span holds is a different figure, and spans shorter than a day compare as written.
    let tooMany = try #require(one("The inquiry heard 50 days of evidence."))
    #expect(!tooMany.isConsistent(with: weeks))
    let minutes = try #require(one("The ferry left 45 minutes later."))
    #expect(!minutes.isConsistent(with: try #require(one("The ferry left an hour later."))))
  }

  @Test func compoundDurationsAreOneFigureExactToTheirSmallestUnit() throws {
    let before = try #require(one("The crossing took 11 hours and 55 minutes."))
    let after = try #require(one("The crossing took 11 hours and 45 minutes."))
    #expect(abs(before.value - (11 + 55.0 / 60)) < 1e-9 && before.unit == "hour")
    #expect(!before.isConsistent(with: after))
  }

  @Test func agesAndRatesAreNotDurations() throws {
    let age = try #require(one("The 25-year-old captain signed."))
    #expect(age.kind == .age && age.value == 25 && age.unit == "year")
    let written = try #require(one("The captain, who is 25 years old, signed."))
    #expect(written.kind == .age && written.value == 25 && written.text == "25 years old")
    #expect(figures("Her pay will be £2m a year.").allSatisfy { $0.kind != .duration })
    #expect(figures("The ferry sails twice a week.").allSatisfy { $0.kind != .duration })
  }

  @Test func aDateWithoutItsYearIsComparedByDayAndMonth() throws {
    let assumed = try #require(FigureExtractor.figures(in: "on July 1", range: 0..<9, referenceYear: 2024).first)
    let written = try #require(one("on July 1, 2023"))
    #expect(assumed.unit == Figure.assumedYear)
    #expect(assumed.isConsistent(with: written))
    #expect(!assumed.isConsistent(with: try #require(one("on July 2, 2024"))))
  }

  /// What a figure measures is read from the words near it, and two inflections of a word of six letters or more
  /// are one word there ("deliberated", "deliberations"); shorter words must match ("jury" is not "juror").
  @Test func wordsNearAFigureMeetInTheirFirstFiveLetters() {
    #expect(MeasuredThing.forms(of: ["deliberated"]) == MeasuredThing.forms(of: ["deliberations"]))
    #expect(MeasuredThing.forms(of: ["jury"]).isEmpty)
  }

  /// A month named without its year is that month of any year: "in November" agrees with "November 2021", not with
  /// "December 2021".
  @Test func aMonthWithoutItsYearIsComparedByMonth() throws {
    let november = try #require(one("launched in November"))
    #expect(november.isConsistent(with: try #require(one("launched in November 2021"))))
    #expect(!november.isConsistent(with: try #require(one("launched in December 2021"))))
    #expect(!(try #require(one("in November 2020"))).isConsistent(with: try #require(one("in November 2021"))))
  }

  @Test func boundsStatedTheSameWayMustStateTheSameValue() throws {
    let twelve = try #require(one("at least 12 ferries"))
    let ten = try #require(one("at least 10 ferries"))
    #expect(!twelve.isConsistent(with: ten))
    #expect(twelve.isConsistent(with: try #require(one("at least 12 ferries"))))
    // An exact value inside a bound agrees with it; so do bounds stated in different ways that overlap.
    #expect(ten.isConsistent(with: try #require(one("15 ferries"))))
    let upToFive = try #require(one("up to 5 ferries"))
    #expect(!upToFive.isConsistent(with: try #require(one("as many as 6 ferries"))))
    let nearlyForty = try #require(one("nearly 40 ferries"))
    #expect(!nearlyForty.isConsistent(with: try #require(one("nearly 45 ferries"))))
    // Approximations keep their tolerance.
    #expect(try #require(one("about 40 ferries")).isConsistent(with: try #require(one("42 ferries"))))
  }
}
