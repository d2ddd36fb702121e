/// A small argument parser with swift-argument-parser's conventions: `--name value`, `--name=value`,
/// repeatable options, flags, `--` ending options, and a clear error for anything unknown.
struct ParsedArguments {
  var values: [String: [String]] = [:]
  var flags: Set<String> = []
  var positionals: [String] = []

  struct UsageError: Error {
    var message: String
  }

  init(_ arguments: [String], options: Set<String>, flags knownFlags: Set<String>) throws(UsageError) {
    var index = 0
    var optionsEnded = false
    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      if optionsEnded || !argument.hasPrefix("-") || argument == "-" {
        positionals.append(argument)
        continue
      }
      if argument == "--" {
        optionsEnded = true
        continue
      }
      var name = argument
      var inlineValue: String?
      if let equals = argument.firstIndex(of: "=") {
        name = String(argument[..<equals])
        inlineValue = String(argument[argument.index(after: equals)...])
      }
      if knownFlags.contains(name) {
        guard inlineValue == nil else { throw UsageError(message: "flag '\(name)' takes no value") }
        flags.insert(name)
      } else if options.contains(name) {
        if let inlineValue {
          values[name, default: []].append(inlineValue)
        } else {
          guard index < arguments.count else { throw UsageError(message: "missing value for '\(name)'") }
          values[name, default: []].append(arguments[index])
          index += 1
        }
      } else {
        throw UsageError(message: "unknown option '\(name)'")
      }
    }
  }

  func value(_ name: String) -> String? { values[name]?.last }

  /// The value of `--format`, checked against the allowed ones.
  func format(allowed: [String], default defaultValue: String) throws(UsageError) -> String {
    let format = value("--format") ?? defaultValue
    guard allowed.contains(format) else {
      throw UsageError(
        message: "the value '\(format)' is invalid for '--format' (choose from \(allowed.joined(separator: ", ")))")
    }
    return format
  }
}

extension ParsedArguments {
  /// What a subcommand does after parsing: run with the arguments and `--format`, or end with an exit code
  /// (help printed: 0; usage error printed: 2).
  enum Outcome {
    case run(ParsedArguments, format: String)
    case exit(Int32)
  }

  /// Parses a subcommand that takes `--format` (text or json unless told) and `-h`/`--help`, printing help or the usage error.
  static func parse(
    _ arguments: [String], options: Set<String>, formats: [String] = ["text", "json"], help: String
  ) -> Outcome {
    do {
      let parsed = try ParsedArguments(arguments, options: options.union(["--format"]), flags: ["-h", "--help"])
      let format = try parsed.format(allowed: formats, default: "text")
      if !parsed.flags.isEmpty {
        print(help)
        return .exit(0)
      }
      return .run(parsed, format: format)
    } catch {
      return .exit(CommandLineTool.usageError(error.message, help: help))
    }
  }
}
