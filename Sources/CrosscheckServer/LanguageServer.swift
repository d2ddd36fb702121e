import Foundation
import JSONRPC
import LanguageServerProtocol

/// The message loop: reads events from the transport in order and gives every request exactly one reply.
public final class LanguageServer: Sendable {
  private let transport: StdioTransport
  private let state: ServerState
  private let inFlight = InFlightRequests()

  public init(transport: StdioTransport, version: String) {
    self.transport = transport
    self.state = ServerState(transport: transport, version: version)
  }

  /// Runs until `exit` or the end of input and returns the process exit code.
  public func run() async -> Int32 {
    for await event in transport.events() {
      switch event {
      case .closed:
        return await state.exitCode
      case .framingError(let error):
        Logger.log("framing: \(error)")
        reply(nil, .failure(ResponseError(code: .parseError, message: "malformed message: \(error)")))
      case .undecodable(let failure):
        reply(failure.id, .failure(failure.error))
      case .message(.response(let id, let result)):
        await state.receiveReply(id, result)
      case .message(.notification(let method, let body)):
        if let code = await handleNotification(method, body) { return code }
      case .message(.request(let id, let method, let body)):
        await handleRequest(id, method, body)
      }
    }
    return await state.exitCode
  }

  private func reply(_ id: RequestID?, _ result: Result<any Encodable & Sendable, ResponseError>) {
    transport.send(.response(id: id, result: result))
  }

  /// Returns an exit code when the notification ends the process.
  private func handleNotification(_ method: String, _ body: Data) async -> Int32? {
    switch method {
    case ExitNotification.method:
      return await state.exitCode
    case CancelRequestNotification.method:
      // Skips the queue: the request may be waiting or running right now.
      if let params = try? decodeParams(CancelRequestNotification.self, from: body) { inFlight.cancel(params.id) }
      return nil
    default:
      await state.handleNotification(method, body: body)
      return nil
    }
  }

  private func handleRequest(_ id: RequestID, _ method: String, _ body: Data) async {
    if inFlight.contains(id) {
      reply(id, .failure(ResponseError(code: .invalidRequest, message: "request id \(id) is already in use")))
      return
    }
    if let error = await state.admissionError(for: method) {
      reply(id, .failure(error))
      return
    }
    do throws(ResponseError) {
      switch method {
      case InitializeRequest.method:
        reply(id, .success(await state.initialize(try decodeParams(InitializeRequest.self, from: body))))
      case ShutdownRequest.method:
        await state.shutdown()
        reply(id, .success(VoidValue()))
      default:
        let job = try await state.prepare(method, body: body)
        inFlight.start(id) { [transport] in
          let result: Result<any Encodable & Sendable, ResponseError>
          do throws(ResponseError) {
            let value = try await job()
            result = Task.isCancelled ? .failure(.cancelled) : .success(value)
          } catch {
            result = .failure(Task.isCancelled ? .cancelled : error)
          }
          transport.send(.response(id: id, result: result))
        }
      }
    } catch {
      reply(id, .failure(error))
    }
  }
}
