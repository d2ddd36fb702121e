/// Everything Crosscheck knows about one version of a draft: its prose, sentences, quotations and findings.
/// A pure function of the text (and, later, the corpus), so it can run on any thread and be thrown away.
public struct DraftAnalysis: Sendable {
  public let prose: ProseText
  public let sentences: [Sentence]
  public let quotations: [QuoteScanner.Quotation]
  public let findings: [Finding]

  public init(text: String, format: ProseText.Format) {
    let prose = ProseText(parsing: text, format: format)
    self.prose = prose
    sentences = SentenceSplitter.split(prose)
    quotations = QuoteScanner.quotations(in: prose)
    findings = UnclosedQuoteCheck.findings(quotations).sorted { $0.range.lowerBound < $1.range.lowerBound }
  }
}
