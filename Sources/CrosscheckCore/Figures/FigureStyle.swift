import Foundation

/// Writes a value the way the draft writes its figure: digits or words, the same scale word, the same unit words.
enum FigureStyle {
  /// The edit that changes `figure`'s number to `value` (already in the figure's units), keeping everything else.
  static func rewrite(_ figure: Figure, in prose: ProseText, to value: Double) -> Finding.Edit? {
    let text = figure.text
    if figure.kind == .weekday {
      let name = Calendar.weekdays[Int(value) - 1].capitalized
      return Finding.Edit(range: figure.range, replacement: name)
    }
    // The number inside the figure's text: digits first, else a run of number words.
    if let digits = text.range(of: #"\d[\d,]*(?:\.\d+)?"#, options: .regularExpression) {
      let written = String(text[digits])
      let scale = scaleOf(figure, writtenNumber: written)
      let formatted = format(value / scale, likeWritten: written)
      return Finding.Edit(range: subrange(figure, digits), replacement: formatted)
    }
    if let words = text.range(
      of: NumberWords.pattern + "(?:[- ]" + NumberWords.pattern + ")*", options: [.regularExpression, .caseInsensitive])
    {
      let replacement =
        value == value.rounded() && value >= 0 && value <= 20 ? wordFor(Int(value)) : format(value, likeWritten: "0")
      return Finding.Edit(range: subrange(figure, words), replacement: replacement)
    }
    return nil
  }

  /// The multiplier between the written number and the figure's value ("1.2 billion" → 1e9).
  private static func scaleOf(_ figure: Figure, writtenNumber: String) -> Double {
    guard let written = Double(writtenNumber.replacingOccurrences(of: ",", with: "")), written != 0 else { return 1 }
    let ratio = figure.value / written
    return ratio.isFinite && ratio > 0 ? ratio : 1
  }

  private static func format(_ value: Double, likeWritten written: String) -> String {
    let decimals = max(written.split(separator: ".").dropFirst().first?.count ?? 0, value == value.rounded() ? 0 : 1)
    var text = String(format: "%.\(decimals)f", value)
    if written.contains(","), let integer = Int(text.split(separator: ".")[0]) {
      let grouped = NumberFormatter.localizedString(from: NSNumber(value: integer), number: .decimal)
      text =
        grouped.replacingOccurrences(of: "\u{00A0}", with: ",")
        + (decimals > 0 ? "." + text.split(separator: ".")[1] : "")
    }
    return text
  }

  private static func wordFor(_ value: Int) -> String {
    NumberWords.units.first { $0.value == Double(value) }?.key ?? String(value)
  }

  private static func subrange(_ figure: Figure, _ range: Range<String.Index>) -> Range<Int> {
    let start = figure.range.lowerBound + figure.text.utf8.distance(from: figure.text.startIndex, to: range.lowerBound)
    return start..<(start + figure.text.utf8.distance(from: range.lowerBound, to: range.upperBound))
  }
}
