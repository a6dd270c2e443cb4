// The cost of one boot as the region grows, as ratios against named baselines measured in the same run.
// Run with `make bench` (release build). Figures go to docs/performance.md.
import CloudSimulator
import Foundation
import ServerGroupsCore

/// Monotonic nanoseconds.
func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

/// A region of `count` large, equal hosts and no quotas, so a 1,000-member group fits at every size.
func region(hosts count: Int) -> RegionSpec {
  var region = RegionSpec.standard
  region.hosts = (1...count).map {
    HostSpec(name: "c\($0)", vcpus: 64, memoryMB: 262_144, reservedMemoryMB: 512, diskGB: 10_000, cpuAllocationRatio: 4)
  }
  region.quotas = QuotaSpec(instances: -1, cores: -1, ramMB: -1, serverGroups: -1, serverGroupMembers: -1)
  return region
}

func tiny(_ name: String, group: ServerGroupID?) -> ServerCreateRequest {
  ServerCreateRequest(name: name, flavorID: "1", imageID: nil, networks: .none, group: group)
}

/// Baseline: one pass over the scheduler's host table reading every host's free RAM: the least any
/// placement that looks at every host can cost.
func scanBaseline(hosts count: Int, rounds: Int) -> Double {
  let table = (0..<count).map { HostState(freeVCPUs: 256, freeRAMMB: 261_632 - $0 % 7, freeDiskGB: 10_000) }
  var sink = 0
  let start = now()
  for round in 0..<rounds {
    var best = 0
    for index in table.indices where table[index].freeRAMMB > best && table[index].isUp {
      best = table[index].freeRAMMB &+ round
    }
    sink &+= best
  }
  let elapsed = now() - start
  if sink == 42 { print("") }
  return Double(elapsed) / Double(rounds) / 1000
}

/// Mean µs per boot into a soft-anti-affinity group that already has `members` members.
func bootCost(hosts count: Int, members: Int, boots: Int) async throws -> Double {
  let cloud = SimulatedCloud(region: region(hosts: count), seed: 1)
  let group = try await cloud.createServerGroup(ServerGroupCreateRequest(name: "big", policy: .softAntiAffinity))
  for index in 0..<members { _ = try await cloud.createServers(tiny("m\(index)", group: group.id)) }
  let start = now()
  for index in 0..<boots { _ = try await cloud.createServers(tiny("b\(index)", group: group.id)) }
  return Double(now() - start) / Double(boots) / 1000
}

/// Mean µs per boot with no group at all.
func plainBootCost(hosts count: Int, boots: Int) async throws -> Double {
  let cloud = SimulatedCloud(region: region(hosts: count), seed: 1)
  let start = now()
  for index in 0..<boots { _ = try await cloud.createServers(tiny("p\(index)", group: nil)) }
  return Double(now() - start) / Double(boots) / 1000
}

func format(_ value: Double) -> String { String(format: "%.1f", value) }

// `--profile N`: only N boots into a soft-anti-affinity group on 10,000 hosts, to profile (`perf record -e
// cpu-clock`; valgrind 3.19 crashes on Swift 6.3 binaries); the difference between two values of N is what
// those extra boots cost.
if let flag = CommandLine.arguments.firstIndex(of: "--profile"), flag + 1 < CommandLine.arguments.count,
  let count = Int(CommandLine.arguments[flag + 1])
{
  let cloud = SimulatedCloud(region: region(hosts: 10_000), seed: 1)
  let group = try await cloud.createServerGroup(ServerGroupCreateRequest(name: "p", policy: .softAntiAffinity))
  for index in 0..<count { _ = try await cloud.createServers(tiny("p\(index)", group: group.id)) }
  print("\(count) boots")
  exit(0)
}

// `--decide N`: the scheduler alone (no actor, no validation, no record), N decisions for one server into a
// soft-anti-affinity group with members on 4,000 of 10,000 hosts; prints µs per decision, for profiling.
if let flag = CommandLine.arguments.firstIndex(of: "--decide"), flag + 1 < CommandLine.arguments.count,
  let count = Int(CommandLine.arguments[flag + 1])
{
  let spec = region(hosts: 10_000)
  let scheduler = Scheduler(spec: spec.scheduler, hosts: spec.hosts)
  var hosts = spec.hosts.map(HostState.init)
  var members: [Int: Int] = [:]
  let size = ServerSize(vcpus: 1, ramMB: 512, diskGB: 1, flavorName: "m1.tiny")
  for index in 0..<4_000 {
    hosts[index].consume(size)
    members[index] = 1
  }
  let group = GroupContext(
    summary: GroupSummary(id: ServerGroupID("g"), name: "g", policy: .softAntiAffinity, maxServerPerHost: nil),
    membersOnHost: members)
  let names = spec.hosts.map(\.name)
  var sink = 0
  let start = now()
  for _ in 0..<count {
    let result = scheduler.schedule(ScheduleRequest(size: size, group: group), hosts: hosts, names: names)
    sink &+= result.chosen.first.flatMap { $0 } ?? 0
  }
  print("\(format(Double(now() - start) / Double(count) / 1000)) µs per decision (chose \(sink / count))")
  exit(0)
}

let quick = CommandLine.arguments.contains("--quick")
let sizes = [100, 1_000, 10_000]
let boots = quick ? 50 : 300
print("sgtutor scheduler benchmark (\(quick ? "quick" : "full"), release build)")
print("")
print(
  "| hosts | scan baseline ns | plain boot µs | boot into 1,000-member soft-anti-affinity group µs | group boot ÷ scan | group boot ÷ group boot at 100 hosts |"
)
print("|---:|---:|---:|---:|---:|---:|")
var first: Double?
for size in sizes {
  let scan = scanBaseline(hosts: size, rounds: 2_000)
  let plain = try await plainBootCost(hosts: size, boots: boots)
  let grouped = try await bootCost(hosts: size, members: quick ? 200 : 1_000, boots: boots)
  first = first ?? grouped
  print(
    "| \(size) | \(String(format: "%.0f", scan * 1000)) | \(format(plain)) | \(format(grouped)) | \(format(grouped / scan)) | \(format(grouped / (first ?? grouped))) |"
  )
}

// 100,000 boots into 10,000 groups of every policy on 10,000 hosts.
let manyBoots = quick ? 10_000 : 100_000
let manyGroups = quick ? 1_000 : 10_000
let cloud = SimulatedCloud(region: region(hosts: 10_000), seed: 2)
var groupIDs: [ServerGroupID] = []
for index in 0..<manyGroups {
  let policy = Policy.allCases[index % 4]
  groupIDs.append(try await cloud.createServerGroup(ServerGroupCreateRequest(name: "g\(index)", policy: policy)).id)
}
let start = now()
for index in 0..<manyBoots {
  _ = try await cloud.createServers(tiny("s\(index)", group: groupIDs[index % groupIDs.count]))
}
let total = Double(now() - start) / 1e9
// The create answer says BUILD, as Nova's does; a boot's outcome is the server's state once it settled.
let settled = try await cloud.listServers(ServerListQuery())
if settled.count != manyBoots {
  FileHandle.standardError.write(Data("sgtutor-bench: \(manyBoots) boots left \(settled.count) servers\n".utf8))
  exit(1)
}
let errors = settled.filter { $0.status == .error }.count
print("")
print(
  "\(manyBoots) boots into \(manyGroups) groups on 10,000 hosts: \(String(format: "%.2f", total)) s, "
    + "\(format(total * 1e6 / Double(manyBoots))) µs per boot, \(errors) ERROR")
