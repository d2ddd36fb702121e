import CrosscheckCore
import JSONRPC
import LanguageServerProtocol

/// The outline: one symbol per paragraph, with its sentences as children.
extension ServerState {
  func documentSymbols(_ params: DocumentSymbolRequest) throws(ResponseError) -> RequestJob {
    let document = try document(params.textDocument.uri)
    let encoding = encoding
    return { [self] () async throws(ResponseError) -> any Encodable & Sendable in
      let analysis = try await awaitAnalysis(document)
      let buffer = document.buffer
      var symbols: [DocumentSymbol] = []
      for (index, block) in analysis.prose.blocks.enumerated() {
        let sourced = analysis.corpus.articleCount == 0 ? nil : 0
        let children = analysis.sentences.indices.filter { analysis.sentences[$0].block == index }.map { sentence in
          let range = buffer.lspRange(of: analysis.sentences[sentence].range, in: encoding)
          return DocumentSymbol(
            name: Self.title(analysis.prose.text(of: analysis.sentences[sentence])),
            detail: sourced.map { _ in Self.outletCount(analysis.bestPerOutlet(sentence).count) }, kind: 15,
            range: range, selectionRange: range, children: nil)
        }
        let range = buffer.lspRange(of: block, in: encoding)
        symbols.append(
          DocumentSymbol(
            name: "¶ \(index + 1): " + Self.title(analysis.prose.cleanText(block)),
            detail: "\(children.count) sentences",
            kind: 2, range: range, selectionRange: range, children: children))
      }
      return symbols
    }
  }

  /// The first words of a text, short enough for an outline row.
  nonisolated static func title(_ text: String) -> String {
    text.count <= 60 ? text : String(text.prefix(57)) + "…"
  }
}
