import OpenStackWire
import ServerGroupsCore

/// What `equivalent` prints after a command: the real CLI command, then each request as it was sent (request
/// line, microversion header, body).
package enum EquivalentRenderer {
  package static func render(
    words: [String], origin: CommandOrigin, calls: [SentRequest], substitutions: [(String, String)], style: RenderStyle
  ) -> String {
    let ink = Ink(colors: style.colors)
    var out: [String] = []
    switch origin {
    case .openstack:
      let real = words.map { word in substitutions.first { $0.0 == word }?.1 ?? word }
      out.append("equivalent: openstack " + real.map { Tokenizer.quote($0) }.joined(separator: " "))
    case .shell, .session:
      out.append(ShellMessages.text(.equivalentNone, in: style.language))
    case .simulator(let realWorld):
      out.append(
        ShellMessages.text(
          .equivalentSimulatorOnly, ShellMessages.text(realWorld, in: style.language), in: style.language))
    }
    for call in calls {
      out.append("  " + call.requestLine)
      if let version = call.microversion { out.append("  \(MicroversionHeader.standard): \(version)") }
      if let body = call.body {
        out.append(contentsOf: body.serialized(pretty: true).split(separator: "\n").map { "  " + $0 })
      }
    }
    return out.map { ink.paint($0, .blue) }.joined(separator: "\n") + "\n"
  }
}
