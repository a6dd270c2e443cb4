import ServerGroupsCore

/// What a command hands back instead of printing: values to render, and what the REPL should do next.
package struct CommandResult: Sendable {
  package var outputs: [Output]
  /// True when the command reports a failure without throwing (`1 of 2 server groups failed to delete.`).
  package var failed: Bool
  /// True when servers may have moved, so the placement diagram is due.
  package var changesPlacement: Bool
  /// True for `quit` and `exit`.
  package var quits: Bool
  /// What a tutor command asks of the tutor (`next`, `hint`, …); the REPL passes it on.
  package var tutor: TutorRequest?
  /// A question to ask before doing something that cannot be undone, and the line to run on yes (`reset`).
  package var confirm: (question: String, line: String, declined: String)?

  package init(
    _ outputs: [Output] = [], failed: Bool = false, changesPlacement: Bool = false, quits: Bool = false,
    tutor: TutorRequest? = nil, confirm: (question: String, line: String, declined: String)? = nil
  ) {
    self.confirm = confirm
    self.outputs = outputs
    self.failed = failed
    self.changesPlacement = changesPlacement
    self.quits = quits
    self.tutor = tutor
  }

  /// A result with nothing to show.
  package static let empty = CommandResult()
}

/// One thing to show. Rendering happens in `OutputRenderer`, the only place that turns these into text.
package enum Output: Sendable {
  /// A cliff list (`ID | Name | Policy`).
  case listing(Listing, FormatOptions)
  /// A cliff show (`Field | Value`).
  case record(Record, FormatOptions)
  /// Plain lines for standard output.
  case text(String)
  /// A line for standard error (openstackclient logs per-item failures there).
  case error(String)
  /// A one-time explanation from the shell, not from openstackclient.
  case note(String)
  /// The hosts and their servers.
  case placement(Placement)
  /// The scheduler's reasons for one server, and the sentence that sums them up (`PlacementExplainer.why`).
  case trace(SchedulingTrace, why: String)
  /// What a policy means.
  case policy(Policy, hosts: Int?)
  /// What happened to each server of an evacuated host.
  case evacuation(host: String, [EvacuationOutcome])
  /// A help screen.
  case help(String)
}
