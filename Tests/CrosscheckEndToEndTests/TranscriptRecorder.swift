import Foundation
import JSONRPC

/// Re-records a transcript's expectations (`UPDATE_FIXTURES=1`): every step keeps its comments and what the client
/// sends, and its `<--` lines become the messages the server actually sent during the step. Log messages are left
/// out, the workspace path becomes `${WORKSPACE}` again, and wildcards are for a person to put back where values vary.
enum TranscriptRecorder {
  static var isRecording: Bool { ProcessInfo.processInfo.environment["UPDATE_FIXTURES"] == "1" }

  /// The raw lines of each step, without its expectations.
  static func stepSources(_ raw: String) -> [[String]] {
    var steps: [[String]] = [[]]
    var inExpectation = false
    for line in raw.components(separatedBy: "\n") {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if trimmed == "---" {
        steps.append([])
        inExpectation = false
        continue
      }
      if trimmed.hasPrefix("<--") {
        inExpectation = true
        continue
      }
      if trimmed.hasPrefix("-->") || trimmed.hasPrefix("==>") || trimmed.hasPrefix("<==") || trimmed.hasPrefix("#") {
        inExpectation = false
      }
      if !inExpectation { steps[steps.count - 1].append(line) }
    }
    return steps.map { lines in
      var lines = lines
      while lines.last?.trimmingCharacters(in: .whitespaces).isEmpty == true { lines.removeLast() }
      return lines
    }.filter { !$0.isEmpty }
  }

  static func render(_ message: JSONValue, workspace: URL) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let text = String(decoding: (try? encoder.encode(message)) ?? Data(), as: UTF8.self)
    return "<-- "
      + text.replacingOccurrences(of: workspace.absoluteString.trimmingSuffix("/"), with: "${WORKSPACE}")
  }

  /// Runs the steps, waiting for the server to fall quiet after each, and writes the transcript back.
  static func record(_ url: URL, transcript: Transcript, workspace: URL) throws {
    let raw = try String(contentsOf: url, encoding: .utf8)
    let sources = stepSources(raw)
    let server = try ServerProcess(currentDirectory: workspace)
    defer { server.terminate() }
    var seen = 0
    var output: [String] = []
    for (index, step) in transcript.steps.enumerated() {
      for action in step.actions {
        switch action {
        case .send(let message): server.send(message)
        case .sendRaw(let data): server.sendRaw(data)
        }
      }
      var count = -1
      while count != server.messages.count {  // quiet for half a second
        count = server.messages.count
        Thread.sleep(forTimeInterval: 0.5)
      }
      let received = server.messages[seen...].filter { $0["method"] != "window/logMessage" }
      seen = server.messages.count
      let lines = (index < sources.count ? sources[index] : []) + received.map { render($0, workspace: workspace) }
      output.append(lines.joined(separator: "\n"))
    }
    try (output.joined(separator: "\n---\n") + "\n").write(to: url, atomically: false, encoding: .utf8)
  }
}
