import CrosscheckCore
import Foundation
import JSONRPC
import LanguageServerProtocol

/// Diagnostics for clients that pull them: one document (`textDocument/diagnostic`) or every draft in the
/// workspace (`workspace/diagnostic`), each report named by a result id so that an unchanged one costs nothing.
extension ServerState {
  /// Hands an open document's new diagnostics to the client: pushed, or kept for its next pull. A pull answered
  /// with the same diagnostics keeps its result id, so the client hears "unchanged".
  func deliver(_ items: [Diagnostic], uri: String, version: Int, revision: Int) {
    let previous = diagnosticReports[uri]
    let resultId: String
    if let previous, previous.items == items {
      resultId = previous.resultId
    } else {
      resultCounter += 1
      resultId = "open-\(resultCounter)"
    }
    diagnosticReports[uri] = (revision, resultId, items)
    if !capabilities.diagnosticPull {
      transport.send(publishBodies.message(uri: uri, version: version, diagnostics: items))
    }
  }

  func documentDiagnostic(_ params: DocumentDiagnosticRequest) throws(ResponseError) -> RequestJob {
    let uri = params.textDocument.uri
    let previous = params.previousResultId
    if documents[uri] != nil {
      return { [self] () async throws(ResponseError) -> any Encodable & Sendable in
        try await latestReport(uri, previous: previous).report
      }
    }
    guard let path = OpenDocument.path(fromURI: uri) else {
      throw ResponseError(code: .invalidParams, message: "document \(uri) is not open and not a file")
    }
    let draft = closedDraft(path: path, uri: uri)
    return { [self] () async throws(ResponseError) -> any Encodable & Sendable in
      guard let report = await diskReport(draft, previous: previous) else {
        throw ResponseError(code: .invalidParams, message: "\(path) cannot be read")
      }
      return report
    }
  }

  func workspaceDiagnostic(_ params: WorkspaceDiagnosticRequest) throws(ResponseError) -> RequestJob {
    let previous = Dictionary(params.previousResultIds.map { ($0.uri, $0.value) }, uniquingKeysWith: { $1 })
    let token = params.partialResultToken
    guard let root = rootPath else {
      return { WorkspaceDiagnosticReport(items: []) }
    }
    let openByPath = Dictionary(
      documents.values.compactMap { document in document.path.map { ($0, document) } }, uniquingKeysWith: { $1 })
    return { [self] () async throws(ResponseError) -> any Encodable & Sendable in
      let isSourceFolder = await sourceFolderTest()
      let paths = DraftDiscovery.drafts(under: root, isSourceFolder: isSourceFolder)
      var collected: [(index: Int, item: WorkspaceDocumentDiagnosticReport)] = []
      // Drafts are analysed side by side, one per core; with a token each report goes out as soon as it is
      // ready, and the reply then holds none.
      await withTaskGroup(of: (Int, WorkspaceDocumentDiagnosticReport?).self) { group in
        var next = 0
        func startNext() {
          guard next < paths.count, !Task.isCancelled else { return }
          let (index, path) = (next, paths[next])
          next += 1
          group.addTask {
            (index, await self.workspaceReport(path: path, open: openByPath[path], previous: previous))
          }
        }
        for _ in 0..<max(1, ProcessInfo.processInfo.activeProcessorCount) { startNext() }
        while let (index, item) = await group.next() {
          startNext()
          guard let item else { continue }
          if let token {
            await send(WorkspaceDiagnosticPartialResultNotification(token: token, value: .init(items: [item])))
          } else {
            collected.append((index, item))
          }
        }
      }
      guard !Task.isCancelled else { throw ResponseError.cancelled }
      return WorkspaceDiagnosticReport(items: collected.sorted { $0.index < $1.index }.map(\.item))
    }
  }

  /// One draft's part of a workspace pull: from the open document, or read from disk; nil for a draft that is
  /// among its own sources, cannot be read, or was closed meanwhile.
  private nonisolated func workspaceReport(path: String, open: OpenDocument?, previous: [String: String]) async
    -> WorkspaceDocumentDiagnosticReport?
  {
    if let open {
      guard let (version, report) = try? await latestReport(open.uri, previous: previous[open.uri]) else {
        return nil
      }
      return WorkspaceDocumentDiagnosticReport(uri: open.uri, version: version, report: report)
    }
    let draft = await closedDraft(path: path, uri: URL(fileURLWithPath: path).absoluteString)
    if draft.roots.contains(where: { path.hasPrefix($0 + "/") }) { return nil }
    guard let report = await diskReport(draft, previous: previous[draft.uri]) else { return nil }
    return WorkspaceDocumentDiagnosticReport(uri: draft.uri, version: nil, report: report)
  }

  /// The newest diagnostics of an open document, waiting for its analysis, with the client's version: in full, or
  /// "unchanged" when the client's `previous` result id still holds.
  nonisolated func latestReport(_ uri: String, previous: String?) async throws(ResponseError) -> (
    version: Int, report: DocumentDiagnosticReport
  ) {
    while true {
      guard let (version, report) = await currentReport(uri) else {
        throw ResponseError(code: .invalidParams, message: "document \(uri) is not open")
      }
      if let (resultId, items) = report {
        return (
          version, resultId == previous ? .unchanged(resultId: resultId) : .full(resultId: resultId, items: items)
        )
      }
      do { try await Task.sleep(for: .milliseconds(2)) } catch { throw ResponseError.cancelled }
    }
  }

  private func currentReport(_ uri: String) -> (Int, (resultId: String, items: [Diagnostic])?)? {
    guard let document = documents[uri] else { return nil }
    guard let report = diagnosticReports[uri], report.revision == document.revision else {
      return (document.version, nil)
    }
    return (document.version, (report.resultId, report.items))
  }

  /// Whether a folder holds sources the workspace's settings name (`DraftDiscovery` itself skips `sources`
  /// folders). Drafts with their own configuration are also checked against their own source folders as they are
  /// found.
  private func sourceFolderTest() -> @Sendable (String) -> Bool {
    let roots = Set(sourceRoots(forPath: nil, settings: clientSettings))
    return { roots.contains($0) }
  }

  /// What analysing a draft the client has not opened needs, taken from the actor.
  struct ClosedDraft: Sendable {
    var path: String
    var uri: String
    var settings: Settings
    var roots: [String]
    var generation: Int
    var encoding: PositionEncoding
  }

  func closedDraft(path: String, uri: String) -> ClosedDraft {
    let settings = settings(forPath: path)
    return ClosedDraft(
      path: path, uri: uri, settings: settings, roots: sourceRoots(forPath: path, settings: settings),
      generation: diagnosticsGeneration, encoding: encoding)
  }

  /// A closed draft's report, read from disk; nil when it cannot be read. Its result id is its text's hash and
  /// the generation of sources and settings, so it says "unchanged" until one of them changes.
  nonisolated func diskReport(_ draft: ClosedDraft, previous: String?) async -> DocumentDiagnosticReport? {
    guard let data = FileManager.default.contents(atPath: draft.path) else { return nil }
    let text = String(decoding: data, as: UTF8.self)
    let resultId = "disk-\(draft.generation)-\(ContentHash.fnv1a(data))"
    if resultId == previous { return .unchanged(resultId: resultId) }
    guard data.count <= draft.settings.maxDocumentBytes else { return .full(resultId: resultId, items: []) }
    let corpus = await corpus(roots: draft.roots, settings: draft.settings)
    let analysis = DraftAnalysis(
      text: text, format: ProseText.format(forPath: draft.path), corpus: corpus,
      threshold: draft.settings.alignmentThreshold, reportScareQuotes: draft.settings.reportScareQuotes)
    let items = DiagnosticConversion.diagnostics(
      for: analysis, in: TextBuffer(text), uri: draft.uri, encoding: draft.encoding, settings: draft.settings)
    return .full(resultId: resultId, items: items)
  }
}

/// A 64-bit FNV-1a hash: stable across processes, unlike `Hasher`, so result ids survive a restart's seed.
enum ContentHash {
  static func fnv1a(_ data: Data) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in data {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    return String(hash, radix: 16)
  }
}
