import Synchronization

/// A counter shared by the threads that read source files.
final class AtomicCounter: Sendable {
  private let value = Atomic<Int>(0)
  func increment() -> Int { value.add(1, ordering: .relaxed).newValue }
}

/// One slot per file, each written by one worker of `concurrentPerform` and read after all have finished.
final class ResultSlots<Value: Sendable>: Sendable {
  private let storage: Mutex<[Value?]>

  init(count: Int) { storage = Mutex(Array(repeating: nil, count: count)) }

  func set(_ index: Int, _ value: Value) { storage.withLock { $0[index] = value } }

  var values: [Value] { storage.withLock { $0.compactMap { $0 } } }
}
