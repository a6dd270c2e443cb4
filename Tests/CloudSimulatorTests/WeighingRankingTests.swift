import CloudSimulator
import ServerGroupsCore
import Testing

/// The scheduler weighs runs of consecutive surviving hosts with equal raw weights once, and the trace's digest
/// offers only a run's first three hosts. These properties check, on random regions built to tie, nearly tie and
/// repeat hosts, that the choice and the trace's three best hosts are exactly those every host's own exact score
/// gives (the full trace lists every host with its score).
@Suite struct WeighingRankingTests {
  static let tiny = ServerSize(vcpus: 1, ramMB: 512, diskGB: 1, flavorName: "m1.tiny")

  /// A region whose hosts take their free resources from a few close values, so many hosts tie and some differ
  /// by a unit, and multipliers that do not divide evenly (and 0, and negative ones).
  static func region(_ random: inout SeededGenerator) -> (spec: SchedulerSpec, hosts: [HostState]) {
    var spec = SchedulerSpec()
    let multipliers: [Double] = [0, 1, -1, 0.1, 1.0 / 3, 2.5, -0.7, 1e6, 3e-7]
    spec.ramWeightMultiplier = multipliers.randomElement(using: &random)!
    spec.cpuWeightMultiplier = multipliers.randomElement(using: &random)!
    spec.diskWeightMultiplier = multipliers.randomElement(using: &random)!
    spec.ioOpsWeightMultiplier = multipliers.randomElement(using: &random)!
    let count = Int.random(in: 2...60, using: &random)
    // Half the hosts repeat the one before them, so runs of equal hosts (some longer than three) are common.
    var hosts: [HostState] = []
    for _ in 0..<count {
      if let last = hosts.last, Bool.random(using: &random) {
        hosts.append(last)
        continue
      }
      hosts.append(
        HostState(
          freeVCPUs: [7, 8, 9, 1_000].randomElement(using: &random)!,
          freeRAMMB: [3_000, 3_001, 65_535, 65_536, 100_003].randomElement(using: &random)!,
          freeDiskGB: [10, 11, 30].randomElement(using: &random)!,
          ioOps: [0, 1, 3].randomElement(using: &random)!))
    }
    return (spec, hosts)
  }

  /// A request, into a soft group half the time, whose members sit on a random few hosts.
  static func request(hosts: Int, _ random: inout SeededGenerator) -> ScheduleRequest {
    guard Bool.random(using: &random) else { return ScheduleRequest(size: tiny) }
    let policy: Policy = Bool.random(using: &random) ? .softAffinity : .softAntiAffinity
    var members: [Int: Int] = [:]
    for _ in 0..<Int.random(in: 0...4, using: &random) {
      members[Int.random(in: 0..<hosts, using: &random), default: 0] += 1
    }
    let summary = GroupSummary(id: ServerGroupID("g"), name: "g", policy: policy, maxServerPerHost: nil)
    return ScheduleRequest(size: tiny, group: GroupContext(summary: summary, membersOnHost: members))
  }

  /// The three best hosts by score, earlier first on equal scores, from a full trace's exact scores.
  static func topThree(_ scored: [(host: String, score: Double)]) -> [String] {
    let ranked = scored.enumerated().sorted { left, right in
      left.element.score != right.element.score ? left.element.score > right.element.score : left.offset < right.offset
    }
    return ranked.prefix(3).map(\.element.host)
  }

  @Test func choiceAndDigestAgreeWithEveryHostsExactScore() {
    var random = SeededGenerator(seed: 2026)
    var (ties, longRuns) = (0, 0)
    for _ in 0..<400 {
      let (spec, hosts) = Self.region(&random)
      if hosts.indices.dropFirst(3).contains(where: { end in hosts[(end - 3)...end].allSatisfy { $0 == hosts[end] } }) {
        longRuns += 1
      }
      let names = hosts.indices.map { "h\($0)" }
      let request = Self.request(hosts: hosts.count, &random)
      // Every host's verdict and exact score, and the digest of the three best.
      let full = Scheduler(spec: spec, detailLimit: 1_000).schedule(request, hosts: hosts, names: names)
      let digest = Scheduler(spec: spec, detailLimit: 0).schedule(request, hosts: hosts, names: names)
      let scored: [(host: String, score: Double)] = full.decisions[0].verdicts.compactMap { verdict in
        verdict.score.map { (host: verdict.host, score: $0) }
      }
      #expect(scored.count == hosts.count)
      let best = scored.max { $0.score < $1.score }!.score
      let expected = scored.firstIndex { $0.score == best }!
      if scored.filter({ $0.score == best }).count > 1 { ties += 1 }
      #expect(full.chosen == [expected])
      #expect(digest.chosen == [expected])
      let shown = digest.decisions[0].verdicts.filter { $0.removedBy == nil }
      #expect(shown.map(\.host) == Self.topThree(scored))
      // The digest shows the same exact scores as the full trace.
      let byHost = Dictionary(uniqueKeysWithValues: scored.map { ($0.host, $0.score) })
      for verdict in shown { #expect(verdict.score == byHost[verdict.host]) }
    }
    // The regions are built to tie and repeat: the property was checked where ties and runs decide.
    #expect(ties > 50)
    #expect(longRuns > 50)
  }
}
