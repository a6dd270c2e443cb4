import CloudSimulator
import ServerGroupsCore
import Testing

/// The scheduler chooses from division-free estimates of the scores and computes Nova's exact scores (with the
/// division) only for hosts near the top. These properties check, on random regions built to tie and nearly tie,
/// that the choice and the trace's three best hosts are exactly those every host's exact score gives.
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
    let hosts = (0..<count).map { _ in
      HostState(
        freeVCPUs: [7, 8, 9, 1_000].randomElement(using: &random)!,
        freeRAMMB: [3_000, 3_001, 65_535, 65_536, 100_003].randomElement(using: &random)!,
        freeDiskGB: [10, 11, 30].randomElement(using: &random)!,
        ioOps: [0, 1, 3].randomElement(using: &random)!)
    }
    return (spec, hosts)
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
    var ties = 0
    for _ in 0..<400 {
      let (spec, hosts) = Self.region(&random)
      let names = hosts.indices.map { "h\($0)" }
      let request = ScheduleRequest(size: Self.tiny)
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
    // The regions are built to tie: the property was checked where ties decide.
    #expect(ties > 50)
  }
}
