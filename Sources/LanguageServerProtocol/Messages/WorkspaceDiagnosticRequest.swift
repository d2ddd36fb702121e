import JSONRPC

/// The client pulls the diagnostics of every document in the workspace, open or not. With a
/// `partialResultToken`, reports stream as `$/progress` notifications and the reply holds what was not streamed.
public struct WorkspaceDiagnosticRequest: LSPRequest {
  public static let method = "workspace/diagnostic"
  public typealias Response = WorkspaceDiagnosticReport
  public struct PreviousResultId: Codable, Sendable, Hashable {
    public var uri: DocumentURI
    public var value: String
    public init(uri: DocumentURI, value: String) {
      self.uri = uri
      self.value = value
    }
  }
  public var identifier: String?
  public var previousResultIds: [PreviousResultId]
  /// A progress token: an integer or a string.
  public var partialResultToken: JSONValue?
  public init(identifier: String? = nil, previousResultIds: [PreviousResultId], partialResultToken: JSONValue? = nil) {
    self.identifier = identifier
    self.previousResultIds = previousResultIds
    self.partialResultToken = partialResultToken
  }
}

public struct WorkspaceDiagnosticReport: Codable, Sendable, Hashable {
  public var items: [WorkspaceDocumentDiagnosticReport]
  public init(items: [WorkspaceDocumentDiagnosticReport]) { self.items = items }
}

/// One document's report in a workspace pull: the document report, its URI, and the version it describes (`null`
/// for a document the client does not have open).
public struct WorkspaceDocumentDiagnosticReport: Codable, Sendable, Hashable {
  public var uri: DocumentURI
  public var version: Int?
  public var report: DocumentDiagnosticReport

  public init(uri: DocumentURI, version: Int?, report: DocumentDiagnosticReport) {
    self.uri = uri
    self.version = version
    self.report = report
  }

  private enum CodingKeys: String, CodingKey { case uri, version }

  public init(from decoder: Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    uri = try container.decode(DocumentURI.self, forKey: .uri)
    version = try container.decodeIfPresent(Int.self, forKey: .version)
    report = try DocumentDiagnosticReport(from: decoder)
  }

  public func encode(to encoder: Encoder) throws {
    try report.encode(to: encoder)
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(uri, forKey: .uri)
    // Required by the specification, null included.
    try container.encode(version, forKey: .version)
  }
}

/// Streams part of a workspace pull's result on the request's `partialResultToken`.
public struct WorkspaceDiagnosticPartialResultNotification: LSPNotification {
  public static let method = "$/progress"
  public var token: JSONValue
  public var value: WorkspaceDiagnosticReport
  public init(token: JSONValue, value: WorkspaceDiagnosticReport) {
    self.token = token
    self.value = value
  }
}
