import Foundation
import JSONRPC
import LanguageServerProtocol
import Testing

@Suite struct CapabilitiesTests {
  func capabilities(_ json: String) throws -> ClientCapabilities {
    try JSONDecoder().decode(ClientCapabilities.self, from: Data(json.utf8))
  }

  @Test func readsTheCapabilitiesCrosscheckUses() throws {
    let client = try capabilities(
      """
      {"general":{"positionEncodings":["utf-8","utf-16"]},
       "textDocument":{"hover":{"contentFormat":["markdown","plaintext"]},"definition":{"linkSupport":true},
         "codeAction":{"resolveSupport":{"properties":["edit"]}}},
       "workspace":{"didChangeWatchedFiles":{"dynamicRegistration":true}},"window":{"workDoneProgress":true}}
      """)
    #expect(client.positionEncodings == [.utf8, .utf16])
    #expect(client.hoverContentFormats == [.markdown, .plaintext])
    #expect(client.definitionLinkSupport)
    #expect(client.codeActionResolvesEdit)
    #expect(client.watchedFilesDynamicRegistration)
    #expect(client.workDoneProgress)
  }

  @Test func unexpectedShapesReadAsAbsent() throws {
    let client = try capabilities(#"{"general":{"positionEncodings":"utf-8"},"textDocument":{"hover":7}}"#)
    #expect(client.positionEncodings.isEmpty)
    #expect(client.hoverContentFormats.isEmpty)
    #expect(!client.definitionLinkSupport)
  }

  @Test func definitionRepliesAreLocationsOrLinks() throws {
    let range = LSPRange(start: Position(line: 1, character: 2), end: Position(line: 1, character: 5))
    let links = LocationsOrLinks.links([
      LocationLink(originSelectionRange: nil, targetUri: "file:///a", targetRange: range, targetSelectionRange: range)
    ])
    let encoded = try JSONEncoder().encode(links)
    #expect(try JSONDecoder().decode(LocationsOrLinks.self, from: encoded) == links)
    let locations = LocationsOrLinks.locations([Location(uri: "file:///a", range: range)])
    #expect(try JSONDecoder().decode(LocationsOrLinks.self, from: JSONEncoder().encode(locations)) == locations)
  }

  @Test func diagnosticsLeaveOutAbsentFields() throws {
    let diagnostic = Diagnostic(
      range: LSPRange(start: Position(line: 0, character: 0), end: Position(line: 0, character: 1)), severity: .warning,
      code: "unclosed-quote", source: "crosscheck", message: "m")
    let json = try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(diagnostic))
    #expect(json["relatedInformation"] == nil)
    #expect(json["severity"] == 2)
  }
}
