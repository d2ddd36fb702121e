import CrosscheckCore
import Foundation
import LanguageServerProtocol

/// Turns core findings into protocol diagnostics: byte ranges become positions in the negotiated encoding.
enum DiagnosticConversion {
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
