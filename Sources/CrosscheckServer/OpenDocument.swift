import CrosscheckCore
import Foundation

/// A document the client has open: its text as of `version`, owned by the client.
struct OpenDocument: Sendable {
  let uri: String
  /// The client's version, which diagnostics are published for.
  var version: Int
  /// Our own count of changes. Clients may repeat a version number, so caches and staleness checks use this.
  var revision = 0
  var buffer: TextBuffer
  let languageId: String

  /// The local path for `file://` URIs; nil for other schemes (untitled buffers).
  var path: String? { Self.path(fromURI: uri) }

  var format: ProseText.Format {
    if languageId == "markdown" { return .markdown }
    if let path { return ProseText.format(forPath: path) }
    return .plain
  }

  static func path(fromURI uri: String) -> String? {
    guard let url = URL(string: uri), url.isFileURL else { return nil }
    return url.path
  }
}
