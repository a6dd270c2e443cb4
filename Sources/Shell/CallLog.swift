import Foundation
import OpenStackWire
import Synchronization

/// What the line being run needs for `equivalent` beyond the requests themselves: the requests a cloud without
/// HTTP (the simulator) would have sent, and the words the real `openstack` CLI needs where the shell accepted
/// others. A reference type because commands hold the context by value.
package final class CallLog: Sendable {
  /// The simulator's requests, as `NovaClient` would send them (`WireRecordingCloud` notes them).
  package let simulated = RequestLog()
  private let substitutions = Mutex<[(typed: String, word: String)]>([])

  package init() {}

  /// Records that the real `openstack` CLI needs `word` where the shell accepted `typed`.
  package func substitute(_ typed: String, with word: String) {
    substitutions.withLock { $0.append((typed, word)) }
  }

  /// Returns the substitutions recorded and starts afresh.
  package func takeSubstitutions() -> [(String, String)] {
    substitutions.withLock { taken in
      defer { taken = [] }
      return taken.map { ($0.typed, $0.word) }
    }
  }
}
