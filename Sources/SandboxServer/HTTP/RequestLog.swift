import Foundation
import ServerGroupsCore

/// One answered request, as the serve terminal shows it. It never holds a token, password or secret:
/// the user is named, not its token, and secret-looking query values are hidden.
package struct RequestLogEntry: Sendable, Equatable {
  package var time: Date
  /// The `x-openstack-request-id` the answer carried.
  package var requestID: String
  /// The user behind the request's token (`participant-3`), nil when there is none.
  package var user: String?
  package var method: String
  /// Path and query as sent, with secret query values replaced by `***` and control characters escaped.
  package var target: String
  package var status: Int
  package var milliseconds: Double

  package init(
    time: Date, requestID: String, user: String?, method: String, target: String, status: Int,
    milliseconds: Double
  ) {
    self.time = time
    self.requestID = requestID
    self.user = user
    self.method = method
    self.target = target
    self.status = status
    self.milliseconds = milliseconds
  }

  /// `2026-12-02T09:14:03.120Z participant-1 GET /v2.1/servers?name=web 200 1.4ms req-…`
  package var text: String {
    let ms = (milliseconds * 10).rounded() / 10
    return "\(Self.timestamp(time)) \(user ?? "-") \(method) \(target) \(status) \(ms)ms \(requestID)"
  }

  /// The same as one JSON object on one line.
  package var json: String {
    JSONValue.object([
      ("time", .string(Self.timestamp(time))), ("user", user.map(JSONValue.string) ?? .null),
      ("method", .string(method)), ("path", .string(target)), ("status", .int(status)),
      ("ms", .double((milliseconds * 1000).rounded() / 1000)), ("request_id", .string(requestID)),
    ]).serialized()
  }

  static func timestamp(_ date: Date) -> String {
    date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))
  }

  /// Query keys whose values are never shown.
  static let secretKeys = ["password", "secret", "token", "auth", "credential", "key"]

  /// `path?query` for the log: secret-looking values hidden, control characters percent-escaped so that
  /// nothing a client sends can drive the instructor's terminal.
  package static func target(path: String, query: String?) -> String {
    var text = escaped(path)
    guard let query, !query.isEmpty else { return text }
    let pairs = query.split(separator: "&", omittingEmptySubsequences: false).map { pair -> String in
      let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      let key = SandboxRequest.percentDecoded(String(parts[0])).lowercased()
      guard parts.count == 2, secretKeys.contains(where: { key.contains($0) }) else { return escaped(String(pair)) }
      return escaped(String(parts[0])) + "=***"
    }
    text += "?" + pairs.joined(separator: "&")
    return text
  }

  private static func escaped(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
        result += String(format: "%%%02X", scalar.value)
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}

/// Where request log entries go.
package protocol RequestLogSink: Sendable {
  func record(_ entry: RequestLogEntry)
}

/// How the serve terminal prints the log: `text` lines or JSON lines.
package enum RequestLogFormat: String, Sendable, CaseIterable {
  case text, json
}

/// Prints each entry as one line on standard output.
package struct StandardOutputRequestLog: RequestLogSink {
  package var format: RequestLogFormat

  package init(format: RequestLogFormat) { self.format = format }

  package func record(_ entry: RequestLogEntry) {
    let line = (format == .json ? entry.json : entry.text) + "\n"
    FileHandle.standardOutput.write(Data(line.utf8))
  }
}
