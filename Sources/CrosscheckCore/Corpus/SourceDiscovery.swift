import Foundation

/// Finds the source articles under the configured folders: `.txt`, `.md`, `.html` and `.htm` files, recursively.
///
/// Symbolic links are followed only to places inside the configured folders unless `followSymlinks` is set, and a
/// link loop is visited once. Other files are skipped with one problem line each; a folder that cannot be read
/// (or disappears while we read it) is one problem, never a crash.
public enum SourceDiscovery {
  public static let extensions: Set<String> = ["txt", "md", "markdown", "html", "htm"]

  public static func discover(roots: [String], followSymlinks: Bool) -> (files: [String], problems: [CorpusProblem]) {
    var files: [String] = []
    var problems: [CorpusProblem] = []
    var visited: Set<String> = []
    let realRoots = roots.map { URL(fileURLWithPath: $0).resolvingSymlinksInPath().path }

    func isInsideRoots(_ path: String) -> Bool {
      realRoots.contains { path == $0 || path.hasPrefix($0.hasSuffix("/") ? $0 : $0 + "/") }
    }

    func visit(_ path: String, depth: Int) {
      guard depth < 64 else {
        problems.append(CorpusProblem(path: path, message: "folders nested too deep", skipped: true))
        return
      }
      var info = stat()
      guard lstat(path, &info) == 0 else {
        problems.append(
          CorpusProblem(path: path, message: "cannot be read (\(String(cString: strerror(errno))))", skipped: true))
        return
      }
      let real = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
      if info.st_mode & S_IFMT == S_IFLNK {
        if !followSymlinks && !isInsideRoots(real) {
          problems.append(
            CorpusProblem(path: path, message: "symbolic link to \(real), outside the source folders", skipped: true))
          return
        }
        guard stat(path, &info) == 0 else {
          problems.append(CorpusProblem(path: path, message: "broken symbolic link", skipped: true))
          return
        }
      }
      guard visited.insert(real).inserted else { return }  // a link loop, or the same file twice
      if info.st_mode & S_IFMT == S_IFDIR {
        let names: [String]
        do {
          names = try FileManager.default.contentsOfDirectory(atPath: path)
        } catch {
          problems.append(CorpusProblem(path: path, message: "folder cannot be read", skipped: true))
          return
        }
        for name in names.sorted() where !name.hasPrefix(".") {
          visit((path as NSString).appendingPathComponent(name), depth: depth + 1)
        }
      } else if info.st_mode & S_IFMT == S_IFREG {
        let ext = (path as NSString).pathExtension.lowercased()
        if extensions.contains(ext) {
          files.append(path)
        } else {
          problems.append(CorpusProblem(path: path, message: "not a .txt, .md or .html article", skipped: true))
        }
      }
    }

    for root in roots {
      if FileManager.default.fileExists(atPath: root) {
        visit(root, depth: 0)
      } else {
        problems.append(CorpusProblem(path: root, message: "source folder does not exist", skipped: true))
      }
    }
    return (files, problems)
  }
}
