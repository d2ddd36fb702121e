import JSONRPC

/// The work of one request, prepared in message order from snapshots and then run concurrently with others.
typealias RequestJob = @Sendable () async throws(ResponseError) -> any Encodable & Sendable
