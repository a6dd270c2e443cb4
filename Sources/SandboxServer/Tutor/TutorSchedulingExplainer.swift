import ServerGroupsCore

/// `why` in a browser session: the scheduler's record from the participant's region in the sandbox, for a server
/// the participant's own project can see (any other is as unknown as a made-up one). The shell's `why` and its
/// renderer stay the terminal's; only the record comes from here instead of from the simulator in process.
struct TutorSchedulingExplainer: SchedulingExplainer {
  let sandbox: Sandbox
  let user: Directory.User

  func schedulingTrace(for server: ServerID) async throws -> SchedulingTrace {
    let workshop = sandbox.workshop
    // Asked as the participant: Nova's visibility decides, so another project's server is "not found".
    let cloud = workshop.cloud(for: workshop.directory.caller(for: user))
    guard let explainer = cloud as? any SchedulingExplainer else {
      throw CloudError.notFound("No scheduling record for \(server.rawValue).")
    }
    return try await explainer.schedulingTrace(for: server)
  }
}
