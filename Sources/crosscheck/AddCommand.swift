import CrosscheckCore
import CrosscheckServer
import Foundation

/// `crosscheck add URL…`: fetches pages and saves their articles as source files.
enum AddCommand {
  static let help = """
    OVERVIEW: Fetch web pages and add their articles to the sources.

    USAGE: crosscheck add <url> ... [--sources <dir>] [--keep-html] [--timeout <seconds>]

    ARGUMENTS:
      <url>                   http or https addresses of the pages to add.

    OPTIONS:
      --sources <dir>         The folder to add to. Default: the one the language server would use for the current
                              folder (the "sources" key of .crosscheck.json, else ./sources, created if need be).
      --keep-html             Also keep each page as fetched, in <dir>/.pages/ (hidden folders are not indexed).
      --timeout <seconds>     How long to wait for each page. (default: 20)
      -h, --help              Show help information.

    Each page's article is written to <dir>/<outlet>-<title>.md with front matter (outlet, title, url, date,
    author); an existing file is never replaced (a numbered name is used). One error line per page that fails; the
    others are still added.

    EXIT STATUS: 0 all added, 1 at least one failed, 2 usage error.
    """

  static func run(_ arguments: [String]) -> Int32 {
    let parsed: ParsedArguments
    do {
      parsed = try ParsedArguments(
        arguments, options: ["--sources", "--timeout"], flags: ["-h", "--help", "--keep-html"])
    } catch {
      return CommandLineTool.usageError(error.message, help: help)
    }
    if parsed.flags.contains("-h") || parsed.flags.contains("--help") {
      print(help)
      return 0
    }
    guard !parsed.positionals.isEmpty else {
      return CommandLineTool.usageError("missing expected argument '<url>'", help: help)
    }
    guard let timeout = Double(parsed.value("--timeout") ?? "20"), timeout > 0 else {
      return CommandLineTool.usageError("--timeout must be a positive number of seconds", help: help)
    }
    let folder = URL(fileURLWithPath: parsed.value("--sources") ?? defaultFolder()).standardizedFileURL
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    } catch {
      CommandLineTool.printError("error: \(folder.path): cannot create the sources folder")
      return 2
    }
    var failed = false
    for address in parsed.positionals {
      switch PageFetcher.fetch(address, timeout: timeout) {
      case .failure(let error):
        CommandLineTool.printError("error: \(address): \(error)")
        failed = true
      case .success(let page):
        do {
          print(try save(page, in: folder, keepHTML: parsed.flags.contains("--keep-html")))
        } catch {
          CommandLineTool.printError("error: \(address): \(error)")
          failed = true
        }
      }
    }
    return failed ? 1 : 0
  }

  /// The sources folder the server would use for the current folder.
  static func defaultFolder() -> String {
    let current = FileManager.default.currentDirectoryPath
    let settings = CommandLineSettings.settings(forDraft: current + "/draft")
    return SourceLocator.roots(
      configured: settings.sources, base: settings.baseDirectory, workspaceRoot: current, draftPath: nil
    ).first ?? current + "/sources"
  }

  struct SaveError: Error, CustomStringConvertible {
    var description: String
  }

  /// Writes the page's article under a name no file has yet, inside `folder` and nowhere else.
  static func save(_ page: PageFetcher.Page, in folder: URL, keepHTML: Bool) throws -> String {
    let saved = SavedPage(html: page.html, url: page.url)
    let existing = Set((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
    let name = SavedPage.freeName(saved.fileName, in: existing)
    let target = folder.appendingPathComponent(name).standardizedFileURL
    guard target.deletingLastPathComponent().path == folder.path else {
      throw SaveError(description: "refused to write outside \(folder.path)")
    }
    do {
      try Data(saved.content.utf8).write(to: target, options: .withoutOverwriting)
    } catch {
      throw SaveError(description: "\(target.path): cannot be written")
    }
    if keepHTML {
      let pages = folder.appendingPathComponent(".pages")
      try? FileManager.default.createDirectory(at: pages, withIntermediateDirectories: true)
      let html = pages.appendingPathComponent((name as NSString).deletingPathExtension + ".html")
      try? Data(page.html.utf8).write(to: html, options: .withoutOverwriting)
    }
    return target.path
  }
}
