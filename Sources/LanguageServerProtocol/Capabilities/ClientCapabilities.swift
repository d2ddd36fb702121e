import JSONRPC

/// What the client says it can do. Kept as raw JSON and read through accessors, so a client that sends an
/// unexpected shape for a capability we never read still initialises.
public struct ClientCapabilities: Codable, Sendable, Hashable {
  public var raw: JSONValue

  public init(raw: JSONValue = .object([:])) { self.raw = raw }
  public init(from decoder: Decoder) throws { raw = try JSONValue(from: decoder) }
  public func encode(to encoder: Encoder) throws { try raw.encode(to: encoder) }

  private func value(_ path: String...) -> JSONValue? {
    path.reduce(Optional(raw)) { $0?[$1] }
  }

  /// `general.positionEncodings`, in the client's order of preference.
  public var positionEncodings: [PositionEncodingKind] {
    guard case .array(let items)? = value("general", "positionEncodings") else { return [] }
    return items.compactMap { $0.stringValue.map(PositionEncodingKind.init(rawValue:)) }
  }

  /// Markup kinds the client renders in hovers; empty means plain text only.
  public var hoverContentFormats: [MarkupContent.Kind] {
    guard case .array(let items)? = value("textDocument", "hover", "contentFormat") else { return [] }
    return items.compactMap { $0.stringValue.flatMap(MarkupContent.Kind.init(rawValue:)) }
  }

  public var definitionLinkSupport: Bool { value("textDocument", "definition", "linkSupport")?.boolValue ?? false }

  /// Whether code actions may be sent without their edit and completed by `codeAction/resolve`.
  public var codeActionResolvesEdit: Bool {
    guard case .array(let items)? = value("textDocument", "codeAction", "resolveSupport", "properties") else {
      return false
    }
    return items.contains(.string("edit"))
  }

  /// Whether a workspace edit may create files: `documentChanges` and the `create` resource operation.
  public var workspaceEditCreatesFiles: Bool {
    guard value("workspace", "workspaceEdit", "documentChanges")?.boolValue == true,
      case .array(let operations)? = value("workspace", "workspaceEdit", "resourceOperations")
    else { return false }
    return operations.contains(.string("create"))
  }

  public var watchedFilesDynamicRegistration: Bool {
    value("workspace", "didChangeWatchedFiles", "dynamicRegistration")?.boolValue ?? false
  }

  /// Whether the client pulls diagnostics (`textDocument/diagnostic`) rather than waiting for them to be pushed.
  public var diagnosticPull: Bool {
    guard let capability = value("textDocument", "diagnostic") else { return false }
    return capability != .null
  }

  /// Whether the client can be asked to pull all diagnostics again (`workspace/diagnostic/refresh`).
  public var diagnosticRefresh: Bool { value("workspace", "diagnostics", "refreshSupport")?.boolValue ?? false }

  public var workDoneProgress: Bool { value("window", "workDoneProgress")?.boolValue ?? false }
}
