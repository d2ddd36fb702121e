import CrosscheckCore
import Foundation
import JSONRPC
import LanguageServerProtocol

/// Debounced analysis per document and publishing its findings as diagnostics for the version they describe.
extension ServerState {
  /// Analyses every open document again, after sources or settings changed: their cached analyses are dropped
  /// first, so no request is answered from the world as it was.
  func reanalyseAll() {
    analyses = [:]
    // Pulls wait for the new analyses; the old diagnostics stay to be compared with, so an unchanged report
    // keeps its result id.
    for uri in diagnosticReports.keys { diagnosticReports[uri]?.revision = -1 }
    for uri in documents.keys { scheduleAnalysis(uri) }
    diagnosticsGeneration += 1
    // A pulling client asks again for everything, closed drafts included; it is not pushed to.
    if capabilities.diagnosticPull && capabilities.diagnosticRefresh {
      Task { await request(WorkspaceDiagnosticRefreshRequest()) }
    }
  }

  /// Starts analysing the document's current version after the debounce delay, superseding any earlier run.
  func scheduleAnalysis(_ uri: String) {
    analysisTasks.removeValue(forKey: uri)?.cancel()
    guard lifecycle == .running, let document = documents[uri] else { return }
    let settings = settings(forPath: document.path)
    if document.buffer.byteCount > settings.maxDocumentBytes {
      showMessage(
        "Crosscheck: \(document.path ?? uri) is \(document.buffer.byteCount) bytes, over the \(settings.maxDocumentBytes)-byte "
          + "limit (maxDocumentBytes); it is not checked.", type: 2)
      // Requests on the document get empty answers instead of waiting for an analysis that will not come.
      analyses[uri] = (document.revision, DraftAnalysis(text: "", format: document.format))
      deliver([], uri: uri, version: document.version, revision: document.revision)
      return
    }
    let version = document.version
    let revision = document.revision
    let delay = settings.debounceMilliseconds
    let roots = sourceRoots(forPath: document.path, settings: settings)
    let cache = analysisCaches[uri]
    analysisTasks[uri] = Task.detached { [self] in
      if delay > 0 {
        do { try await Task.sleep(for: .milliseconds(delay)) } catch { return }
      }
      let corpus = await corpus(roots: roots, settings: settings)
      guard !Task.isCancelled else { return }
      let analysis = DraftAnalysis(
        text: document.buffer.text, format: document.format, corpus: corpus, threshold: settings.alignmentThreshold,
        cache: cache, reportScareQuotes: settings.reportScareQuotes)
      guard !Task.isCancelled else { return }
      await publish(
        analysis, uri: uri, version: version, revision: revision, buffer: document.buffer, settings: settings)
    }
  }

  private func publish(
    _ analysis: DraftAnalysis, uri: String, version: Int, revision: Int, buffer: TextBuffer, settings: Settings
  ) {
    // A newer edit has arrived since this run started: its own run will publish.
    guard documents[uri]?.revision == revision else { return }
    analyses[uri] = (revision, analysis)
    analysisCaches[uri] = analysis.cache
    analysisTasks[uri] = nil
    deliver(
      DiagnosticConversion.diagnostics(for: analysis, in: buffer, uri: uri, encoding: encoding, settings: settings),
      uri: uri, version: version, revision: revision)
  }

  /// The analysis of `uri` at `revision`, or nil while it is still running.
  func analysis(_ uri: String, revision: Int) throws(ResponseError) -> DraftAnalysis? {
    guard let document = documents[uri] else {
      throw ResponseError(code: .invalidParams, message: "document \(uri) is not open")
    }
    guard document.revision == revision else {
      throw ResponseError(code: .contentModified, message: "document changed while the request was running")
    }
    guard let cached = analyses[uri], cached.revision == revision else { return nil }
    return cached.analysis
  }
}
