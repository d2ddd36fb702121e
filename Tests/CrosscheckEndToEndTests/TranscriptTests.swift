import Foundation
import JSONRPC
import Testing

/// Replays every transcript in `protocol-fixtures/transcripts/` against the built binary over real pipes.
@Suite struct TranscriptTests {
  static let fixtures = ServerProcess.packageRoot.appendingPathComponent("protocol-fixtures")

  static var transcriptNames: [String] {
    let folder = fixtures.appendingPathComponent("transcripts")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".transcript") }.sorted()
  }

  @Test func transcriptsExist() {
    #expect(Self.transcriptNames.count >= 10)
  }

  @Test(arguments: transcriptNames)
  func replay(_ name: String) throws {
    let url = Self.fixtures.appendingPathComponent("transcripts").appendingPathComponent(name)
    let workspace = Self.fixtures.appendingPathComponent("workspace")
    let transcript = try Transcript(
      name: name, text: String(contentsOf: url, encoding: .utf8),
      substitutions: ["WORKSPACE": workspace.absoluteString.trimmingSuffix("/"), "WORKSPACE_PATH": workspace.path],
      workspace: workspace)
    if TranscriptRecorder.isRecording {
      try TranscriptRecorder.record(url, transcript: transcript, workspace: workspace)
      return
    }
    let server = try ServerProcess(currentDirectory: workspace)
    defer { server.terminate() }
    var consumed = Set<Int>()
    var expectedExit: Int32?

    for step in transcript.steps {
      for action in step.actions {
        switch action {
        case .send(let message): server.send(message)
        case .sendRaw(let data): server.sendRaw(data)
        }
      }
      for expectation in step.expectations {
        var matchedIndex: Int?
        server.wait { messages in
          matchedIndex = messages.indices.first {
            !consumed.contains($0) && JSONPattern.matches(expectation, messages[$0])
          }
          return matchedIndex != nil
        }
        guard let index = matchedIndex else {
          Issue.record("\(name):\(step.line): no message matched\n\(Self.render(expectation))\n\(Self.report(server))")
          return
        }
        consumed.insert(index)
      }
      if let code = step.exitCode { expectedExit = code }
    }
    if let expectedExit {
      let code = server.waitForExit()
      #expect(code == expectedExit, "\(name): exit code \(String(describing: code))\n\(Self.report(server))")
    } else {
      server.closeInput()
      _ = server.waitForExit(timeout: 5)
    }
    let forbidden = server.messages.filter { message in
      message["method"]?.stringValue.map(transcript.forbiddenMethods.contains) ?? false
    }
    #expect(forbidden.isEmpty, "\(name): the server sent \(forbidden)\n\(Self.report(server))")
    // Every reply must have been expected: a request answered twice, or answered when it should not be, fails.
    let unexpectedReplies = server.messages.enumerated().filter { index, message in
      !consumed.contains(index) && message["method"] == nil && message["id"] != nil
    }
    #expect(
      unexpectedReplies.isEmpty,
      "\(name): unexpected replies \(unexpectedReplies.map(\.element))\n\(Self.report(server))")
  }

  static func render(_ value: JSONValue) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return String(decoding: (try? encoder.encode(value)) ?? Data(), as: UTF8.self)
  }

  /// Everything the server said, for a failure message a person can read without re-running.
  static func report(_ server: ServerProcess) -> String {
    "--- received ---\n" + server.messages.map(render).joined(separator: "\n") + "\n--- stderr ---\n"
      + server.standardError
  }
}

extension String {
  func trimmingSuffix(_ suffix: String) -> String { hasSuffix(suffix) ? String(dropLast(suffix.count)) : self }
}
