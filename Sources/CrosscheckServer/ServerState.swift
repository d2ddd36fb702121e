import CrosscheckCore
import Foundation
import JSONRPC
import LanguageServerProtocol

/// All mutable state of the server, in one actor. The message loop calls it in message order; request work runs
/// outside it on snapshots.
actor ServerState {
  enum Lifecycle { case uninitialized, running, shuttingDown }

  let transport: StdioTransport
  let version: String
  var lifecycle = Lifecycle.uninitialized
  var encoding = PositionEncoding.utf16
  var capabilities = ClientCapabilities()
  var rootPath: String?
  var clientSettings = Settings()
  var initializationOptions: JSONValue?
  var traceVerbose = false
  var documents: [String: OpenDocument] = [:]
  var analyses: [String: (revision: Int, analysis: DraftAnalysis)] = [:]
  var analysisTasks: [String: Task<Void, Never>] = [:]
  var warnedConfigurationFiles: Set<String> = []
  /// Settings as resolved for a draft's folder: client settings overlaid by the nearest `.crosscheck.json`. Kept
  /// so a keystroke does not walk the folders and parse the file again; dropped whenever either can have changed.
  var settingsByDirectory: [String: Settings] = [:]
  var outgoingCounter = 0
  var pendingReplies: [RequestID: CheckedContinuation<JSONValue?, Never>] = [:]
  /// Corpora by their source roots; several drafts with the same sources share one.
  var corpora: [[String]: CorpusSlot] = [:]
  var reportedProblems: Set<CorpusProblem> = []
  var analysisCaches: [String: AnalysisCache] = [:]
  /// The latest diagnostics of each open document, for clients that pull them, with the id they are known by.
  var diagnosticReports: [String: (revision: Int, resultId: String, items: [Diagnostic])] = [:]
  var resultCounter = 0
  var publishBodies = PublishDiagnosticsBody()
  /// Counts changes of sources and settings: part of the result id of a closed draft's diagnostics.
  var diagnosticsGeneration = 0
  var watchingRegistered = false
  /// A progress token's life: reports wait in `pending` until the client has created the token.
  enum ProgressState {
    case pending(report: (done: Int, total: Int)?, end: String?)
    case created
    case ended
  }
  var progressTokens: [String: ProgressState] = [:]

  init(transport: StdioTransport, version: String) {
    self.transport = transport
    self.version = version
  }

  var exitCode: Int32 { lifecycle == .shuttingDown ? 0 : 1 }

  // MARK: - Sending

  func send<Notification: LSPNotification>(_ notification: Notification) {
    transport.send(.notification(method: Notification.method, params: notification))
  }

  /// Logs to stderr always and to the client's log when the message matters or tracing is on.
  func log(_ message: String, type: Int = 3) {
    Logger.log(message)
    if type <= 2 || traceVerbose { send(LogMessageNotification(type: type, message: message)) }
  }

  func showMessage(_ message: String, type: Int) {
    Logger.log(message)
    send(ShowMessageNotification(type: type, message: message))
  }

  // MARK: - Lifecycle

  func initialize(_ params: InitializeRequest) -> InitializeResult {
    capabilities = params.capabilities
    let offered = params.capabilities.positionEncodings
    if offered.contains(.utf8) {
      encoding = .utf8
    } else if offered.contains(.utf16) || offered.isEmpty {
      encoding = .utf16
    } else if offered.contains(.utf32) {
      encoding = .utf32
    }
    rootPath =
      params.rootUri.flatMap(OpenDocument.path(fromURI:)) ?? params.rootPath
      ?? params.workspaceFolders?.first.flatMap { OpenDocument.path(fromURI: $0.uri) }
    traceVerbose = params.trace == "verbose"
    if let options = params.initializationOptions {
      initializationOptions = options
      applyClientSettings(options["crosscheck"] ?? options)
    }
    if let processId = params.processId { ParentProcessMonitor.watch(pid: processId) }
    lifecycle = .running
    let pull =
      params.capabilities.diagnosticPull
      ? ServerCapabilities.DiagnosticOptions(
        identifier: "crosscheck", interFileDependencies: true, workspaceDiagnostics: true) : nil
    return InitializeResult(
      capabilities: ServerCapabilities(
        positionEncoding: PositionEncodingKind(rawValue: encoding.rawValue), diagnosticProvider: pull),
      serverInfo: .init(name: "crosscheck", versionString: version))
  }

  func shutdown() {
    lifecycle = .shuttingDown
    for task in analysisTasks.values { task.cancel() }
    analysisTasks = [:]
  }

  func setTrace(_ value: String) { traceVerbose = value == "verbose" }

  // MARK: - Configuration

  func applyClientSettings(_ json: JSONValue) {
    settingsByDirectory = [:]
    let (unknown, problems) = clientSettings.apply(json, baseDirectory: rootPath)
    reportSettingsProblems(unknown: unknown, problems: problems, origin: "client settings")
  }

  func reportSettingsProblems(unknown: [String], problems: [String], origin: String) {
    if !unknown.isEmpty {
      showMessage(
        "Crosscheck: unknown setting\(unknown.count == 1 ? "" : "s") in \(origin): \(unknown.joined(separator: ", "))",
        type: 2)
    }
    for problem in problems { showMessage("Crosscheck: \(origin): \(problem); keeping the previous value", type: 2) }
  }

  /// The settings for a document: client settings overlaid by the nearest `.crosscheck.json`.
  func settings(forPath path: String?) -> Settings {
    guard let directory = path.map({ ($0 as NSString).deletingLastPathComponent }) ?? rootPath else {
      return clientSettings
    }
    if let known = settingsByDirectory[directory] { return known }
    let settings = resolveSettings(in: directory)
    settingsByDirectory[directory] = settings
    return settings
  }

  private func resolveSettings(in directory: String) -> Settings {
    var settings = clientSettings
    guard let file = ConfigurationFile.find(from: directory) else { return settings }
    switch ConfigurationFile.load(file) {
    case .success(let json):
      let (unknown, problems) = settings.apply(json, baseDirectory: (file as NSString).deletingLastPathComponent)
      if warnedConfigurationFiles.insert(file).inserted {
        reportSettingsProblems(unknown: unknown, problems: problems, origin: file)
      }
    case .failure(let error):
      if warnedConfigurationFiles.insert(file).inserted { showMessage("Crosscheck: \(error)", type: 1) }
    }
    return settings
  }

  /// Forgets which configuration files were already reported, so a corrected or newly broken file speaks again.
  func configurationChanged() {
    warnedConfigurationFiles = []
    settingsByDirectory = [:]
    reanalyseAll()
  }
}
