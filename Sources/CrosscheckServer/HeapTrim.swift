#if canImport(Glibc)
  import Glibc
#endif

/// Indexing reads every source file into buffers it then frees; glibc keeps those pages unless asked to give
/// them back. Called once after a corpus is built, so the server's resident memory is what the index needs.
/// `malloc_trim` is glibc's own and not in Swift's Glibc module, so it is looked up at run time.
enum HeapTrim {
  static func releaseFreedMemory() {
    #if canImport(Glibc)
      typealias Trim = @convention(c) (Int) -> Int32
      guard let symbol = dlsym(nil, "malloc_trim") else { return }
      _ = unsafeBitCast(symbol, to: Trim.self)(0)
    #endif
  }
}
