import Foundation

/// Where a draft's sources are: the configured folders (relative to the config file or workspace root), else a
/// folder named `sources` at the workspace root, else one beside the draft.
public enum SourceLocator {
  public static func roots(configured: [String], base: String?, workspaceRoot: String?, draftPath: String?) -> [String]
  {
    if !configured.isEmpty {
      let base =
        base ?? workspaceRoot ?? draftPath.map { ($0 as NSString).deletingLastPathComponent }
        ?? FileManager.default.currentDirectoryPath
      return configured.map { path in
        let expanded = (path as NSString).expandingTildeInPath
        let absolute = expanded.hasPrefix("/") ? expanded : (base as NSString).appendingPathComponent(expanded)
        return URL(fileURLWithPath: absolute).standardizedFileURL.path
      }
    }
    for directory in [workspaceRoot, draftPath.map { ($0 as NSString).deletingLastPathComponent }].compactMap({ $0 }) {
      let candidate = (directory as NSString).appendingPathComponent("sources")
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), isDirectory.boolValue {
        return [URL(fileURLWithPath: candidate).standardizedFileURL.path]
      }
    }
    return []
  }
}
