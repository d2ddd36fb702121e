import CrosscheckCore
import LanguageServerProtocol

/// Open, edit, close, save. Edits are applied in message order; analysis is scheduled after each.
extension ServerState {
  func didOpen(_ params: DidOpenTextDocumentNotification) {
    let item = params.textDocument
    documents[item.uri] = OpenDocument(
      uri: item.uri, version: item.version, buffer: TextBuffer(item.text), languageId: item.languageId)
    scheduleAnalysis(item.uri)
  }

  func didChange(_ params: DidChangeTextDocumentNotification) {
    let uri = params.textDocument.uri
    guard var document = documents[uri] else {
      log("didChange for \(uri), which is not open: ignored", type: 2)
      return
    }
    for change in params.contentChanges {
      if let range = change.range {
        document.buffer.replace(document.buffer.byteRange(of: range, in: encoding), with: change.text)
      } else {
        document.buffer = TextBuffer(change.text)
      }
    }
    document.version = params.textDocument.version
    document.revision += 1
    documents[uri] = document
    scheduleAnalysis(uri)
  }

  func didClose(_ params: DidCloseTextDocumentNotification) {
    let uri = params.textDocument.uri
    analysisTasks.removeValue(forKey: uri)?.cancel()
    analyses[uri] = nil
    analysisCaches[uri] = nil
    diagnosticReports[uri] = nil
    guard documents.removeValue(forKey: uri) != nil, !capabilities.diagnosticPull else { return }
    send(PublishDiagnosticsNotification(uri: uri, version: nil, diagnostics: []))
  }

  /// Saving the configuration file or a source article opened in the editor counts as a change on disk.
  func didSave(_ params: DidSaveTextDocumentNotification) async {
    guard let path = OpenDocument.path(fromURI: params.textDocument.uri) else { return }
    if path.hasSuffix(ConfigurationFile.name) {
      corpora = [:]
      configurationChanged()
    } else {
      await sourceFileChanged(path, deleted: false)
    }
  }
}
