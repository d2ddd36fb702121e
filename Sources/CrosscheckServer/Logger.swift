import Foundation

/// Writes log lines to stderr. stdout belongs to the protocol; `window/logMessage` copies are sent by the server.
enum Logger {
  static func log(_ message: String) {
    FileHandle.standardError.write(Data("crosscheck: \(message)\n".utf8))
  }
}
