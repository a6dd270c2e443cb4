import CloudSimulator
import Foundation
import Hummingbird
import HummingbirdTesting
import OpenStackClient
import SandboxServer
import ServerGroupsCore
import Testing

/// The client over a real socket: `sgtutor serve`'s application on 127.0.0.1 and the AsyncHTTPClient transport.
@Suite struct LoopbackTests {
  @Test func theClientWorksOverARealSocketAndNamesTLSFailures() async throws {
    let sandbox = try await ContractHarness.sandbox()
    let app = buildApplication(
      sandbox: sandbox, address: SandboxAddress(host: "127.0.0.1", port: 0))
    try await app.test(.live) { client in
      let port = try #require(client.port)
      let http = try AsyncHTTPTransport(settings: AsyncHTTPTransport.Settings())
      let root = "http://127.0.0.1:\(port)"
      let outcome = await Result { () async throws -> Void in
        let nova = NovaClient(
          config: ContractHarness.participantConfig(root: root), transport: http.transport)
        let description = try await nova.describe()
        #expect(
          description.maxMicroversion
            == Microversion(parsing: ContractHarness.region.maxMicroversion))
        let group = try await nova.createServerGroup(
          ServerGroupCreateRequest(name: "web", policy: .antiAffinity))
        let first = try await nova.boot("web-1", group: group.id)
        let second = try await nova.boot("web-2", group: group.id)
        #expect(first.status == .active && second.status == .active)
        #expect(first.hostID != second.hostID)
        #expect(try await nova.showServerGroup(group.id).members.count == 2)
        #expect(
          await failure {
            _ = try await nova.showServerGroup("0b5d9a3e-6c1f-4e7a-9d2b-3c4e5f607182")
          }
            == .serverGroupNotFound("0b5d9a3e-6c1f-4e7a-9d2b-3c4e5f607182"))

        // TLS spoken to a plain HTTP port fails the handshake, and the message says what to set.
        let tls = NovaClient(
          config: ContractHarness.participantConfig(root: "https://127.0.0.1:\(port)"),
          transport: http.transport)
        let error = await failure { _ = try await tls.describe() }
        #expect(
          error?.message.hasPrefix(
            "the TLS handshake with the identity service (Keystone) at https://127.0.0.1:\(port) failed"
          ) == true)
        #expect(error?.message.contains(ContractHarness.participantPassword) == false)
      }
      await http.shutdown()
      try outcome.get()
    }
  }

  @Test func aPortWithNothingListeningIsUnreachable() async throws {
    let http = try AsyncHTTPTransport(
      settings: AsyncHTTPTransport.Settings(connectTimeoutSeconds: 5))
    let nova = NovaClient(
      config: ContractHarness.participantConfig(root: "http://127.0.0.1:1"),
      transport: http.transport)
    let error = await failure { _ = try await nova.describe() }
    await http.shutdown()
    #expect(
      error?.message.hasPrefix(
        "cannot reach the identity service (Keystone) at http://127.0.0.1:1 (") == true,
      "\(String(describing: error))")
  }

  @Test func anUnknownHostIsADNSFailure() async throws {
    let http = try AsyncHTTPTransport(
      settings: AsyncHTTPTransport.Settings(connectTimeoutSeconds: 5))
    let nova = NovaClient(
      config: ContractHarness.participantConfig(root: "http://sgtutor-no-such-host.invalid"),
      transport: http.transport)
    let error = await failure { _ = try await nova.describe() }
    await http.shutdown()
    #expect(
      error?.message.hasPrefix(
        "cannot find the host sgtutor-no-such-host.invalid of the identity service (Keystone)")
        == true, "\(String(describing: error))")
  }
}

extension Result where Failure == any Error {
  /// Runs `body` and keeps its outcome, so clean-up can run before a failure is rethrown.
  init(catching body: () async throws -> Success) async {
    do {
      self = .success(try await body())
    } catch {
      self = .failure(error)
    }
  }
}
