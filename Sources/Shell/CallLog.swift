import Foundation
import OpenStackWire

/// What the line being run needs for `equivalent` beyond the requests themselves: the requests a cloud without
/// HTTP (the simulator) would have sent, and the words the real `openstack` CLI needs where the shell accepted
/// others. A reference type because commands hold the context by value.
package final class CallLog: @unchecked Sendable {
  /// The simulator's requests, as `NovaClient` would send them (`WireRecordingCloud` notes them).
  package let simulated = RequestLog()
  private let lock = NSLock()
  private var substitutions: [(String, String)] = []

  package init() {}

  /// Records that the real `openstack` CLI needs `word` where the shell accepted `typed`.
  package func substitute(_ typed: String, with word: String) {
    lock.withLock { substitutions.append((typed, word)) }
  }

  /// Returns the substitutions recorded and starts afresh.
  package func takeSubstitutions() -> [(String, String)] {
    lock.withLock {
      defer { substitutions = [] }
      return substitutions
    }
  }
}
