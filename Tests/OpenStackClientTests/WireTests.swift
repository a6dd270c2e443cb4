import OpenStackWire
import ServerGroupsCore
import Testing

/// The one route table and the request builders the client, the sandbox and `equivalent` share.
@Suite struct WireTests {
  static let routes: [NovaRoute] = [
    .listGroups, .createGroup, .showGroup("g-1"), .deleteGroup("g-1"), .listServers(detail: false),
    .listServers(detail: true), .createServer, .showServer("s-1"), .deleteServer("s-1"),
    .listFlavors(detail: false), .listFlavors(detail: true), .showFlavor("1"), .flavorExtraSpecs("1"),
    .flavorExtraSpec("1", "hw_cpu_policy"), .flavorAccess("1"), .limits, .listHypervisors(detail: false),
    .listHypervisors(detail: true), .showHypervisor("1"), .hypervisorUptime("1"), .aggregates, .listServices,
    .updateService("svc"), .availabilityZones(detail: false), .availabilityZones(detail: true), .keypairs,
    .tenantUsage(nil), .tenantUsage("p"), .quotaSet("p", detail: false, defaults: false),
    .quotaSet("p", detail: true, defaults: false), .quotaSet("p", detail: false, defaults: true),
    .updateQuotaSet("p"), .deleteQuotaSet("p"), .volumeAttachments("s-1"), .serverSecurityGroups("s-1"),
    .serverAction("s-1"),
  ]

  @Test(arguments: routes)
  func everyRouteTheClientBuildsIsTheRouteTheSandboxParses(_ route: NovaRoute) {
    let segments = route.path.split(separator: "/").map(String.init)
    #expect(NovaRoute(method: route.method, path: segments) == route)
  }

  @Test func anIDIsOneSegmentHoweverItIsSpelled() {
    #expect(NovaRoute.showServer("a/b c").path == "/servers/a%2Fb%20c")
    #expect(NovaRoute.deleteGroup("x").method == "DELETE")
    #expect(NovaRoute(method: "PATCH", path: ["servers"]) == nil)
  }

  @Test(arguments: [
    (
      CloudRequests.listServers(ServerListQuery()), "https://nova.example.com/compute/v2.1/",
      "https://nova.example.com/compute/v2.1/servers/detail"
    ),
    (CloudRequests.listImages, "https://glance.example.com:9292", "https://glance.example.com:9292/v2/images"),
    (CloudRequests.listNetworks, "https://neutron.example.com/v2.0", "https://neutron.example.com/v2.0/networks"),
    (
      CloudRequests.listServerGroups(ServerGroupListQuery(allProjects: true)), "http://controller:8774/v2.1",
      "http://controller:8774/v2.1/os-server-groups?all_projects=True"
    ),
  ])
  func requestURLsJoinTheEndpointAndThePath(_ request: WireRequest, _ endpoint: String, _ expected: String) {
    #expect(request.url(at: endpoint) == expected)
  }

  @Test func oneServerCreateBodyCarriesEveryHintAndCountsOnlyWhenAsked() throws {
    var request = ServerCreateRequest(
      name: "web", flavorID: "1", imageID: "img", networks: .none,
      group: "5bbcc3c4-1da2-4437-a48a-66f15b1b13f9", microversion: .v2_64)
    request.otherHints = [SchedulerHint(key: "same_host", value: "s-1")]
    let body = ServerCreateBody.body(request)
    #expect(body["server"]?["min_count"] == nil)
    #expect(body["os:scheduler_hints"]?["same_host"]?.stringValue == "s-1")
    // The sandbox reads back what the client wrote.
    #expect(try ServerCreateBody.parse(body, at: .v2_64) == request)
  }

  @Test func evacuateSendsOnSharedStorageOnlyBefore2_14AndQuotaUpdatesTheirKeysSorted() {
    let old = CloudRequests.evacuateServer(
      ServerID("s 1"), ServerEvacuateRequest(adminPass: "pw", sharedStorage: true, microversion: Microversion(2, 13)))
    #expect(old.method == "POST" && old.path == "/servers/s%201/action")
    #expect(
      old.body == .object([("evacuate", .object([("adminPass", .string("pw")), ("onSharedStorage", .bool(true))]))]))
    let new = CloudRequests.evacuateServer(
      ServerID("s-1"), ServerEvacuateRequest(host: "compute-3", microversion: Microversion(2, 29)))
    #expect(new.body == .object([("evacuate", .object([("host", .string("compute-3"))]))]))
    #expect(new.microversion == Microversion(2, 29))
    let update = CloudRequests.updateQuotaSet(["ram": 1024, "instances": 2], for: ProjectID("p"))
    #expect(update.method == "PUT" && update.path == "/os-quota-sets/p")
    #expect(update.body == .object([("quota_set", .object([("instances", .int(2)), ("ram", .int(1024))]))]))
    #expect(CloudRequests.quotaSet(ProjectID("p")).method == "GET")
  }
}
