import Foundation
import JSONRPC

/// `.crosscheck.json`: found by walking up from a draft's folder, read with errors that name file and line.
public enum ConfigurationFile {
  public static let name = ".crosscheck.json"

  /// The nearest configuration file at or above `directory`, stopping at `root` when given.
  public static func find(from directory: String, stoppingAt root: String? = nil) -> String? {
    var current = URL(fileURLWithPath: directory).standardizedFileURL
    while true {
      let candidate = current.appendingPathComponent(name).path
      if FileManager.default.fileExists(atPath: candidate) { return candidate }
      if let root, current.path == URL(fileURLWithPath: root).standardizedFileURL.path { return nil }
      let parent = current.deletingLastPathComponent()
      if parent.path == current.path { return nil }
      current = parent
    }
  }

  public struct LoadError: Error, Sendable, CustomStringConvertible {
    public var description: String
  }

  /// Reads and parses the file. A parse error says which line it is on.
  public static func load(_ path: String) -> Result<JSONValue, LoadError> {
    guard let data = FileManager.default.contents(atPath: path) else {
      return .failure(LoadError(description: "\(path): cannot be read"))
    }
    do {
      return .success(try JSONDecoder().decode(JSONValue.self, from: data))
    } catch {
      let line = errorLine(in: data)
      return .failure(LoadError(description: "\(path):\(line): malformed JSON in Crosscheck configuration"))
    }
  }

  /// The line where the JSON stops being valid: found by parsing ever longer prefixes of lines is too slow in
  /// general, so this scans for the first structural error with a small tokenizer of its own.
  static func errorLine(in data: Data) -> Int {
    JSONErrorLocator.line(ofFirstErrorIn: Array(data))
  }
}
