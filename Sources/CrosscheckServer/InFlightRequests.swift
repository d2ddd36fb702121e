import JSONRPC
import Synchronization

/// Requests that are running, by id, so `$/cancelRequest` can reach them and duplicate ids are refused.
final class InFlightRequests: Sendable {
  private let tasks = Mutex<[RequestID: Task<Void, Never>]>([:])

  func contains(_ id: RequestID) -> Bool { tasks.withLock { $0[id] != nil } }

  /// Starts `body` as the request's task. The task is registered before it can run, so its own `finish`
  /// always finds it.
  func start(_ id: RequestID, _ body: @escaping @Sendable () async -> Void) {
    tasks.withLock { tasks in
      tasks[id] = Task.detached { [self] in
        await body()
        finish(id)
      }
    }
  }

  func cancel(_ id: RequestID) {
    tasks.withLock { $0[id] }?.cancel()
  }

  private func finish(_ id: RequestID) {
    _ = tasks.withLock { $0.removeValue(forKey: id) }
  }
}
