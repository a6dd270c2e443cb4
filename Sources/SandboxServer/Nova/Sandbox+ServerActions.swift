import OpenStackWire
import ServerGroupsCore

extension Sandbox {
  /// `POST /servers/{id}/action`: the sandbox knows `evacuate`; any other action is Nova's 400.
  func serverAction(_ call: NovaCall, _ id: String) async throws -> SandboxReply {
    let json = try body(call)
    guard case .object(let pairs) = json, pairs.count == 1, let (action, arguments) = pairs.first else {
      throw NovaFault.malformedBody
    }
    guard action == "evacuate" else { throw CloudError.badRequest("There is no such action: \(action)") }
    return try await evacuate(call, id, arguments)
  }

  /// `evacuate` (admins): `host` (optional), `onSharedStorage` (required before 2.14), `adminPass` (before
  /// 2.14), `force` (2.29 to 2.67). The server's host must be down; the scheduler then honours the group's
  /// policy as on a boot. Before 2.14 the answer carries an `adminPass`; from 2.14 it has no body.
  private func evacuate(_ call: NovaCall, _ id: String, _ arguments: JSONValue) async throws -> SandboxReply {
    var properties: [(String, Schema)] = [("host", Schema([.type([.string]), .minLength(1), .maxLength(255)]))]
    var required: [String] = []
    if call.version < Microversion(2, 14) {
      properties += [
        ("onSharedStorage", Schema([.type([.boolean, .string])])), ("adminPass", Schema([.type([.string])])),
      ]
      required = ["onSharedStorage"]
    }
    if call.version >= Microversion(2, 29) && call.version < Microversion(2, 68) {
      properties.append(("force", Schema([.type([.boolean, .string])])))
    }
    let schema = Schema([
      .type([.object]),
      .properties([
        (
          "evacuate",
          Schema([.type([.object]), .properties(properties), .required(required), .additionalProperties(false)])
        )
      ]),
      .required(["evacuate"]), .additionalProperties(false),
    ])
    let body: JSONValue = .object([("evacuate", arguments)])
    if let failure = schema.firstFailure(body) { throw CloudError.badRequest(failure.bodyMessage) }
    let host = arguments["host"]?.stringValue
    let found = try await firstRegion(for: call.caller) { cloud in
      guard let admin = cloud as? any CloudAdministration else {
        throw CloudError.other(status: 501, "This region cannot evacuate servers.")
      }
      let request = ServerEvacuateRequest(
        host: host, adminPass: arguments["adminPass"]?.stringValue,
        sharedStorage: arguments["onSharedStorage"]?.boolValue ?? false, microversion: call.version)
      try await admin.evacuateServer(ServerID(id), request)
    }
    try await persist(found.key)
    guard call.version < Microversion(2, 14) else { return .empty(200) }
    let adminPass =
      arguments["adminPass"]?.stringValue
      ?? String(StableUUID.make("adminPass/evacuate/" + id).filter(\.isLetter).prefix(12))
    return .json(200, .object([("adminPass", .string(adminPass))]))
  }
}
