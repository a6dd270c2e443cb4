import CloudSimulator
import ServerGroupsCore
import Shell
import TestSupport
import Testing

/// Golden transcripts of whole sessions on a seeded simulator (re-record with RECORD_SNAPSHOTS=1).
@Suite struct TranscriptTests {
  @Test func antiAffinityFillsFourHostsThenFails() async {
    var shell = ShellHarness()
    let (transcript, status) = await shell.session([
      #"server group create "DB Cluster" --policy anti-affinity"#,
      "server create --flavor m1.small --image cirros --server-group \"DB Cluster\" --min 2 --max 2 db -c name -c status",
      #"server create --flavor m1.small --image cirros --server-group "DB Cluster" db-3 -f value -c name"#,
      #"server create --flavor m1.small --image cirros --hint group="DB Cluster" db-4 -f value -c name"#,
      #"server create --flavor m1.small --image cirros --hint group="DB Cluster" db-5 -f value -c name"#,
      "server list -c Name -c Status -c Networks",
      "why db-5",
      "server group list",
      "quit",
    ])
    #expect(status == 0)
    assertSnapshot(transcript, named: "anti-affinity-session")
  }

  @Test func serverGroupOutputFormats() async {
    var shell = ShellHarness()
    let (transcript, _) = await shell.session([
      "server group create web --policy anti-affinity --rule max_server_per_host=2",
      "server group create cache",
      "server group list --long",
      "server group list -f json",
      "server group list -f yaml",
      "server group list -f value",
      "server group list -f csv",
      "server group show web -f json",
      "server group show web -f yaml",
      "server group show web -f value",
      "server group show web -c name -c rules",
      "server group show web -c nosuch",
      "server group delete web cache",
      "server group list",
    ])
    assertSnapshot(transcript, named: "server-group-formats")
  }

  @Test func openstackclientErrors() async {
    var shell = ShellHarness()
    let (transcript, _) = await shell.session([
      "server group create web --policy affinity --rule max_server_per_host=2",
      "server group create web anti-affinity",
      "server group create web --rule max_server_per_host",
      "server group show missing",
      "server group create twin",
      "server group create twin",
      "server group show twin",
      "server group delete missing twin-not-there",
      "server create --flavor m1.tiny --image cirros --hint group=nosuch x",
      "server create --flavor m1.huge --image cirros x",
      "server create --flavor m1.tiny x",
      "server create --flavor m1.tiny --image cirros --min 3 --max 2 x",
      "server create --flavor m1.tiny --image cirros --nic none --network private x",
      "server group list --limit -1",
    ])
    assertSnapshot(transcript, named: "openstackclient-errors")
  }

  @Test func shellCommandsAndHostFailures() async {
    var shell = ShellHarness()
    let (transcript, _) = await shell.session([
      "server group create web --policy affinity -f value -c policy",
      "server create --flavor m1.medium --image cirros --server-group web web-1 -f value -c name",
      "server create --flavor m1.medium --image cirros --server-group web web-2 -f value -c name",
      "server create --flavor m1.medium --image cirros --server-group web web-3 -f value -c name",
      "why web-3",
      "set diagram off",
      "server create --flavor m1.tiny --image cirros loner -f value -c name",
      "set diagram on",
      "host disable compute-3",
      "host fail compute-2",
      "host fill compute-4",
      "hosts",
      "host drain compute-4",
      "host recover compute-2",
      "host enable compute-3",
      "reset",
      "y",
      "explain anti-affinity",
      "explain",
    ])
    assertSnapshot(transcript, named: "shell-commands")
  }

  @Test func equivalentShowsTheRealCommandAndRestCall() async {
    var shell = ShellHarness()
    let (transcript, _) = await shell.session([
      "equivalent on",
      "set diagram off",
      #"server group create "DB Cluster" --policy anti-affinity --rule max_server_per_host=2 -f value -c name"#,
      #"server create --flavor m1.tiny --image cirros --hint group="DB Cluster" db-1 -f value -c name"#,
      "hosts",
      "host fail compute-1",
      "equivalent",
    ])
    assertSnapshot(transcript, named: "equivalent")
  }

  @Test func equivalentOfServerEvacuateIsTheCLIsCommandAndItsActionAtTheCloudsHighestVersion() async throws {
    var shell = ShellHarness()
    _ = await shell.session(["set diagram off", "server create --flavor m1.tiny --image cirros db-1 -f value -c name"])
    let server = try #require(try await shell.cloud.listServers(ServerListQuery()).first)
    let host = try #require(await shell.cloud.hostSnapshots().first { $0.servers.contains(server.id) }?.name)
    let (transcript, _) = await shell.session([
      "host fail \(host)", "set role admin", "equivalent on", "server evacuate db-1 -f value -c status",
      "host evacuate \(host)",
    ])
    #expect(transcript.contains("equivalent: openstack server evacuate db-1 -f value -c status"))
    #expect(
      transcript.contains("  POST /v2.1/servers/\(server.id.rawValue)/action\n  OpenStack-API-Version: compute 2.75"))
    #expect(transcript.contains(#""evacuate": {}"#))
    // Prose is wrapped to the console's 80 columns: the sentence is checked with its line breaks as spaces.
    let prose = transcript.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(prose.contains("'openstack server evacuate SERVER' for each server of the failed host"))
  }

  @Test func serversFlavorsAndEvacuation() async {
    var shell = ShellHarness()
    let (transcript, _) = await shell.session([
      "set diagram off",
      "server group create pair --policy anti-affinity -f value -c name",
      "server create --flavor m1.small --image ubuntu-24.04 --network private --server-group pair p-1",
      "server create --flavor m1.small --image cirros --nic none --server-group pair p-2 -f value -c addresses",
      "server show p-1 -f json -c name -c status -c server_groups -c addresses",
      "server list --long",
      "flavor show m1.small",
      "flavor list --long -f csv",
      "server group list --max-items 0",
      "set diagram on",
      "host fail compute-1",
      "host evacuate compute-1",
      "server evacuate p-2",
      "set role admin",
      "server evacuate p-2 -f value -c status",
      "host fail compute-2",
      "server evacuate p-2 --host compute-3 -f value -c status -c fault",
      "server evacuate p-2 --wait -f value -c status -c OS-EXT-SRV-ATTR:host",
      "server evacuate p-1 --password x --shared-storage",
      "set role member",
      "server delete p-2 nosuch",
      "server delete p-1",
      "hypervisor list",
    ])
    assertSnapshot(transcript, named: "servers-and-evacuation")
  }

  @Test func helpScreens() async {
    var shell = ShellHarness()
    let (transcript, _) = await shell.session([
      "help", "help server group create", "server group list --help", "server group",
    ])
    assertSnapshot(transcript, named: "help")
  }

  @Test func coloursPinTheAnsiCodes() async {
    var shell = ShellHarness(colors: true)
    let (transcript, _) = await shell.session([
      "server group create web --policy anti-affinity -f value -c name",
      "server create --flavor m1.tiny --image cirros --server-group web --min 2 --max 2 w -f value -c name",
    ])
    assertSnapshot(transcript, named: "colours")
  }
}
