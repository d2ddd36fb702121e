import Foundation
import JSONRPC
import LanguageServerProtocol

/// Watching sources: the client watches files for us (dynamic registration) and tells us what changed.
extension ServerState {
  func registerFileWatching() async {
    guard capabilities.watchedFilesDynamicRegistration, !watchingRegistered else { return }
    watchingRegistered = true
    let watchers: JSONValue = .array(
      ["**/*.md", "**/*.markdown", "**/*.txt", "**/*.html", "**/*.htm", "**/.crosscheck.json"].map {
        ["globPattern": .string($0)]
      })
    await request(
      RegisterCapabilityRequest(registrations: [
        .init(
          id: "crosscheck-sources", method: DidChangeWatchedFilesNotification.method,
          registerOptions: ["watchers": watchers])
      ]))
  }

  func didChangeWatchedFiles(_ params: DidChangeWatchedFilesNotification) async {
    for change in params.changes {
      guard let path = OpenDocument.path(fromURI: change.uri) else { continue }
      if path.hasSuffix("/" + ConfigurationFile.name) {
        corpora = [:]  // the sources themselves may have moved
        configurationChanged()
      } else {
        await sourceFileChanged(path, deleted: change.type == 3)
      }
    }
  }
}
