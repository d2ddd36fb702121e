import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

// A write to a closed pipe must be an error we handle, not a signal that kills the server.
signal(SIGPIPE, SIG_IGN)
exit(await CommandLineTool.run(Array(CommandLine.arguments.dropFirst())))
