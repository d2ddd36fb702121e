import CrosscheckCore
import CrosscheckServer
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// Builds the corpus for drafts named on the command line, reporting each source problem once on stderr and
/// showing progress only when stderr is a terminal.
enum CommandLineCorpus {
  static func load(sourceOptions: [String], draft: String, settings: Settings) -> Corpus {
    load(roots: roots(sourceOptions: sourceOptions, draft: draft, settings: settings), settings: settings)
  }

  /// The source folders for a draft: those given with `--sources`, else those its settings or folder say.
  static func roots(sourceOptions: [String], draft: String, settings: Settings) -> [String] {
    let currentDirectory = FileManager.default.currentDirectoryPath
    let draftPath = URL(fileURLWithPath: draft, relativeTo: URL(fileURLWithPath: currentDirectory)).path
    return sourceOptions.isEmpty
      ? SourceLocator.roots(
        configured: settings.sources, base: settings.baseDirectory, workspaceRoot: nil, draftPath: draftPath)
      : SourceLocator.roots(configured: sourceOptions, base: currentDirectory, workspaceRoot: nil, draftPath: nil)
  }

  static func load(roots: [String], settings: Settings) -> Corpus {
    let showProgress = isatty(STDERR_FILENO) == 1
    let corpus = Corpus.build(
      roots: roots, followSymlinks: settings.followSymlinks, maximumFileBytes: settings.maxSourceFileBytes
    ) { done, total in
      if showProgress { FileHandle.standardError.write(Data("\rIndexing sources: \(done)/\(total)".utf8)) }
    }
    if showProgress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    for problem in corpus.problems { CommandLineTool.printError("warning: \(problem)") }
    return corpus
  }
}
