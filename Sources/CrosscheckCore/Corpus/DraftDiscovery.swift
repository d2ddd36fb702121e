import Foundation

/// Finds the drafts under a folder: Markdown and text files, outside the source folders, hidden folders and the
/// folders tools build into. What `workspace/diagnostic` and `crosscheck check FOLDER` check. A folder named
/// `sources` is where a draft's sources are looked for when none are configured (`SourceLocator`), so it is never
/// walked; configured source folders are named by the caller. Symbolic links to folders are not followed, so a
/// link loop cannot trap the walk.
public enum DraftDiscovery {
  public static let extensions: Set<String> = ["md", "markdown", "txt"]
  /// Folders of build output and dependencies, never drafts.
  static let skippedFolders: Set<String> = ["node_modules", "build", "dist", "target", "vendor", "Pods"]

  /// The drafts under `root`, sorted by path; `isSourceFolder` says which folders hold sources.
  public static func drafts(under root: String, isSourceFolder: (String) -> Bool) -> [String] {
    var drafts: [String] = []
    func visit(_ folder: String, depth: Int) {
      guard depth < 64, !isSourceFolder(folder), (folder as NSString).lastPathComponent != "sources",
        let names = try? FileManager.default.contentsOfDirectory(atPath: folder)
      else { return }
      for name in names.sorted() where !name.hasPrefix(".") {
        let path = (folder as NSString).appendingPathComponent(name)
        var info = stat()
        guard lstat(path, &info) == 0 else { continue }
        switch info.st_mode & S_IFMT {
        case S_IFDIR where !skippedFolders.contains(name): visit(path, depth: depth + 1)
        case S_IFREG, S_IFLNK:
          if extensions.contains((name as NSString).pathExtension.lowercased()) { drafts.append(path) }
        default: break
        }
      }
    }
    visit(URL(fileURLWithPath: root).standardizedFileURL.path, depth: 0)
    return drafts
  }
}
