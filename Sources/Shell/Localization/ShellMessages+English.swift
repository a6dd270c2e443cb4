extension ShellMessages {
  /// English, the fallback: every id has a text here (the switch is exhaustive). The `usage…` texts are
  /// ArgumentParser's own wording, which the other languages' texts are matched against.
  static func english(_ id: ShellMessageID) -> String {
    switch id {
    case .usageUnexpectedArgument: "Unexpected argument '{1}'"
    case .usageUnexpectedArguments: "{1} unexpected arguments: '{2}'"
    case .usageUnknownOption: "Unknown option '{1}'"
    case .usageUnknownOptionSuggestion: "Unknown option '{1}'. Did you mean '{2}'?"
    case .usageMissingValue: "Missing value for '{1}'"
    case .usageMissingArgument: "Missing expected argument '{1}'"
    case .usageMissingOneOf: "Missing one of: '{1}'"
    case .usageInvalidValue: "The value '{1}' is invalid for '{2}'{3}"
    case .usageTakesNoValue: "The option '{1}' does not take any value, but '{2}' was specified."
    case .usageChoices: ". Please provide one of {1}."
    case .choicesOr: "{1} or {2}"
    case .choicesAnd: "{1} and {2}"
    case .usageKeyValue: "argument {1}: Expected 'key=value' type, but got: {2}"
    case .seeHelp: "{1} (see 'help {2}')"
    case .policyIsAnOption: "{1}: the policy is an option, write --policy {2}"
    case .adminHint: "this needs admin; type `set role admin` (and `set role member` to go back)"
    case .prefixError: "error: "
    case .prefixNote: "note: "
    case .prefixWarning: "warning: "
    case .prefixHint: "hint: "
    case .unbalancedQuote: "unbalanced {1} quote: close it (names with spaces go in quotes: \"DB Cluster\")"
    case .unknownCommand: "unknown command '{1}'.{2}"
    case .unknownCommandHelp: " Type 'help' for the list of commands."
    case .didYouMean: " Did you mean '{1}'?"
    case .lineTooLong: "the line is {1} characters long; the shell takes lines of up to {2} characters"
    case .controlCharacter: "the line holds a control character (U+{1}); type plain text"
    case .invalidUTF8: "the line holds bytes that are not UTF-8 text; type plain text"
    case .simulatorOnly: "'{1}' works only on the simulator: a real cloud does not offer this."
    case .bannerSimulator:
      """
      sgtutor shell: the openstack CLI's server commands on a simulated cloud ('hosts' draws it).
      Try: server group create "DB Cluster" --policy anti-affinity. Type 'help' for more, 'quit' to leave.

      """
    case .bannerRealCloud:
      """
      sgtutor shell: the openstack CLI's server commands on a real cloud ('hosts' draws your servers' hosts).
      Servers are real and may cost money; 'cleanup' deletes what sgtutor made. Type 'help' for more, 'quit' to leave.

      """
    case .hostFailed: "{1} is DOWN: its servers are unreachable, and new servers skip it (ComputeFilter)."
    case .hostRecovered: "{1} is UP again and takes new servers."
    case .hostDisabled: "{1} is disabled: its servers keep running, but the scheduler sends it no new servers."
    case .hostEnabled: "{1} is enabled again."
    case .hostFilled: "{1} is full: load from outside the project uses up its room, so nothing more fits (placement)."
    case .hostDrained: "{1} has its room back."
    case .hostEvacuated: "{1} is evacuated."
    case .evacuatedNothing: "{1} had no servers to evacuate."
    case .evacuatedHeader: "Evacuated {1}:"
    case .evacuatedMoved: "{1}: {2} -> {3}"
    case .evacuatedStuck: "{1}: no host qualified; it is ERROR and stays on {2}"
    case .explainHard: "{1} (hard: a rule)"
    case .explainSoft: "{1} (soft: a preference)"
    case .explainTry: "Try: server group create --policy {1}{2} NAME"
    case .explainAffinity1:
      "Every server of the group goes on the same host. The first member may land on any host; from then on ServerGroupAffinityFilter keeps only the hosts that already hold a member."
    case .explainAffinity2:
      "When that host is full, down or disabled, the next member is not placed elsewhere: it goes to ERROR with 'No valid host was found. There are not enough hosts available.' Members of an affinity group cannot be migrated either."
    case .explainAffinity3:
      "Use it for servers that talk to each other a lot. It is also openstackclient's default when --policy is left out."
    case .explainAntiAffinity1:
      "No two servers of the group share a host. ServerGroupAntiAffinityFilter rules out every host that already holds max_server_per_host members (1 unless --rule max_server_per_host=N says otherwise, microversion 2.64)."
    case .explainAntiAffinity2:
      "{1} goes to ERROR with 'No valid host was found. There are not enough hosts available.' A multi-create (--min/--max) that does not fit fails as a whole."
    case .explainAntiAffinity3:
      "Use it so that one host failure takes down only one replica of a database or a web tier."
    case .explainFullHosts: "With {1} hosts and the default rule, member {2}"
    case .explainFullOneHost: "With 1 host and the default rule, member 2"
    case .explainFullUnknown:
      "With the default rule, once every host that can take one holds a member, the next member"
    case .explainSoftAffinity1:
      "Servers of the group prefer the host that holds most of them, but any host may be used. ServerGroupSoftAffinityWeigher adds weight to hosts with members; no filter rules a host out, so the group never causes an ERROR."
    case .explainSoftAffinity2:
      "The preference competes with the other weighers (free RAM, vCPU, disk), so members can still spread while hosts differ in free capacity. Rules are refused: 'Only anti-affinity policy supports rules.'"
    case .explainSoftAntiAffinity1:
      "Servers of the group prefer hosts that hold fewest of them, but may share a host when they must. ServerGroupSoftAntiAffinityWeigher takes weight away from hosts with members; no filter rules a host out."
    case .explainSoftAntiAffinity2:
      "With more members than hosts they double up instead of failing. Rules are refused here too: 'Only anti-affinity policy supports rules.' (max_server_per_host works only with anti-affinity)."
    case .compareTitle: "The four policies side by side:"
    case .comparePolicy: "policy"
    case .compareKind: "kind"
    case .compareNext: "the {1} member on {2} hosts"
    case .compareNextUnknown: "the N+1th member on N hosts"
    case .compareFailure: "one host fails"
    case .compareHard: "hard"
    case .compareSoft: "soft"
    case .compareAffinityNext: "same host, or ERROR when full"
    case .compareAffinityFailure: "every member"
    case .compareAntiAffinityNext: "ERROR: no valid host"
    case .compareAntiAffinityFailure: "one member"
    case .compareSoftAffinityNext: "same host while it has room"
    case .compareSoftAffinityFailure: "most or all"
    case .compareSoftAntiAffinityNext: "doubles up on a host"
    case .compareSoftAntiAffinityFailure: "one or two"
    case .compareFooter:
      "Hard policies are filters: a host that breaks the rule is never used, so a member may go to ERROR. Soft policies are weighers: they only prefer hosts, and never refuse one. `explain POLICY` tells more about one."
    case .reasonDisabled: "its compute service is disabled, so placement does not offer it"
    case .reasonNoRoom:
      "not enough room for {1} (needs {2} vCPU, {3} MB RAM, {4} GB disk; free {5} vCPU, {6} MB, {7} GB)"
    case .reasonEvacuated: "it is the host being evacuated: the server is moving away from it because it is down"
    case .reasonNotRequested: "the request names another host"
    case .reasonDown: "the host is down: its compute service is not reporting"
    case .reasonHoldsMember: "already holds 1 member of {1}, max {2}"
    case .reasonHoldsMembers: "already holds {1} members of {2}, max {3}"
    case .reasonAffinityElsewhere: "holds no member of {1}; affinity keeps every member on {2}"
    case .reasonCapabilityFound: "the flavor's extra spec `{1}` asks for `{2}`; the host has `{3}`"
    case .reasonCapabilityMissing: "the flavor's extra spec `{1}` asks for `{2}`; the host reports no such capability"
    case .reasonImage: "the image asks for {1}; the host offers {2}, version {3}"
    case .equivalentOn:
      "equivalent is on: after each command you will see the openstack command and the REST calls behind it."
    case .equivalentOff: "equivalent is off."
    case .roleAdmin:
      "You now see the simulated cloud as its admin: host names, every project, hypervisor list. `set role member` goes back."
    case .roleMember: "You now see the simulated cloud as a member of your project, as most users of a real cloud do."
    case .roleRealCloud:
      "only the simulator lets you change role; on a real cloud your roles are what Keystone gave you"
    case .resetQuestion: "This deletes every server and group you made and brings back all hosts. Reset? [y/N]"
    case .resetDeclined: "Nothing was reset."
    case .resetDone: "The simulated cloud is back to its starting state."
    case .equivalentNone: "equivalent: none (a command of sgtutor's own; the openstack CLI has no such command)"
    case .equivalentSimulatorOnly: "equivalent: none (simulator only). {1}"
    case .realWorldFail: "On a real cloud a host fails on its own; nova-compute then reports DOWN."
    case .realWorldDisable: "An administrator runs 'openstack compute service set --disable HOST nova-compute'."
    case .realWorldEnable: "An administrator runs 'openstack compute service set --enable HOST nova-compute'."
    case .realWorldFill: "On a real cloud other projects' servers fill a host."
    case .realWorldEvacuate:
      "An administrator runs 'openstack server evacuate SERVER' for each server of the failed host."
    case .realWorldReset: "A real cloud cannot be reset; delete what you created instead."
    case .consentNoTerminal:
      "sgtutor does not create servers on a real cloud without asking, and there is no terminal to ask on: run it on a terminal, or add --yes to 'sgtutor run' to agree in advance (remove them afterwards with the shell's 'cleanup')"
    case .consentDeclined: "no server was created: you answered no. Ask again by repeating the command."
    case .consentAbout: "sgtutor is about to create {1} servers of flavor {2} on the real cloud {3}."
    case .consentAboutOne: "sgtutor is about to create 1 server of flavor {1} on the real cloud {2}."
    case .consentQuota: "The project uses {1} of {2} instances and {3} of {4} vCPUs."
    case .consentCost:
      "Real servers may cost money. Each one is marked created-by=sgtutor; 'cleanup' deletes exactly those."
    case .consentAsk: "Create servers in this session? [y/N] "
    case .networkQuestion:
      "Several networks are available: {1}. Attach the server to which one? (a name, or none) "
    case .networkNoneChosen:
      "no server was created: no network was chosen (choose one of {1}, or none; --network NAME names it on the command line)"
    case .networkUnknown:
      "no server was created: there is no network {1} (choose one of {2}, or none; --network NAME names it on the command line)"
    case .ledgerUnwritten: "sgtutor could not write its list of server groups at {1}: {2}"
    case .groupNotInLedger:
      "server group {1} was created ({2}), but {3}; 'cleanup' will not delete it: use 'server group delete {2}'"
    case .cleanupOnSimulator: "cleanup is for real clouds; on the simulator, 'reset' starts afresh."
    case .cleanupNothing: "Nothing to clean up: no server or server group made by sgtutor is left."
    case .cleanupDeletedServer: "Deleted server {1} ({2})"
    case .cleanupDeletedGroup: "Deleted server group {1} ({2})"
    case .cleanupServerFailed: "Could not delete server {1} ({2}): {3}"
    case .cleanupGroupFailed: "Could not delete server group {1} ({2}): {3}"
    case .instructorMessage: "Message from your instructor: {1}"
    case .hintNameNote:
      "the real openstack CLI passes --hint group={1} to Nova as typed, and Nova refuses a name there (it wants the group's UUID). On a real cloud use --hint group={2} or --server-group {3}. The shell used the UUID for you."
    case .evacuateNotFollowed: "sgtutor does not follow the rebuild on a real cloud: see it with 'server show'."
    case .evacuateStopped:
      "The server is {1} on its new host (microversion 2.95 and later stop an evacuated server): 'openstack server evacuate --wait' would wait for ACTIVE until interrupted."
    }
  }
}
