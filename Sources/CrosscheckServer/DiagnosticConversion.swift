import CrosscheckCore
import Foundation
import LanguageServerProtocol

/// Turns core findings into protocol diagnostics: byte ranges become positions in the negotiated encoding.
enum DiagnosticConversion {
  /// Every finding of an analysis that the settings report, as diagnostics of `uri`.
  static func diagnostics(
    for analysis: DraftAnalysis, in buffer: TextBuffer, uri: String, encoding: PositionEncoding, settings: Settings
  ) -> [Diagnostic] {
    // A source's position buffer indexes its lines: build it once per article, however many findings point there.
    var sourceBuffers: [String: TextBuffer?] = [:]
    return analysis.findings.compactMap { finding in
      diagnostic(
        for: finding, in: buffer, uri: uri, encoding: encoding, settings: settings,
        sourceBuffer: { path in
          if let known = sourceBuffers[path] { return known }
          let built = analysis.corpus.article(atPath: path)?.positionBuffer
          sourceBuffers[path] = built
          return built
        })
    }
  }

  static func diagnostic(
    for finding: Finding, in buffer: TextBuffer, uri: String, encoding: PositionEncoding, settings: Settings,
    sourceBuffer: (String) -> TextBuffer? = { _ in nil }
  ) -> Diagnostic? {
    guard let severity = settings.severity(for: finding) else { return nil }
    let related = finding.related.compactMap { place -> DiagnosticRelatedInformation? in
      guard let path = place.path else {
        return DiagnosticRelatedInformation(
          location: Location(uri: uri, range: buffer.lspRange(of: place.range, in: encoding)), message: place.message)
      }
      guard let source = sourceBuffer(path) else { return nil }
      return DiagnosticRelatedInformation(
        location: Location(
          uri: URL(fileURLWithPath: path).absoluteString, range: source.lspRange(of: place.range, in: encoding)),
        message: place.message)
    }
    return Diagnostic(
      range: buffer.lspRange(of: finding.range, in: encoding), severity: severity.lsp, code: finding.code,
      source: "crosscheck", message: finding.message, relatedInformation: related.isEmpty ? nil : related)
  }
}

extension Finding.Severity {
  var lsp: DiagnosticSeverity {
    switch self {
    case .error: return .error
    case .warning: return .warning
    case .information: return .information
    case .hint: return .hint
    }
  }
}
