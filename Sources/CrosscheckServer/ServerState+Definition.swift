import CrosscheckCore
import Foundation
import JSONRPC
import LanguageServerProtocol

/// Go to definition (each outlet's best sentence) and references (every source sentence that carries the claim).
extension ServerState {
  func definition(_ params: DefinitionRequest) throws(ResponseError) -> RequestJob {
    let document = try document(params.textDocument.uri)
    let encoding = encoding
    let links = capabilities.definitionLinkSupport
    let offset = document.buffer.offset(of: params.position, in: encoding)
    return { [self] () async throws(ResponseError) -> any Encodable & Sendable in
      let analysis = try await awaitAnalysis(document)
      guard let index = analysis.sentenceIndex(at: offset) else { return LocationsOrLinks?.none }
      let origin = document.buffer.lspRange(of: analysis.sentences[index].range, in: encoding)
      let targets = analysis.bestPerOutlet(index).compactMap {
        Self.location(of: $0, in: analysis.corpus, encoding: encoding)
      }
      guard !targets.isEmpty else { return LocationsOrLinks?.none }
      if links {
        return LocationsOrLinks.links(
          targets.map {
            LocationLink(
              originSelectionRange: origin, targetUri: $0.uri, targetRange: $0.range, targetSelectionRange: $0.range)
          })
      }
      return LocationsOrLinks.locations(targets)
    }
  }

  func references(_ params: ReferencesRequest) throws(ResponseError) -> RequestJob {
    let document = try document(params.textDocument.uri)
    let encoding = encoding
    let offset = document.buffer.offset(of: params.position, in: encoding)
    return { [self] () async throws(ResponseError) -> any Encodable & Sendable in
      let analysis = try await awaitAnalysis(document)
      guard let index = analysis.sentenceIndex(at: offset) else { return [Location]?.none }
      return analysis.alignments[index].compactMap { Self.location(of: $0, in: analysis.corpus, encoding: encoding) }
    }
  }

  /// Where a match is in its source file, in the file's own positions.
  nonisolated static func location(of match: SentenceMatch, in corpus: Corpus, encoding: PositionEncoding) -> Location?
  {
    guard let article = corpus.article(match.article) else { return nil }
    return Location(
      uri: URL(fileURLWithPath: article.path).absoluteString,
      range: article.positionBuffer.lspRange(of: match.range(in: article), in: encoding))
  }
}
