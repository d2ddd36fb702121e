import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// Exits when the editor that started us dies without closing our stdin, so no orphan keeps running.
enum ParentProcessMonitor {
  static func watch(pid: Int) {
    guard pid > 0 else { return }
    Task.detached {
      while true {
        try? await Task.sleep(for: .seconds(2))
        if kill(pid_t(pid), 0) == -1 && errno == ESRCH {
          Logger.log("parent process \(pid) is gone; exiting")
          exit(1)
        }
      }
    }
  }
}
