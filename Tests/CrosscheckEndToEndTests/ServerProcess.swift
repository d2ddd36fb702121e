import Foundation
import JSONRPC
import Synchronization

/// The built `crosscheck` binary, run over real pipes.
final class ServerProcess: Sendable {
  private let process: Process
  private let input: FileHandle
  private let received = Mutex<[JSONValue]>([])
  private let stderrText = Mutex<String>("")
  private let readerDone = Mutex(false)

  /// The built executable beside the test bundle.
  static var executable: URL {
    let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for directory in [bundle, bundle.deletingLastPathComponent()] {
      let candidate = directory.appendingPathComponent("crosscheck")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    }
    return packageRoot.appendingPathComponent(".build/debug/crosscheck")
  }

  static var packageRoot: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  }

  init(arguments: [String] = ["lsp"], currentDirectory: URL? = nil) throws {
    process = Process()
    process.executableURL = Self.executable
    process.arguments = arguments
    if let currentDirectory { process.currentDirectoryURL = currentDirectory }
    let stdin = Pipe()
    let stdout = Pipe()
    let stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    input = stdin.fileHandleForWriting
    try process.run()
    let output = stdout.fileHandleForReading
    let errors = stderr.fileHandleForReading
    Thread.detachNewThread { [self] in
      var splitter = MessageSplitter()
      while true {
        let chunk = output.availableData
        if chunk.isEmpty { break }
        for event in splitter.feed(chunk) {
          if case .body(let bytes) = event {
            let value = (try? JSONDecoder().decode(JSONValue.self, from: Data(bytes))) ?? .string("<<undecodable>>")
            received.withLock { $0.append(value) }
          } else {
            received.withLock { $0.append(.string("<<framing error on stdout: \(event)>>")) }
          }
        }
      }
      readerDone.withLock { $0 = true }
    }
    Thread.detachNewThread { [self] in
      while true {
        let chunk = errors.availableData
        if chunk.isEmpty { break }
        stderrText.withLock { $0 += String(decoding: chunk, as: UTF8.self) }
      }
    }
  }

  func sendRaw(_ data: Data) {
    try? input.write(contentsOf: data)
  }

  func send(_ message: JSONValue) {
    let body = try! JSONEncoder().encode(message)
    var data = Data("Content-Length: \(body.count)\r\n\r\n".utf8)
    data.append(body)
    sendRaw(data)
  }

  func closeInput() { try? input.close() }

  var messages: [JSONValue] { received.withLock { $0 } }
  var standardError: String { stderrText.withLock { $0 } }

  /// Waits until `predicate` holds for the received messages, or the timeout passes.
  @discardableResult
  func wait(timeout: Double = 10, until predicate: ([JSONValue]) -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      if predicate(messages) { return true }
      if readerDone.withLock({ $0 }) { return predicate(messages) }
      Thread.sleep(forTimeInterval: 0.005)
    }
    return predicate(messages)
  }

  /// Waits for the process to end and returns its exit code, or nil if it is still running at the timeout.
  func waitForExit(timeout: Double = 10) -> Int32? {
    let deadline = Date().addingTimeInterval(timeout)
    while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
    return process.isRunning ? nil : process.terminationStatus
  }

  var isRunning: Bool { process.isRunning }

  func terminate() {
    if process.isRunning { process.terminate() }
  }
}

extension ServerProcess {
  /// Initialises with `root` as the workspace and opens one Markdown document.
  func initializeAndOpen(root: URL, uri: String, text: String) {
    send([
      "jsonrpc": "2.0", "id": "initialize", "method": "initialize",
      "params": ["rootUri": .string(root.absoluteString), "capabilities": [:]],
    ])
    send([
      "jsonrpc": "2.0", "method": "textDocument/didOpen",
      "params": [
        "textDocument": ["uri": .string(uri), "languageId": "markdown", "version": 1, "text": .string(text)]
      ],
    ])
  }
}
