import CrosscheckCore
import Foundation
import LanguageServerProtocol
import Synchronization

/// The source corpora: built on first need with progress, re-read one file at a time when sources change.
extension ServerState {
  /// The source roots for a draft under these settings.
  func sourceRoots(forPath path: String?, settings: Settings) -> [String] {
    SourceLocator.roots(
      configured: settings.sources, base: settings.baseDirectory, workspaceRoot: rootPath, draftPath: path)
  }

  /// The corpus for these roots, building it the first time.
  func corpus(roots: [String], settings: Settings) async -> Corpus {
    guard !roots.isEmpty else { return .empty }
    switch corpora[roots] {
    case .ready(let corpus): return corpus
    case .building(let task): return await task.value
    case nil:
      let token = "crosscheck-indexing-\(outgoingCounter + 1)"
      let progress = capabilities.workDoneProgress
      if progress {
        // Indexing starts at once; progress is reported only after the client has created the token.
        Task { [self] in
          await request(WorkDoneProgressCreateRequest(token: token))
          progressTokenCreated(token)
        }
      }
      let task = Task.detached { [self] () -> Corpus in
        // Reports come from the reading threads; "end" waits for every one of them, so it is always last.
        let reports = Mutex<[Task<Void, Never>]>([])
        let corpus = Corpus.build(
          roots: roots, followSymlinks: settings.followSymlinks, maximumFileBytes: settings.maxSourceFileBytes
        ) { done, total in
          guard progress else { return }
          let report = Task { await self.reportProgress(token, done: done, total: total) }
          reports.withLock { $0.append(report) }
        }
        for report in reports.withLock({ $0 }) { await report.value }
        if progress { await endProgress(token, message: "\(corpus.articleCount) articles") }
        return corpus
      }
      corpora[roots] = .building(task)
      let corpus = await task.value
      HeapTrim.releaseFreedMemory()
      corpora[roots] = .ready(corpus)
      log(
        "indexed \(corpus.articleCount) source articles (\(corpus.sentenceCount) sentences) in \(roots.joined(separator: ", "))"
      )
      reportProblems(corpus)
      return corpus
    }
  }

  /// The client has created the token: say everything that happened so far, in order.
  func progressTokenCreated(_ token: String) {
    let pending = progressTokens[token]
    progressTokens[token] = .created
    send(ProgressNotification(token: token, value: .init(kind: "begin", title: "Indexing sources", percentage: 0)))
    if case .pending(let report, let end)? = pending {
      if let report { reportProgress(token, done: report.done, total: report.total) }
      if let end { endProgress(token, message: end) }
    }
  }

  /// Reports progress once the token exists; until then only the latest report is kept.
  func reportProgress(_ token: String, done: Int, total: Int) {
    switch progressTokens[token] {
    case .created:
      let percentage = total == 0 ? 100 : done * 100 / total
      send(
        ProgressNotification(
          token: token, value: .init(kind: "report", message: "\(done)/\(total) files", percentage: percentage)))
    case .pending(_, let end): progressTokens[token] = .pending(report: (done, total), end: end)
    case .ended: break
    case nil: progressTokens[token] = .pending(report: (done, total), end: nil)
    }
  }

  func endProgress(_ token: String, message: String) {
    switch progressTokens[token] {
    case .created:
      progressTokens[token] = .ended
      send(ProgressNotification(token: token, value: .init(kind: "end", message: message)))
    case .pending(let report, _): progressTokens[token] = .pending(report: report, end: message)
    case .ended: break
    case nil: progressTokens[token] = .pending(report: nil, end: message)
    }
  }

  /// Each source problem is said once in the client's log, not on every keystroke.
  func reportProblems(_ corpus: Corpus) {
    for problem in corpus.problems where reportedProblems.insert(problem).inserted {
      log("source \(problem)", type: 2)
    }
  }

  /// Re-reads one source file in every corpus whose roots contain it, then re-analyses the open drafts.
  func sourceFileChanged(_ path: String, deleted: Bool) async {
    var changed = false
    for (roots, slot) in corpora {
      guard roots.contains(where: { path == $0 || path.hasPrefix($0 + "/") }), case .ready(var corpus) = slot else {
        continue
      }
      let isArticle = SourceDiscovery.extensions.contains((path as NSString).pathExtension.lowercased())
      guard isArticle else { continue }
      let settings = settings(forPath: path)
      let loaded =
        deleted
        ? (article: nil, problem: nil) : SourceArticle.load(path: path, maximumBytes: settings.maxSourceFileBytes)
      corpus.replace(path: path, with: loaded.article, problem: loaded.problem)
      corpora[roots] = .ready(corpus)
      reportProblems(corpus)
      changed = true
    }
    if changed {
      log("re-read source \(path)")
      reanalyseAll()
    }
  }
}
