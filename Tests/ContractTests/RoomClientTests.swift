import Foundation
import Hummingbird
import HummingbirdTesting
import OpenStackClient
import OpenStackWire
import SandboxServer
import ServerGroupsCore
import Synchronization
import Testing

/// sgtutor's own client of the room API, against the sandbox in process: it finds the API only through the
/// catalog's `sgtutor` service, so a cloud without one is never sent a room call.
@Suite struct RoomClientTests {
  static func config(_ user: String, password: String, root: String) -> CloudConfig {
    CloudConfig(
      name: user, authURL: root + "/identity/v3",
      auth: .password(
        user: .init(name: user, domainName: "Default"), password: Secret(password), project: nil, domain: nil),
      regionName: "RegionOne")
  }

  @Test func progressReachesTheRoomAndOnlyTheInstructorReadsIt() async throws {
    let sandbox = try await ContractHarness.sandbox()
    let instructorPassword = try #require(sandbox.directoryForTests.users.first { $0.name == "instructor" }?.password)
    let app = buildApplication(sandbox: sandbox, address: SandboxAddress(host: "127.0.0.1", port: 8774))
    try await app.test(.router) { client in
      let transport = ContractHarness.routerTransport(client)
      let root = "http://127.0.0.1:8774"
      let member = NovaClient(config: ContractHarness.participantConfig(root: root), transport: transport)
      let room = try #require(await SandboxRoomClient.discover(member))
      #expect(room.base.hasSuffix("/sgtutor/v1"))
      let message = try await room.sendProgress(
        .object([("lesson", .string("2")), ("step", .int(3)), ("hints_asked", .int(1)), ("checks_passed", .int(2))]))
      #expect(message == .null)
      await #expect(throws: CloudError.self) { _ = try await room.room() }
      let refused = await failure { _ = try await room.room() }
      #expect(refused?.status == 403)

      let admin = NovaClient(
        config: Self.config("instructor", password: instructorPassword, root: root), transport: transport)
      let instructor = try #require(await SandboxRoomClient.discover(admin))
      _ = try await instructor.sendMessage("Stop typing, look up")
      let seen = try await room.currentMessage()
      #expect(SandboxRoomClient.messageParts(seen)?.text == "Stop typing, look up")
      let snapshot = try await instructor.room()
      let participant = snapshot["participants"]?.arrayValue?.first
      #expect(participant?["lesson"]?.stringValue == "2")
      #expect(participant?["step"]?.intValue == 3)
      #expect(participant?["hints_asked"]?.intValue == 1)
      let failed = try await instructor.hostAction("compute-2", "fail")
      #expect(failed["up"] == .bool(false))
    }
  }

  @Test func aCloudWithoutTheMarkerGetsNoRoomCalls() async throws {
    let sandbox = try await ContractHarness.sandbox()
    let app = buildApplication(sandbox: sandbox, address: SandboxAddress(host: "127.0.0.1", port: 8774))
    try await app.test(.router) { client in
      let inner = ContractHarness.routerTransport(client)
      let seen = Mutex<[String]>([])
      // Any other cloud: the same answers with the catalog's `sgtutor` service taken out.
      let transport: Transport = { request in
        seen.withLock { $0.append(request.url) }
        var response = try await inner(request)
        if request.url.hasSuffix("/auth/tokens"), var body = JSONValue.parse(response.body),
          case .object(var token) = body["token"], let index = token.firstIndex(where: { $0.0 == "catalog" }),
          case .array(let services) = token[index].1
        {
          token[index].1 = .array(services.filter { $0["type"]?.stringValue != "sgtutor" })
          body = .object([("token", .object(token))])
          response.body = body.bytes
        }
        return response
      }
      let nova = NovaClient(
        config: ContractHarness.participantConfig(root: "http://127.0.0.1:8774"), transport: transport)
      _ = try await nova.describe()
      #expect(await SandboxRoomClient.discover(nova) == nil)
      #expect(seen.withLock { $0 }.allSatisfy { !$0.contains("/sgtutor/") })
    }
  }
}
