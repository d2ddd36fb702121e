import CrosscheckCore
import Foundation

/// `crosscheck inspect`: how Crosscheck reads a file, for debugging and for measuring the analysis.
enum InspectCommand {
  static let help = """
    OVERVIEW: Show how Crosscheck reads a file.

    USAGE: crosscheck inspect <what> <file> [--format <format>]

    ARGUMENTS:
      <what>                  sentences
      <file>                  The file to read.

    OPTIONS:
      --format <format>       text or json (ranges are LSP-shaped: zero-based, UTF-16). (default: text)
      -h, --help              Show help information.
    """

  static func run(_ arguments: [String]) -> Int32 {
    let parsed: ParsedArguments
    let format: String
    do {
      parsed = try ParsedArguments(arguments, options: ["--format"], flags: ["-h", "--help"])
      format = try parsed.format(allowed: ["text", "json"], default: "text")
    } catch {
      return CommandLineTool.usageError(error.message, help: help)
    }
    if !parsed.flags.isEmpty {
      print(help)
      return 0
    }
    guard parsed.positionals.count == 2 else {
      return CommandLineTool.usageError("expected <what> and <file>", help: help)
    }
    let file: InputFile
    do { file = try InputFile(path: parsed.positionals[1]) } catch {
      CommandLineTool.printError("error: \(error.message)")
      return 2
    }
    switch parsed.positionals[0] {
    case "sentences":
      let sentences = SentenceSplitter.split(file.buffer.text, format: file.format)
      if format == "json" {
        printJSON(sentences.map { JSONSentence(range: JSONRange($0.range, in: file.buffer), text: $0.text) })
      } else {
        for sentence in sentences {
          let position = file.buffer.position(of: sentence.range.lowerBound, in: .utf8)
          print("\(position.line + 1):\(position.column + 1): \(sentence.text)")
        }
      }
      return 0
    default:
      return CommandLineTool.usageError("unknown thing to inspect '\(parsed.positionals[0])'", help: help)
    }
  }

  struct JSONSentence: Encodable {
    var range: JSONRange
    var text: String
  }
}
