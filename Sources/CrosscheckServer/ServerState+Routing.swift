import CrosscheckCore
import Foundation
import JSONRPC
import LanguageServerProtocol

/// Which method goes where. Notifications run here, in order; requests are turned into jobs that run elsewhere.
extension ServerState {
  /// Why a request may not run in the current lifecycle state, if it may not.
  func admissionError(for method: String) -> ResponseError? {
    switch (lifecycle, method) {
    case (.uninitialized, InitializeRequest.method): return nil
    case (.uninitialized, _): return ResponseError(code: .serverNotInitialized, message: "server not initialized")
    case (.running, InitializeRequest.method):
      return ResponseError(code: .invalidRequest, message: "initialize was already received")
    case (.running, _): return nil
    case (.shuttingDown, _): return ResponseError(code: .invalidRequest, message: "server is shutting down")
    }
  }

  func handleNotification(_ method: String, body: Data) async {
    // Before initialize, notifications other than exit are dropped, as the specification says.
    guard lifecycle == .running else { return }
    do throws(ResponseError) {
      switch method {
      case InitializedNotification.method: didInitialize()
      case DidOpenTextDocumentNotification.method:
        didOpen(try decodeParams(DidOpenTextDocumentNotification.self, from: body))
      case DidChangeTextDocumentNotification.method:
        didChange(try decodeParams(DidChangeTextDocumentNotification.self, from: body))
      case DidCloseTextDocumentNotification.method:
        didClose(try decodeParams(DidCloseTextDocumentNotification.self, from: body))
      case DidSaveTextDocumentNotification.method:
        await didSave(try decodeParams(DidSaveTextDocumentNotification.self, from: body))
      case DidChangeWatchedFilesNotification.method:
        await didChangeWatchedFiles(try decodeParams(DidChangeWatchedFilesNotification.self, from: body))
      case DidChangeConfigurationNotification.method:
        let settings = try decodeParams(DidChangeConfigurationNotification.self, from: body).settings
        if let settings { applyClientSettings(settings["crosscheck"] ?? settings) }
        configurationChanged()
      case SetTraceNotification.method: setTrace(try decodeParams(SetTraceNotification.self, from: body).value)
      default:
        if !method.hasPrefix("$/") { log("ignoring unknown notification \(method)") }
      }
    } catch {
      log("\(method): \(error.message)", type: 1)
    }
  }

  /// Registration waits for the client's reply, which arrives through the message loop: it must not hold it up.
  func didInitialize() {
    Task { await registerFileWatching() }
  }

  /// Decodes a request and snapshots what it needs, returning the work to run concurrently.
  func prepare(_ method: String, body: Data) throws(ResponseError) -> RequestJob {
    switch method {
    case DocumentSymbolRequest.method:
      return try documentSymbols(decodeParams(DocumentSymbolRequest.self, from: body))
    case HoverRequest.method:
      return try hover(decodeParams(HoverRequest.self, from: body))
    case DefinitionRequest.method:
      return try definition(decodeParams(DefinitionRequest.self, from: body))
    case ReferencesRequest.method:
      return try references(decodeParams(ReferencesRequest.self, from: body))
    case CodeActionRequest.method:
      return try codeActions(decodeParams(CodeActionRequest.self, from: body))
    case CodeAction.method:
      return try resolveCodeAction(decodeParams(CodeAction.self, from: body))
    case InlayHintRequest.method:
      return try inlayHints(decodeParams(InlayHintRequest.self, from: body))
    case DocumentDiagnosticRequest.method:
      return try documentDiagnostic(decodeParams(DocumentDiagnosticRequest.self, from: body))
    case WorkspaceDiagnosticRequest.method:
      return try workspaceDiagnostic(decodeParams(WorkspaceDiagnosticRequest.self, from: body))
    default:
      throw ResponseError(code: .methodNotFound, message: "method not found: \(method)")
    }
  }

  /// A snapshot of an open document for a request, or InvalidParams naming the unknown document.
  func document(_ uri: String) throws(ResponseError) -> OpenDocument {
    guard let document = documents[uri] else {
      throw ResponseError(code: .invalidParams, message: "document \(uri) is not open")
    }
    return document
  }

  /// Waits for the analysis of `document`'s revision; cancellation and newer edits end the wait.
  nonisolated func awaitAnalysis(_ document: OpenDocument) async throws(ResponseError) -> DraftAnalysis {
    while true {
      if let analysis = try await analysis(document.uri, revision: document.revision) { return analysis }
      do { try await Task.sleep(for: .milliseconds(2)) } catch { throw ResponseError.cancelled }
    }
  }
}
