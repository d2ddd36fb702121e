import JSONRPC

/// The client pulls one document's diagnostics; `previousResultId` lets the server answer "unchanged".
public struct DocumentDiagnosticRequest: LSPRequest {
  public static let method = "textDocument/diagnostic"
  public typealias Response = DocumentDiagnosticReport
  public var textDocument: TextDocumentIdentifier
  public var identifier: String?
  public var previousResultId: String?
  public init(textDocument: TextDocumentIdentifier, identifier: String? = nil, previousResultId: String? = nil) {
    self.textDocument = textDocument
    self.identifier = identifier
    self.previousResultId = previousResultId
  }
}

/// A document's diagnostics in full, or word that those of `resultId` still hold.
public enum DocumentDiagnosticReport: Codable, Sendable, Hashable {
  case full(resultId: String, items: [Diagnostic])
  case unchanged(resultId: String)

  private enum CodingKeys: String, CodingKey { case kind, resultId, items }

  public var resultId: String {
    switch self {
    case .full(let resultId, _), .unchanged(let resultId): resultId
    }
  }

  public init(from decoder: Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let resultId = try container.decodeIfPresent(String.self, forKey: .resultId) ?? ""
    switch try container.decode(String.self, forKey: .kind) {
    case "unchanged": self = .unchanged(resultId: resultId)
    default: self = .full(resultId: resultId, items: try container.decode([Diagnostic].self, forKey: .items))
    }
  }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    switch self {
    case .full(let resultId, let items):
      try container.encode("full", forKey: .kind)
      try container.encode(resultId, forKey: .resultId)
      try container.encode(items, forKey: .items)
    case .unchanged(let resultId):
      try container.encode("unchanged", forKey: .kind)
      try container.encode(resultId, forKey: .resultId)
    }
  }
}
