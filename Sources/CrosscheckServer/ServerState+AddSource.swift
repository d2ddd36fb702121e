import CrosscheckCore
import Foundation
import JSONRPC
import LanguageServerProtocol

/// "Add as source": on a line that holds a web address, a code action that fetches the page when it is resolved and
/// returns a `WorkspaceEdit` creating the article's source file. The server never writes the file itself; clients
/// that cannot create files through an edit, or cannot resolve actions lazily, are not offered it.
extension ServerState {
  /// The actions for the web addresses on the lines `range` touches.
  nonisolated static func addSourceActions(_ document: OpenDocument, lines range: Range<Int>) -> [CodeAction] {
    let text = Array(document.buffer.text.utf8)
    var start = min(range.lowerBound, text.count)
    while start > 0 && text[start - 1] != 10 { start -= 1 }
    var end = min(max(range.upperBound, range.lowerBound), text.count)
    while end < text.count && text[end] != 10 { end += 1 }
    return webAddresses(in: String(decoding: text[start..<end], as: UTF8.self)).map { address in
      CodeAction(
        title: "Add as source: \(URL(string: address)?.host ?? address)", kind: "source", diagnostics: nil,
        isPreferred: nil, edit: nil, data: ["addSource": .string(address), "uri": .string(document.uri)])
    }
  }

  /// The http and https addresses in a stretch of text, without the punctuation that ends a sentence around them.
  nonisolated static func webAddresses(in text: String) -> [String] {
    text.split(whereSeparator: { $0.isWhitespace || "<>()[]\"'`".contains($0) }).compactMap { word in
      guard let start = word.range(of: "https://") ?? word.range(of: "http://") else { return nil }
      var address = word[start.lowerBound...]
      while let last = address.last, ".,;:!?".contains(last) { address = address.dropLast() }
      return URL(string: String(address))?.host != nil ? String(address) : nil
    }
  }

  func resolveAddSource(_ action: CodeAction, address: String, uri: String) throws(ResponseError) -> RequestJob {
    let document = try document(uri)
    let settings = settings(forPath: document.path)
    let draftFolder = document.path.map { ($0 as NSString).deletingLastPathComponent } ?? rootPath
    let folder =
      sourceRoots(forPath: document.path, settings: settings).first
      ?? draftFolder.map { ($0 as NSString).appendingPathComponent("sources") }
    guard let folder else { throw ResponseError.invalidParams("the draft has no folder to add sources to") }
    return { () async throws(ResponseError) -> any Encodable & Sendable in
      // Fetching blocks for up to its timeout: it runs off the cooperative threads.
      let fetched = await withCheckedContinuation { continuation in
        DispatchQueue.global().async { continuation.resume(returning: PageFetcher.fetch(address)) }
      }
      let page: PageFetcher.Page
      switch fetched {
      case .success(let found): page = found
      case .failure(let error):
        throw ResponseError(code: .requestFailed, message: "Could not add \(address): \(error)")
      }
      let saved = SavedPage(html: page.html, url: page.url)
      let existing = Set((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
      let target = URL(fileURLWithPath: folder).appendingPathComponent(SavedPage.freeName(saved.fileName, in: existing))
        .absoluteString
      var resolved = action
      resolved.edit = WorkspaceEdit(documentChanges: [
        .create(uri: target),
        .edit(
          uri: target,
          edits: [
            TextEdit(
              range: LSPRange(start: Position(line: 0, character: 0), end: Position(line: 0, character: 0)),
              newText: saved.content)
          ]),
      ])
      return resolved
    }
  }
}
