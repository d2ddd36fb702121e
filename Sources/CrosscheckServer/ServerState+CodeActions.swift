import CrosscheckCore
import JSONRPC
import LanguageServerProtocol

/// Quick fixes for the diagnostics the client passes in, computed from the same analysis that produced them.
/// Clients that resolve code actions get them without edits first; `codeAction/resolve` fills the edit in.
extension ServerState {
  func codeActions(_ params: CodeActionRequest) throws(ResponseError) -> RequestJob {
    let document = try document(params.textDocument.uri)
    let encoding = encoding
    let lazy = capabilities.codeActionResolvesEdit
    let range = document.buffer.byteRange(of: params.range, in: encoding)
    let wanted = params.context.diagnostics.filter { $0.source == "crosscheck" }
    func wants(_ kind: String) -> Bool {
      params.context.only.map { $0.contains { kind.hasPrefix($0) || $0.hasPrefix(kind) } } ?? true
    }
    let sources =
      wants("source") && lazy && capabilities.workspaceEditCreatesFiles
      ? Self.addSourceActions(document, lines: range) : []
    guard wants("quickfix") else { return { sources } }
    return { [self] () async throws(ResponseError) -> any Encodable & Sendable in
      let analysis = try await awaitAnalysis(document)
      var actions: [CodeAction] = []
      for (index, finding) in analysis.findings.enumerated() where !finding.fixes.isEmpty {
        let findingRange = document.buffer.lspRange(of: finding.range, in: encoding)
        let diagnostic = wanted.first { $0.code == finding.code && $0.range == findingRange }
        guard
          diagnostic != nil
            || (wanted.isEmpty
              && finding.range.overlaps(range.isEmpty ? range.lowerBound..<range.lowerBound + 1 : range))
        else { continue }
        for (fixIndex, fix) in finding.fixes.enumerated() {
          let data: JSONValue = [
            "uri": .string(document.uri), "version": .int(document.version), "finding": .int(index),
            "fix": .int(fixIndex),
          ]
          actions.append(
            CodeAction(
              title: fix.title, kind: "quickfix", diagnostics: diagnostic.map { [$0] }, isPreferred: fix.isPreferred,
              edit: lazy
                ? nil : Self.workspaceEdit(fix, uri: document.uri, buffer: document.buffer, encoding: encoding),
              data: lazy ? data : nil))
        }
      }
      return actions + sources
    }
  }

  func resolveCodeAction(_ action: CodeAction) throws(ResponseError) -> RequestJob {
    if let address = action.data?["addSource"]?.stringValue, let uri = action.data?["uri"]?.stringValue {
      return try resolveAddSource(action, address: address, uri: uri)
    }
    guard let data = action.data, let uri = data["uri"]?.stringValue, let version = data["version"]?.intValue,
      let findingIndex = data["finding"]?.intValue, let fixIndex = data["fix"]?.intValue
    else { throw ResponseError.invalidParams("code action has no Crosscheck data to resolve") }
    let document = try document(uri)
    guard document.version == version else {
      throw ResponseError(code: .contentModified, message: "document changed since the code action was offered")
    }
    let encoding = encoding
    return { [self] () async throws(ResponseError) -> any Encodable & Sendable in
      let analysis = try await awaitAnalysis(document)
      guard analysis.findings.indices.contains(findingIndex),
        analysis.findings[findingIndex].fixes.indices.contains(fixIndex)
      else {
        throw ResponseError(code: .contentModified, message: "the fix no longer applies")
      }
      var resolved = action
      resolved.edit = Self.workspaceEdit(
        analysis.findings[findingIndex].fixes[fixIndex], uri: uri, buffer: document.buffer, encoding: encoding)
      return resolved
    }
  }

  nonisolated static func workspaceEdit(_ fix: Finding.Fix, uri: String, buffer: TextBuffer, encoding: PositionEncoding)
    -> WorkspaceEdit
  {
    WorkspaceEdit(changes: [
      uri: fix.edits.map { TextEdit(range: buffer.lspRange(of: $0.range, in: encoding), newText: $0.replacement) }
    ])
  }
}
