import ServerGroupsCore

/// What the shell says about safety on a real cloud.
package enum RealCloudMessages {
  static let noConsentWithoutTerminal =
    "sgtutor does not create servers on a real cloud without asking, and there is no terminal to ask on: run it on a terminal, or add --yes to 'sgtutor run' to agree in advance (remove them afterwards with the shell's 'cleanup')"

  /// The group ledger's file could not be written.
  static func ledgerUnwritten(path: String, reason: String) -> String {
    "sgtutor could not write its list of server groups at \(path): \(reason)"
  }

  /// A group was created but could not be noted for `cleanup`.
  static func groupNotInLedger(name: String, id: String, problem: String) -> String {
    "server group \(name) was created (\(id)), but \(problem); 'cleanup' will not delete it: use 'server group delete \(id)'"
  }

  static let declined =
    "no server was created: you answered no. Ask again by repeating the command."

  /// The once-per-session question before the first server.
  static func question(
    cloud: String, count: Int, flavor: Flavor?, flavorID: FlavorID, limits: Limits?
  ) -> String {
    let size =
      flavor.map { "\($0.name) (\($0.vcpus) vCPU, \($0.ramMB) MB RAM, \($0.diskGB) GB disk)" }
      ?? flavorID.rawValue
    let plural = count == 1 ? "server" : "servers"
    var lines = [
      "sgtutor is about to create \(count) \(plural) of flavor \(size) on the real cloud \(cloud)."
    ]
    if let limits {
      lines.append(
        "The project uses \(limits.instancesUsed) of \(limits.maxInstances) instances and \(limits.coresUsed) of \(limits.maxCores) vCPUs."
      )
    }
    lines.append(
      "Real servers may cost money. Each one is marked created-by=sgtutor; 'cleanup' deletes exactly those."
    )
    lines.append("Create servers in this session? [y/N] ")
    return lines.joined(separator: "\n")
  }

  /// Asked when the project can use several networks and owns none of them.
  static func networkQuestion(_ names: [String]) -> String {
    "Several networks are available: \(names.joined(separator: ", ")). Attach the server to which one? (a name, or none) "
  }

  static func unknownNetwork(_ answer: String, _ names: [String]) -> String {
    "no server was created: \(answer.isEmpty ? "no network was chosen" : "there is no network \(answer)") (choose one of \(names.joined(separator: ", ")), or none; --network NAME names it on the command line)"
  }

  static let cleanupOnSimulator =
    "cleanup is for real clouds; on the simulator, 'reset' starts afresh."
  static let nothingToClean =
    "Nothing to clean up: no server or server group made by sgtutor is left."
}
