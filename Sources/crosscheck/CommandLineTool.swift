import Foundation

/// The subcommands and their help. Exit codes: 0 success (or a clean check), 1 findings, 2 usage or I/O errors.
enum CommandLineTool {
  static let version = "0.1.0"

  static let overview = """
    OVERVIEW: Crosscheck checks a news draft against its source articles.

    USAGE: crosscheck <subcommand>

    SUBCOMMANDS:
      lsp                     Run the language server on stdin/stdout.
      check                   Print findings for drafts, gcc-style or as JSON.
      add                     Fetch web pages and add their articles to the sources.
      inspect                 Show how Crosscheck reads a file (sentences, alignment).
      bench                   Measure indexing, alignment and LSP latency on a synthetic corpus.
      help                    Show help for a subcommand.

    OPTIONS:
      --version               Show the version.
      -h, --help              Show help information.

    See 'crosscheck help <subcommand>' for detailed help.
    """

  static func run(_ arguments: [String]) async -> Int32 {
    guard let first = arguments.first else {
      printError(overview)
      return 2
    }
    let rest = Array(arguments.dropFirst())
    switch first {
    case "--version":
      print(version)
      return 0
    case "-h", "--help":
      print(overview)
      return 0
    case "help":
      guard let name = rest.first else {
        print(overview)
        return 0
      }
      guard let help = help(for: name) else { return usageError("unknown subcommand '\(name)'", help: overview) }
      print(help)
      return 0
    case "lsp": return await LSPCommand.run(rest)
    case "check": return CheckCommand.run(rest)
    case "add": return AddCommand.run(rest)
    case "inspect": return InspectCommand.run(rest)
    case "bench": return await BenchCommand.run(rest)
    default:
      return usageError("unknown subcommand '\(first)'", help: overview)
    }
  }

  static func help(for subcommand: String) -> String? {
    switch subcommand {
    case "lsp": return LSPCommand.help
    case "check": return CheckCommand.help
    case "add": return AddCommand.help
    case "inspect": return InspectCommand.help
    default: return nil
    }
  }

  /// Prints a usage error the way swift-argument-parser does and returns exit code 2.
  static func usageError(_ message: String, help: String) -> Int32 {
    printError("Error: \(message)\n")
    printError(help)
    return 2
  }

  static func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
  }
}
