import Foundation
import OpenStackClient
import OpenStackWire
import ServerGroupsCore
import Testing

/// Every way a call can fail gives one line that names the service, says what to do, and shows no secret;
/// only safe requests are repeated, a bounded number of times.
@Suite struct FaultTests {
  static let url = TestCloud.compute + "/os-server-groups"

  /// One fault, as the transport produces it for `GET /os-server-groups`, and what the user gets.
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    /// The answers to each try (the last one repeats when the client tries more often).
    var answers: [Result<TransportResponse, TransportFailure>]
    var expected: CloudError
    /// How many times the request is sent.
    var tries: Int
    var sleeps: [Int] = []
    var testDescription: String { name }
  }

  static func status(_ code: Int, _ body: String = "", headers: [(String, String)] = []) -> Result<
    TransportResponse, TransportFailure
  > {
    .success(TransportResponse(status: code, headers: headers, body: Array(body.utf8)))
  }

  static let cases: [Case] = [
    Case(
      name: "DNS failure", answers: [.failure(.hostNotFound(host: "cloud.example"))],
      expected: .transport(
        "cannot find the host cloud.example of the compute service (Nova) (DNS lookup failed): check the URL in the configuration of cloud test (auth_url or the service catalog) and this machine's DNS"
      ),
      tries: 1),
    Case(
      name: "unreachable",
      answers: [.failure(.unreachable(host: "cloud.example:8774", detail: "connection refused"))],
      expected: .transport(
        "cannot reach the compute service (Nova) at https://cloud.example:8774 (connection refused): check that the cloud is up and that this machine can reach it (VPN, proxy, firewall)"
      ),
      tries: 1),
    Case(
      name: "TLS failure", answers: [.failure(.tls(detail: "certificate verify failed"))],
      expected: .transport(
        "the TLS handshake with the compute service (Nova) at https://cloud.example:8774 failed (certificate verify failed): set cacert in clouds.yaml (or OS_CACERT, --os-cacert) to the cloud's CA bundle; for a test cloud only, verify: false or --insecure"
      ),
      tries: 1),
    Case(
      name: "timeout", answers: [.failure(.timedOut(seconds: 60))],
      expected: .transport(
        "the compute service (Nova) did not answer GET \(url) within 60 s: the cloud may be overloaded; try again in a minute"
      ),
      tries: 1),
    Case(
      name: "dropped connection on a GET is retried, boundedly",
      answers: [.failure(.connectionClosed)],
      expected: .transport(
        "the compute service (Nova) closed the connection before answering GET \(url): try again; if it keeps happening, a proxy between you and the cloud may be cutting answers off"
      ),
      tries: 3, sleeps: [1, 2]),
    Case(
      name: "403 policy",
      answers: [
        status(
          403,
          #"{"forbidden": {"code": 403, "message": "Policy doesn't allow os_compute_api:os-server-groups:index to be performed."}}"#
        )
      ],
      expected: .policyRefused("os_compute_api:os-server-groups:index"), tries: 1),
    Case(
      name: "403 without a Nova body", answers: [status(403, "<html>Forbidden</html>")],
      expected: .forbidden(
        "the compute service (Nova) does not allow GET \(url) for this user (403): ask the project's administrator for the role it needs"
      ),
      tries: 1),
    Case(
      name: "404",
      answers: [
        status(
          404, #"{"itemNotFound": {"code": 404, "message": "The resource could not be found."}}"#)
      ],
      expected: .notFound("The resource could not be found."), tries: 1),
    Case(
      name: "409",
      answers: [
        status(
          409,
          #"{"conflictingRequest": {"code": 409, "message": "Cannot 'delete' instance while it is in task_state deleting"}}"#
        )
      ],
      expected: .conflict("Cannot 'delete' instance while it is in task_state deleting"), tries: 1),
    Case(
      name: "413 from a proxy", answers: [status(413, "<html>Request Entity Too Large</html>")],
      expected: .overLimit(
        status: 413,
        "the compute service (Nova) refused GET \(url) as too large or over a limit (413): ask for fewer resources at once",
        retryAfter: nil),
      tries: 1),
    Case(
      name: "429 with a short Retry-After is waited for",
      answers: [
        status(
          429, #"{"overLimit": {"code": 429, "message": "Rate limit exceeded."}}"#,
          headers: [("Retry-After", "2")]),
        status(200, #"{"server_groups": []}"#),
      ],
      expected: .unsupported("no error"), tries: 2, sleeps: [2]),
    Case(
      name: "429 with a long Retry-After is reported",
      answers: [
        status(429, "", headers: [("Retry-After", "120")])
      ],
      expected: .overLimit(
        status: 429,
        "the compute service (Nova) is limiting the rate of requests (429): try again in 120 s",
        retryAfter: 120),
      tries: 1),
    Case(
      name: "500",
      answers: [
        status(
          500,
          #"{"computeFault": {"code": 500, "message": "Unexpected API Error. Please report this at http://bugs.launchpad.net/nova/ and attach the Nova API log if possible."}}"#
        )
      ],
      expected: .other(
        status: 500,
        "Unexpected API Error. Please report this at http://bugs.launchpad.net/nova/ and attach the Nova API log if possible."
      ),
      tries: 1),
    Case(
      name: "500 without a Nova body", answers: [status(500, "Internal Server Error")],
      expected: .other(
        status: 500,
        "the compute service (Nova) failed with an internal error (500) on GET \(url): try again; if it persists, report it to the cloud's operators"
      ),
      tries: 1),
    Case(
      name: "503 is retried, boundedly", answers: [status(503, "<html>Service Unavailable</html>")],
      expected: .other(
        status: 503,
        "the compute service (Nova) is unavailable (503): it may be down for maintenance; try again later"
      ),
      tries: 3, sleeps: [1, 2]),
    Case(
      name: "truncated JSON", answers: [status(200, #"{"server_groups": [{"id": "5bb"#)],
      expected: .transport(
        "the compute service (Nova) answered GET \(url) (200) with a body that is not valid JSON, or was cut off: try again; if it persists, something between you and the cloud is changing its answers"
      ),
      tries: 1),
    Case(
      name: "malformed JSON", answers: [status(200, "<html>login page</html>")],
      expected: .transport(
        "the compute service (Nova) answered GET \(url) (200) with a body that is not valid JSON, or was cut off: try again; if it persists, something between you and the cloud is changing its answers"
      ),
      tries: 1),
    Case(
      name: "JSON of the wrong shape",
      answers: [status(200, #"{"server_groups": [{"id": "x", "name": "web"}]}"#)],
      expected: .transport(
        "the compute service (Nova) answered GET \(url) with a body sgtutor cannot read (missing key `server_group.policies`): this cloud's API may be older or newer than sgtutor expects"
      ),
      tries: 1),
  ]

  @Test(arguments: cases)
  func eachFaultGivesOneClearLine(_ fault: Case) async throws {
    var steps = [TestCloud.login(), TestCloud.discovery()]
    for index in 0..<fault.tries {
      let answer = fault.answers[min(index, fault.answers.count - 1)]
      steps.append(Step(method: "GET", url: Self.url, answer: answer))
    }
    let transport = ScriptedTransport(steps)
    let sleeps = SleepLog()
    let client = TestCloud.client(transport, sleeps: sleeps)
    do {
      _ = try await client.listServerGroups(ServerGroupListQuery())
      #expect(fault.expected == .unsupported("no error"), "expected \(fault.expected)")
    } catch let error as CloudError {
      #expect(error == fault.expected)
      #expect(!error.message.contains("\n"))
      #expect(!error.message.contains(TestCloud.password))
      #expect(!error.message.contains(TestCloud.subjectToken))
    }
    #expect(transport.remaining == 0, "tries")
    #expect(sleeps.all == fault.sleeps)
  }

  @Test func aPostIsNotRepeatedAfterADroppedConnectionOrA502() async throws {
    for answer in [
      Result<TransportResponse, TransportFailure>.failure(.connectionClosed),
      Self.status(502, "Bad Gateway"),
    ] {
      let transport = ScriptedTransport([
        TestCloud.login(), TestCloud.discovery(),
        Step(method: "POST", url: Self.url, answer: answer),
      ])
      await #expect(throws: CloudError.self) {
        try await TestCloud.client(transport).createServerGroup(
          ServerGroupCreateRequest(name: "web", policy: .affinity))
      }
      #expect(transport.remaining == 0)
    }
  }

  @Test func aPostIsRepeatedAfter503AndAfter429() async throws {
    let transport = ScriptedTransport([
      TestCloud.login(), TestCloud.discovery(),
      Step(method: "POST", url: Self.url, answer: Self.status(503, "")),
      Step(
        method: "POST", url: Self.url, answer: Self.status(429, "", headers: [("Retry-After", "1")])
      ),
      .ok("POST", Self.url, fixture: "server-group-2.64"),
    ])
    let sleeps = SleepLog()
    _ = try await TestCloud.client(transport, sleeps: sleeps).createServerGroup(
      ServerGroupCreateRequest(
        name: "web", policy: .antiAffinity, rules: Rules(maxServerPerHost: 2)))
    #expect(sleeps.all == [1, 1])
  }

  @Test func keystoneFaultsNameKeystone() async throws {
    let transport = ScriptedTransport([
      Step(
        method: "POST", url: TestCloud.authURL + "/auth/tokens",
        answer: .failure(.unreachable(host: "cloud.example:5000", detail: "connection refused")))
    ])
    await #expect(
      throws: CloudError.transport(
        "cannot reach the identity service (Keystone) at https://cloud.example:5000 (connection refused): check that the cloud is up and that this machine can reach it (VPN, proxy, firewall)"
      )
    ) { try await TestCloud.client(transport).describe() }

    let wrongURL = ScriptedTransport([
      .ok("POST", TestCloud.authURL + "/auth/tokens", status: 404, body: "Not Found")
    ])
    await #expect(
      throws: CloudError.notFound(
        "there is no Keystone v3 token API at https://cloud.example:5000/v3 (404): check auth_url (it usually ends in /v3 or /identity/v3)"
      )
    ) { try await TestCloud.client(wrongURL).describe() }
  }

  @Test func dryRunPrintsChangesWithoutTheTokenAndSendsReads() async throws {
    let shown = NoteLog()
    let inner = ScriptedTransport([TestCloud.login(), TestCloud.discovery()])
    let transport = DryRunTransport.wrap(inner.transport) { shown.append($0) }
    let client = NovaClient(
      config: TestCloud.config(), transport: transport, now: { TestCloud.issued })
    await #expect(throws: CloudError.unsupported("dry run: the request above was not sent")) {
      try await client.createServerGroup(
        ServerGroupCreateRequest(name: "web", policy: .antiAffinity))
    }
    #expect(
      shown.all == [
        """
        POST \(Self.url)
        OpenStack-API-Version: compute 2.64
        {"server_group": {"name": "web", "policy": "anti-affinity"}}
        """
      ])
    #expect(!shown.all.joined().contains(TestCloud.subjectToken))
  }

  @Test func secretsNeverAppearInDescriptions() {
    let config = TestCloud.config(
      auth: .applicationCredential(
        id: "ac", name: nil, user: nil, secret: Secret("app-cred-SECRET")))
    #expect(!"\(config)".contains("app-cred-SECRET"))
    #expect(!String(reflecting: Secret(TestCloud.password)).contains(TestCloud.password))
    let request = TransportRequest(
      method: "GET", url: "https://x/", headers: [("X-Auth-Token", TestCloud.subjectToken)])
    #expect(!DryRunTransport.describe(request).contains(TestCloud.subjectToken))
  }
}
