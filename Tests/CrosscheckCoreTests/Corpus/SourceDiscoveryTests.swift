import CrosscheckCore
import Foundation
import Testing

@Suite struct SourceDiscoveryTests {
  @Test func findsArticlesAndExplainsEverythingElseOnce() throws {
    let folder = try TemporaryFolder()
    try folder.write("sources/a.md", "One.")
    try folder.write("sources/deep/b.txt", "Two.")
    try folder.write("sources/c.html", "<p>Three.</p>")
    try folder.write("sources/photo.jpg", "JPEG")
    try folder.write("sources/.hidden.md", "Hidden.")
    let (files, problems) = SourceDiscovery.discover(roots: [folder.path + "/sources"], followSymlinks: false)
    #expect(files.map { ($0 as NSString).lastPathComponent }.sorted() == ["a.md", "b.txt", "c.html"])
    #expect(problems.map(\.message) == ["not a .txt, .md or .html article"])
  }

  @Test func symlinkLoopsAndLinksOutsideTheFolder() throws {
    let folder = try TemporaryFolder()
    try folder.write("sources/a.md", "One.")
    try folder.write("elsewhere/secret.md", "Private notes.")
    try FileManager.default.createSymbolicLink(
      atPath: folder.path + "/sources/loop", withDestinationPath: folder.path + "/sources")
    try FileManager.default.createSymbolicLink(
      atPath: folder.path + "/sources/outside.md", withDestinationPath: folder.path + "/elsewhere/secret.md")
    let strict = SourceDiscovery.discover(roots: [folder.path + "/sources"], followSymlinks: false)
    #expect(strict.files.map { ($0 as NSString).lastPathComponent } == ["a.md"])
    #expect(
      strict.problems.contains { $0.path.hasSuffix("outside.md") && $0.message.contains("outside the source folders") })
    let lenient = SourceDiscovery.discover(roots: [folder.path + "/sources"], followSymlinks: true)
    #expect(lenient.files.map { ($0 as NSString).lastPathComponent }.sorted() == ["a.md", "outside.md"])
  }

  @Test func hostileFilesAreReportedNotFatal() throws {
    let folder = try TemporaryFolder()
    let binary = try folder.write("sources/binary.txt", bytes: [0x48, 0x00, 0x49])
    let latin1 = try folder.write("sources/latin1.txt", bytes: Array("Caf".utf8) + [0xE9] + Array(" closes.".utf8))
    let big = try folder.write("sources/big.txt", String(repeating: "Word. ", count: 1000))
    #expect(
      SourceArticle.load(path: binary, maximumBytes: 1 << 20).problem?.message == "binary file (contains NUL bytes)")
    let decoded = SourceArticle.load(path: latin1, maximumBytes: 1 << 20)
    let article = try #require(decoded.article)
    #expect(article.prose.text(of: article.sentences[0]) == "Caf\u{FFFD} closes.")
    #expect(decoded.problem?.skipped == false)
    #expect(
      SourceArticle.load(path: big, maximumBytes: 100).problem?.message.contains("over the 100-byte limit") == true)
    let missing = SourceDiscovery.discover(roots: [folder.path + "/gone"], followSymlinks: false)
    #expect(missing.problems.map(\.message) == ["source folder does not exist"])
  }

  @Test func defaultSourcesFolderAtTheRootOrBesideTheDraft() throws {
    let folder = try TemporaryFolder()
    try folder.write("story/sources/a.md", "One.")
    try folder.write("story/draft.md", "Draft.")
    let beside = SourceLocator.roots(
      configured: [], base: nil, workspaceRoot: nil, draftPath: folder.path + "/story/draft.md")
    #expect(beside == [folder.url.appendingPathComponent("story/sources").standardizedFileURL.path])
    let configured = SourceLocator.roots(
      configured: ["wires", "/abs"], base: folder.path, workspaceRoot: nil, draftPath: nil)
    #expect(configured == [folder.url.appendingPathComponent("wires").standardizedFileURL.path, "/abs"])
  }

  /// A file found by discovery and gone before it is read (a folder emptied mid-index) is one problem, not a crash.
  @Test func aFileThatVanishesBeforeItIsRead() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("sources/soon-gone.md", "Here now.")
    let (files, _) = SourceDiscovery.discover(roots: [folder.path + "/sources"], followSymlinks: false)
    try FileManager.default.removeItem(atPath: folder.path + "/sources")
    #expect(files == [path])
    let loaded = SourceArticle.load(path: path, maximumBytes: 1 << 20)
    #expect(loaded.article == nil)
    #expect(loaded.problem?.message == "cannot be read")
  }
}

/// The drafts of a desk folder: stories with their own `sources`, and folders that are never drafts.
@Suite struct DraftDiscoveryTests {
  @Test func draftsOutsideSourceHiddenAndBuildFolders() throws {
    let folder = try TemporaryFolder()
    for path in [
      "barrier.md", "ferries/draft.txt", "ferries/sources/tide-post.md", "wall/notes.markdown",
      "wall/clips/gazette.md", ".drafts/old.md", "node_modules/pkg/readme.md", "wall/photo.jpg",
    ] {
      _ = try folder.write(path, "A sentence.\n")
    }
    let configured = folder.path + "/wall/clips"
    let found = DraftDiscovery.drafts(under: folder.path) { $0 == configured }.map {
      String($0.dropFirst(folder.path.count + 1))
    }
    #expect(found == ["barrier.md", "ferries/draft.txt", "wall/notes.markdown"])
  }
}
