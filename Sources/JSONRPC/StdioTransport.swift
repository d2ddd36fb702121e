import Foundation
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// What the transport hands to the message loop.
public enum TransportEvent: Sendable {
  case message(IncomingMessage)
  /// A frame arrived but was not a usable message; the peer gets an error reply for it.
  case undecodable(IncomingMessage.DecodingFailure)
  /// Bytes were lost to damaged framing.
  case framingError(MessageSplitter.FramingError)
  /// The input closed.
  case closed
}

/// JSON-RPC over a pair of file descriptors: a blocking reader thread at the edge, and serialised writes.
///
/// The only threads in the program live here; everything above sees an `AsyncStream` of events.
public final class StdioTransport: Sendable {
  private let input: Int32
  private let output: Int32
  private let writeLock = Mutex(())

  public init(input: Int32, output: Int32) {
    self.input = input
    self.output = output
  }

  /// Starts reading; the stream ends after `.closed`.
  public func events(maximumBodyBytes: Int = 256 * 1024 * 1024) -> AsyncStream<TransportEvent> {
    let (stream, continuation) = AsyncStream.makeStream(of: TransportEvent.self)
    let input = self.input
    let thread = Thread {
      var splitter = MessageSplitter(maximumBodyBytes: maximumBodyBytes)
      var chunk = [UInt8](repeating: 0, count: 64 * 1024)
      while true {
        let count = chunk.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
        if count < 0 && errno == EINTR { continue }
        if count <= 0 { break }
        for event in splitter.feed(chunk[..<count]) {
          switch event {
          case .body(let bytes):
            switch IncomingMessage.decode(Data(bytes)) {
            case .success(let message): continuation.yield(.message(message))
            case .failure(let failure): continuation.yield(.undecodable(failure))
            }
          case .error(let error):
            continuation.yield(.framingError(error))
          }
        }
      }
      continuation.yield(.closed)
      continuation.finish()
    }
    thread.name = "crosscheck-reader"
    thread.stackSize = 16 * 1024 * 1024  // room for the JSON decoder on deeply nested input
    thread.start()
    return stream
  }

  /// Frames and writes one message. Safe from any thread; a closed peer is ignored.
  public func send(_ message: OutgoingMessage) {
    let data = message.framed()
    writeLock.withLock { _ in
      data.withUnsafeBytes { raw in
        var offset = 0
        while offset < raw.count {
          let written = write(output, raw.baseAddress! + offset, raw.count - offset)
          if written < 0 && errno == EINTR { continue }
          if written <= 0 { return }
          offset += written
        }
      }
    }
  }
}
