import Foundation
import JSONRPC
import LanguageServerProtocol

/// Builds `textDocument/publishDiagnostics` bodies from diagnostics encoded once: a keystroke changes one or two
/// of a draft's diagnostics, and encoding all of them again through `JSONEncoder` cost as much as the analysis.
struct PublishDiagnosticsBody {
  private var encoded: [Diagnostic: Data] = [:]
  private static let limit = 20_000
  private static let encoder: JSONEncoder = {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return encoder
  }()

  mutating func message(uri: String, version: Int?, diagnostics: [Diagnostic]) -> OutgoingMessage {
    if encoded.count > Self.limit { encoded = [:] }
    var body = Data(#"{"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"diagnostics":["#.utf8)
    for (index, diagnostic) in diagnostics.enumerated() {
      if index > 0 { body.append(UInt8(ascii: ",")) }
      if let known = encoded[diagnostic] {
        body.append(known)
      } else if let fresh = try? Self.encoder.encode(diagnostic) {
        encoded[diagnostic] = fresh
        body.append(fresh)
      } else {
        // Never expected: fall back to the ordinary envelope for the whole message.
        return .notification(
          method: PublishDiagnosticsNotification.method,
          params: PublishDiagnosticsNotification(uri: uri, version: version, diagnostics: diagnostics))
      }
    }
    body.append(contentsOf: #"],"uri":"#.utf8)
    body.append((try? Self.encoder.encode(uri)) ?? Data("\"\"".utf8))
    body.append(contentsOf: #","version":"#.utf8)
    body.append(contentsOf: (version.map(String.init) ?? "null").utf8)
    body.append(contentsOf: "}}".utf8)
    return .encoded(body)
  }
}
