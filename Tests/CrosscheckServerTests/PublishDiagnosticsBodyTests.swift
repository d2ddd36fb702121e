import Foundation
import JSONRPC
import LanguageServerProtocol
import Testing

@testable import CrosscheckServer

/// The publish body put together from cached parts says exactly what the ordinary envelope says.
@Suite struct PublishDiagnosticsBodyTests {
  static let diagnostics = [
    Diagnostic(
      range: LSPRange(start: Position(line: 2, character: 4), end: Position(line: 2, character: 14)),
      severity: .warning,
      code: "figure-mismatch", source: "crosscheck", message: "Draft says 4 per cent; “quoted” \\ 🌊",
      relatedInformation: [
        DiagnosticRelatedInformation(
          location: Location(
            uri: "file:///story/sources/a%20b.md",
            range: LSPRange(start: Position(line: 0, character: 0), end: Position(line: 0, character: 2))),
          message: "A: 3%")
      ])
  ]

  @Test func theBodyMatchesTheEnvelopeAndReusesItsParts() throws {
    var bodies = PublishDiagnosticsBody()
    for _ in 0..<2 {
      let built = try JSONParser.parse(
        bodies.message(uri: "file:///story/draft.md", version: 7, diagnostics: Self.diagnostics).encodedBody())
      let expected = try JSONParser.parse(
        OutgoingMessage.notification(
          method: PublishDiagnosticsNotification.method,
          params: PublishDiagnosticsNotification(
            uri: "file:///story/draft.md", version: 7, diagnostics: Self.diagnostics)
        ).encodedBody())
      #expect(built == expected)
    }
  }
}
