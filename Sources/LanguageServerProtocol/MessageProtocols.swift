import JSONRPC

/// A request type; its stored properties are its params.
public protocol LSPRequest: Codable, Sendable {
  associatedtype Response: Codable & Sendable
  static var method: String { get }
}

/// A notification type; its stored properties are its params.
public protocol LSPNotification: Codable, Sendable {
  static var method: String { get }
}

/// URIs are kept as the client sent them, so replies name documents exactly as the client knows them.
public typealias DocumentURI = String
