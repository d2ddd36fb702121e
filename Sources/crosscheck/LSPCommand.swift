import CrosscheckServer
import Foundation
import JSONRPC

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// `crosscheck lsp`: the language server on stdin and stdout.
enum LSPCommand {
  static let help = """
    OVERVIEW: Run the Crosscheck language server, speaking LSP over stdin and stdout.

    USAGE: crosscheck lsp

    Logs go to stderr and to the client's log (window/logMessage). Configure with initializationOptions,
    workspace/didChangeConfiguration (under the "crosscheck" key) or a .crosscheck.json file.

    OPTIONS:
      -h, --help              Show help information.
    """

  static func run(_ arguments: [String]) async -> Int32 {
    do {
      let parsed = try ParsedArguments(arguments, options: [], flags: ["-h", "--help"])
      if !parsed.flags.isEmpty {
        print(help)
        return 0
      }
      if let extra = parsed.positionals.first {
        return CommandLineTool.usageError("unexpected argument '\(extra)'", help: help)
      }
    } catch {
      return CommandLineTool.usageError(error.message, help: help)
    }
    // Keep the real stdout for the protocol and point fd 1 at stderr, so a stray print cannot corrupt the stream.
    fflush(nil)
    let protocolOutput = dup(STDOUT_FILENO)
    dup2(STDERR_FILENO, STDOUT_FILENO)
    let server = LanguageServer(
      transport: StdioTransport(input: STDIN_FILENO, output: protocolOutput), version: CommandLineTool.version)
    return await server.run()
  }
}
