import JSONRPC

/// Server-to-client: asks the client to start sending a notification, here the watched-files events.
public struct RegisterCapabilityRequest: LSPRequest {
  public static let method = "client/registerCapability"
  public typealias Response = VoidValue
  public struct Registration: Codable, Sendable, Hashable {
    public var id: String
    public var method: String
    public var registerOptions: JSONValue?
    public init(id: String, method: String, registerOptions: JSONValue?) {
      self.id = id
      self.method = method
      self.registerOptions = registerOptions
    }
  }
  public var registrations: [Registration]
  public init(registrations: [Registration]) { self.registrations = registrations }
}
