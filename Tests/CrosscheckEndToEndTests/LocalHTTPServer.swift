import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// A tiny HTTP/1.1 server on 127.0.0.1 for `crosscheck add` tests: each path answers with a fixed status, headers
/// and body, optionally after a delay. No other network is used in tests.
final class LocalHTTPServer: @unchecked Sendable {
  struct Response {
    var status = 200
    var headers: [String: String] = ["Content-Type": "text/html; charset=utf-8"]
    var body = Data()
    var delay: TimeInterval = 0
  }

  let port: UInt16
  private let socketDescriptor: Int32
  private let routes: [String: Response]

  init(routes: [String: Response]) throws {
    self.routes = routes
    let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    var yes: Int32 = 1
    setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = 0
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let bound = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    guard bound == 0, listen(descriptor, 16) == 0 else { throw POSIXError(.EADDRINUSE) }
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    _ = withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
    }
    socketDescriptor = descriptor
    port = UInt16(bigEndian: address.sin_port)
    Thread { [self] in acceptLoop() }.start()
  }

  var base: String { "http://127.0.0.1:\(port)" }

  func stop() { close(socketDescriptor) }

  private func acceptLoop() {
    while true {
      let client = accept(socketDescriptor, nil, nil)
      guard client >= 0 else { return }
      Thread { [self] in serve(client) }.start()
    }
  }

  private func serve(_ client: Int32) {
    defer { close(client) }
    var request = [UInt8]()
    var buffer = [UInt8](repeating: 0, count: 4096)
    while !request.suffix(4).elementsEqual([13, 10, 13, 10]) {
      let count = recv(client, &buffer, buffer.count, 0)
      guard count > 0 else { return }
      request += buffer[0..<count]
    }
    let line = String(decoding: request, as: UTF8.self).split(separator: "\r\n").first ?? ""
    let path = line.split(separator: " ").dropFirst().first.map(String.init) ?? "/"
    let response = routes[path] ?? Response(status: 404, body: Data("not found".utf8))
    if response.delay > 0 { Thread.sleep(forTimeInterval: response.delay) }
    var head = "HTTP/1.1 \(response.status) X\r\nConnection: close\r\n"
    var headers = response.headers
    if headers["Content-Length"] == nil { headers["Content-Length"] = String(response.body.count) }
    for (name, value) in headers { head += "\(name): \(value)\r\n" }
    head += "\r\n"
    let data = Data(head.utf8) + response.body
    data.withUnsafeBytes { raw in
      var offset = 0
      while offset < raw.count {
        let sent = send(client, raw.baseAddress! + offset, raw.count - offset, Int32(MSG_NOSIGNAL))
        if sent <= 0 { return }
        offset += sent
      }
    }
  }
}
