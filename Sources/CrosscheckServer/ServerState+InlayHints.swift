import CrosscheckCore
import JSONRPC
import LanguageServerProtocol

/// At the end of each draft sentence: how many outlets carry it, or that none does.
extension ServerState {
  func inlayHints(_ params: InlayHintRequest) throws(ResponseError) -> RequestJob {
    let document = try document(params.textDocument.uri)
    let encoding = encoding
    let enabled = settings(forPath: document.path).inlayHints
    let range = document.buffer.byteRange(of: params.range, in: encoding)
    return { [self] () async throws(ResponseError) -> any Encodable & Sendable in
      guard enabled else { return [InlayHint]() }
      let analysis = try await awaitAnalysis(document)
      guard analysis.corpus.articleCount > 0 else { return [InlayHint]() }
      return analysis.sentences.indices.compactMap { index -> InlayHint? in
        let sentence = analysis.sentences[index]
        guard sentence.range.upperBound >= range.lowerBound, sentence.range.upperBound <= range.upperBound else {
          return nil
        }
        let outlets = analysis.bestPerOutlet(index).count
        return InlayHint(
          position: document.buffer.lspPosition(of: sentence.range.upperBound, in: encoding),
          label: Self.outletCount(outlets), paddingLeft: true,
          tooltip: outlets == 0 ? "No source sentence carries this claim" : nil)
      }
    }
  }

  nonisolated static func outletCount(_ count: Int) -> String {
    switch count {
    case 0: return "no source"
    case 1: return "1 outlet"
    default: return "\(count) outlets"
    }
  }
}
