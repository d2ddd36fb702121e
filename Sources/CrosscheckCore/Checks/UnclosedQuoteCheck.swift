/// `unclosed-quote`: a quotation mark opened in a paragraph and never closed, when the next paragraph does not
/// continue the quotation. Readers cannot tell where the quoted words end, and neither can the other checks.
public enum UnclosedQuoteCheck {
  public static let code = "unclosed-quote"

  public static func findings(_ quotations: [QuoteScanner.Quotation]) -> [Finding] {
    quotations.filter { $0.close == nil }.map { quotation in
      Finding(
        code: code, severity: .warning,
        message: "Quotation mark \(quotation.open.scalar) is never closed in this paragraph",
        range: quotation.open.range)
    }
  }
}
