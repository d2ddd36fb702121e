import JSONRPC

/// The first request. The client expects the server's capabilities, including the position encoding chosen
/// from those it offered, and the server's name and version.
public struct InitializeRequest: LSPRequest {
  public static let method = "initialize"
  public typealias Response = InitializeResult

  public struct WorkspaceFolder: Codable, Sendable, Hashable {
    public var uri: DocumentURI
    public var name: String?
  }

  public var processId: Int?
  public var rootUri: DocumentURI?
  public var rootPath: String?
  public var workspaceFolders: [WorkspaceFolder]?
  public var capabilities: ClientCapabilities
  public var initializationOptions: JSONValue?
  public var trace: String?

  public init(
    processId: Int? = nil, rootUri: DocumentURI? = nil, capabilities: ClientCapabilities = ClientCapabilities()
  ) {
    self.processId = processId
    self.rootUri = rootUri
    self.capabilities = capabilities
  }
}

public struct InitializeResult: Codable, Sendable, Hashable {
  public struct ServerInfo: Codable, Sendable, Hashable {
    public var name: String
    public var version: String
  }
  public var capabilities: ServerCapabilities
  public var serverInfo: ServerInfo

  public init(capabilities: ServerCapabilities, serverInfo: ServerInfo) {
    self.capabilities = capabilities
    self.serverInfo = serverInfo
  }
}

extension InitializeResult.ServerInfo {
  public init(name: String, versionString: String) {
    self.name = name
    self.version = versionString
  }
}
