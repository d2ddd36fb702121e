import Foundation
import JSONRPC

/// A minimal blocking LSP client over pipes, so the benchmark measures the real server path: framing, decoding,
/// scheduling, analysis and encoding. Each message is stamped when its bytes arrive, before this client decodes
/// it: Foundation's decoding into `JSONValue` is far slower than an editor's, and is not the server's latency.
final class BenchClient {
  private let process = Process()
  private let input: FileHandle
  private let output: FileHandle
  private var splitter = MessageSplitter()
  private var queued: [(message: JSONValue, arrival: UInt64)] = []
  /// When the bytes of the message `waitFor` last returned arrived (`DispatchTime` uptime nanoseconds).
  private(set) var lastArrival: UInt64 = 0
  /// Every message received, in order, for checks over the whole run (the soak test's version order).
  private(set) var received: [JSONValue] = []
  private var nextID = 0

  init(executable: URL, workspace: URL) throws {
    process.executableURL = executable
    process.arguments = ["lsp"]
    process.currentDirectoryURL = workspace
    let stdin = Pipe()
    let stdout = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = FileHandle.nullDevice
    input = stdin.fileHandleForWriting
    output = stdout.fileHandleForReading
    try process.run()
  }

  var pid: Int32 { process.processIdentifier }

  func notify(_ method: String, _ params: JSONValue) {
    write(["jsonrpc": "2.0", "method": .string(method), "params": params])
  }

  /// Sends a request and blocks until its reply.
  @discardableResult
  func request(_ method: String, _ params: JSONValue) -> JSONValue {
    let id = send(method, params)
    return waitFor { $0["id"] == .int(id) && $0["method"] == nil }
  }

  /// Sends a request without waiting; returns its id.
  func send(_ method: String, _ params: JSONValue) -> Int {
    nextID += 1
    write(["jsonrpc": "2.0", "id": .int(nextID), "method": .string(method), "params": params])
    return nextID
  }

  /// Blocks until a message satisfying `predicate` arrives; earlier non-matching messages are dropped.
  func waitFor(_ predicate: (JSONValue) -> Bool) -> JSONValue {
    while true {
      while !queued.isEmpty {
        let (message, arrival) = queued.removeFirst()
        if predicate(message) {
          lastArrival = arrival
          return message
        }
      }
      let chunk = output.availableData
      if chunk.isEmpty { return .null }
      let arrival = DispatchTime.now().uptimeNanoseconds
      for event in splitter.feed(chunk) {
        if case .body(let bytes) = event, let value = try? JSONParser.parse(Data(bytes)) {
          queued.append((value, arrival))
          received.append(value)
        }
      }
    }
  }

  func stop() {
    request("shutdown", .null)
    notify("exit", .null)
    try? input.close()
    process.waitUntilExit()
  }

  private func write(_ message: JSONValue) {
    let body = (try? JSONEncoder().encode(message)) ?? Data()
    try? input.write(contentsOf: Data("Content-Length: \(body.count)\r\n\r\n".utf8) + body)
  }
}
