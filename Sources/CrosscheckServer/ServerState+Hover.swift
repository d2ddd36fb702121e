import CrosscheckCore
import JSONRPC
import LanguageServerProtocol

/// Hover on a draft sentence: every outlet's wording of it.
extension ServerState {
  func hover(_ params: HoverRequest) throws(ResponseError) -> RequestJob {
    let document = try document(params.textDocument.uri)
    let encoding = encoding
    let markdown =
      capabilities.hoverContentFormats.first == .markdown
      || (capabilities.hoverContentFormats.contains(.markdown)
        && !capabilities.hoverContentFormats.contains(.plaintext))
    let offset = document.buffer.offset(of: params.position, in: encoding)
    return { [self] () async throws(ResponseError) -> any Encodable & Sendable in
      let analysis = try await awaitAnalysis(document)
      guard let index = analysis.sentenceIndex(at: offset),
        let text = SentenceHover.render(analysis, sentence: index, at: offset, markdown: markdown)
      else { return Hover?.none }
      return Hover(
        contents: MarkupContent(kind: markdown ? .markdown : .plaintext, value: text),
        range: document.buffer.lspRange(of: analysis.sentences[index].range, in: encoding))
    }
  }
}
