import CrosscheckCore

/// `crosscheck check --format github`: one workflow command per finding, which GitHub Actions shows as an
/// annotation on the draft's line. Lines and columns are one-based; columns count UTF-16 code units.
enum GitHubAnnotations {
  static func lines(_ drafts: [CheckedDraft]) -> [String] {
    drafts.flatMap { draft in
      draft.findings.map { finding, severity in
        let start = draft.file.buffer.position(of: finding.range.lowerBound, in: .utf16)
        let end = draft.file.buffer.position(of: finding.range.upperBound, in: .utf16)
        let properties = [
          ("file", draft.file.path), ("line", "\(start.line + 1)"), ("col", "\(start.column + 1)"),
          ("endLine", "\(end.line + 1)"), ("endColumn", "\(end.column + 1)"), ("title", finding.code),
        ].map { "\($0)=\(escapeProperty($1))" }.joined(separator: ",")
        return "::\(command(severity)) \(properties)::\(escapeData(finding.message))"
      }
    }
  }

  static func command(_ severity: Finding.Severity) -> String {
    switch severity {
    case .error: "error"
    case .warning: "warning"
    case .information, .hint: "notice"
    }
  }

  /// The message: percent, carriage return and line feed are escaped, as the runner decodes them.
  static func escapeData(_ text: String) -> String {
    text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
      .replacingOccurrences(of: "\n", with: "%0A")
  }

  /// A property value: as the message, and also the ":" and "," that separate properties.
  static func escapeProperty(_ text: String) -> String {
    escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
  }
}
