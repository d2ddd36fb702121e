import Foundation

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// Fetches a web page for `crosscheck add` and the "Add as source" action, treating everything from the network as
/// hostile: `http` and `https` only, at most five redirects and never to another scheme, a timeout, a cap on the
/// body, HTML only, and the charset from the header or the page's `<meta>`.
public final class PageFetcher: NSObject, URLSessionDataDelegate, @unchecked Sendable {
  public struct Page: Sendable {
    public var html: String
    /// Where the page was finally fetched from, after redirects.
    public var url: String
  }

  public struct FetchError: Error, Sendable, CustomStringConvertible {
    public var description: String
  }

  public static let maximumBytes = 5 << 20
  public static let maximumRedirects = 5

  private let timeout: TimeInterval
  // Touched only on the session's delegate queue, then read after `done` is signalled.
  private var body = Data()
  private var response: HTTPURLResponse?
  private var failure: String?
  private var redirects = 0
  private let done = DispatchSemaphore(value: 0)

  private init(timeout: TimeInterval) { self.timeout = timeout }

  /// Fetches one page; blocks until it arrives or fails.
  public static func fetch(_ address: String, timeout: TimeInterval = 20) -> Result<Page, FetchError> {
    guard let url = URL(string: address), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
      url.host != nil
    else {
      return .failure(FetchError(description: "not an http or https address"))
    }
    let fetcher = PageFetcher(timeout: timeout)
    let configuration = URLSessionConfiguration.ephemeral
    configuration.timeoutIntervalForRequest = timeout
    configuration.timeoutIntervalForResource = timeout
    let queue = OperationQueue()
    queue.maxConcurrentOperationCount = 1
    let session = URLSession(configuration: configuration, delegate: fetcher, delegateQueue: queue)
    var request = URLRequest(url: url)
    request.setValue("text/html,application/xhtml+xml", forHTTPHeaderField: "Accept")
    request.setValue("Crosscheck (news source reader)", forHTTPHeaderField: "User-Agent")
    session.dataTask(with: request).resume()
    if fetcher.done.wait(timeout: .now() + timeout + 5) == .timedOut {
      session.invalidateAndCancel()
      return .failure(FetchError(description: "timed out after \(Int(timeout)) s"))
    }
    session.finishTasksAndInvalidate()
    return fetcher.result(address: address)
  }

  private func result(address: String) -> Result<Page, FetchError> {
    if let failure { return .failure(FetchError(description: failure)) }
    guard let response else { return .failure(FetchError(description: "no response")) }
    guard (200..<300).contains(response.statusCode) else {
      return .failure(FetchError(description: "HTTP \(response.statusCode)"))
    }
    let type = (response.value(forHTTPHeaderField: "Content-Type") ?? "").lowercased()
    guard type.isEmpty || type.contains("html") else {
      return .failure(FetchError(description: "not an HTML page (\(type))"))
    }
    let html = Self.decode(body, contentType: type)
    return .success(Page(html: html, url: response.url?.absoluteString ?? address))
  }

  /// The body as text: the header's charset, else a `<meta charset>`, else UTF-8; a charset we do not know is read
  /// as UTF-8 with replacement characters, never refused.
  static func decode(_ body: Data, contentType: String) -> String {
    func charset(in text: String) -> String? {
      guard let range = text.range(of: "charset=") else { return nil }
      return String(
        text[range.upperBound...].drop { $0 == "\"" || $0 == "'" }
          .prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
      ).lowercased()
    }
    let head = String(decoding: body.prefix(4096), as: UTF8.self).lowercased()
    let name = charset(in: contentType) ?? charset(in: head) ?? "utf-8"
    let encodings: [String: String.Encoding] = [
      "utf-8": .utf8, "utf8": .utf8, "iso-8859-1": .isoLatin1, "latin1": .isoLatin1, "windows-1252": .windowsCP1252,
      "cp1252": .windowsCP1252, "us-ascii": .ascii, "ascii": .ascii, "utf-16": .utf16, "iso-8859-2": .isoLatin2,
      "windows-1251": .windowsCP1251,
    ]
    if let encoding = encodings[name], encoding != .utf8, let text = String(data: body, encoding: encoding) {
      return text
    }
    return String(decoding: body, as: UTF8.self)
  }

  // MARK: - URLSession delegate

  public func urlSession(
    _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
    newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void
  ) {
    redirects += 1
    let scheme = request.url?.scheme?.lowercased()
    guard redirects <= Self.maximumRedirects, scheme == "http" || scheme == "https" else {
      failure =
        redirects > Self.maximumRedirects
        ? "more than \(Self.maximumRedirects) redirects" : "redirected to a \(scheme ?? "unknown") address, refused"
      completionHandler(nil)
      task.cancel()
      return
    }
    completionHandler(request)
  }

  public func urlSession(
    _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
    completionHandler: @escaping (URLSession.ResponseDisposition) -> Void
  ) {
    self.response = response as? HTTPURLResponse
    if response.expectedContentLength > Int64(Self.maximumBytes) {
      failure = "larger than \(Self.maximumBytes >> 20) MB"
      completionHandler(.cancel)
      return
    }
    completionHandler(.allow)
  }

  public func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
    body.append(data)
    if body.count > Self.maximumBytes {
      failure = "larger than \(Self.maximumBytes >> 20) MB"
      dataTask.cancel()
    }
  }

  public func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
    if failure == nil, let error {
      let code = (error as NSError).code
      failure = code == NSURLErrorTimedOut ? "timed out after \(Int(timeout)) s" : error.localizedDescription
    }
    done.signal()
  }
}
