// swift-tools-version: 6.0
//
// Crosscheck: a language server that checks a news draft against its source articles.
//
// Rules for this manifest:
// - One section per target, followed by its test target.
// - Dependencies point one way: crosscheck → CrosscheckServer → {LanguageServerProtocol, JSONRPC, CrosscheckCore}.
//   CrosscheckCore never imports a protocol module; JSONRPC knows no LSP method names.
// - No third-party packages: only what ships with the toolchain.

import PackageDescription

let package = Package(
  name: "Crosscheck",
  products: [
    .executable(name: "crosscheck", targets: ["crosscheck"])
  ],
  targets: [
    // MARK: - JSONRPC: framing and the message envelope, nothing about LSP
    .target(name: "JSONRPC"),
    .testTarget(name: "JSONRPCTests", dependencies: ["JSONRPC"]),

    // MARK: - LanguageServerProtocol: Codable types of the LSP subset we speak
    .target(name: "LanguageServerProtocol", dependencies: ["JSONRPC"]),
    .testTarget(name: "LanguageServerProtocolTests", dependencies: ["LanguageServerProtocol"]),

    // MARK: - CrosscheckCore: text, corpus, alignment and checks; no protocol
    .target(name: "CrosscheckCore"),
    .testTarget(name: "CrosscheckCoreTests", dependencies: ["CrosscheckCore"]),

    // MARK: - CrosscheckServer: where findings become protocol messages
    .target(
      name: "CrosscheckServer",
      dependencies: ["JSONRPC", "LanguageServerProtocol", "CrosscheckCore"]
    ),
    .testTarget(
      name: "CrosscheckServerTests",
      dependencies: ["CrosscheckServer", "LanguageServerProtocol", "JSONRPC", "CrosscheckCore"]
    ),

    // MARK: - crosscheck: the executable and its command line
    .executableTarget(
      name: "crosscheck",
      dependencies: ["CrosscheckServer", "CrosscheckCore", "JSONRPC", "LanguageServerProtocol"]
    ),
    // Spawns the built binary and replays protocol-fixtures/ over real pipes.
    .testTarget(
      name: "CrosscheckEndToEndTests",
      dependencies: ["crosscheck", "JSONRPC"]
    ),
  ],
  swiftLanguageModes: [.v6]
)
