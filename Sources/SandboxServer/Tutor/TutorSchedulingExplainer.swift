import ServerGroupsCore

/// `why` in a browser session: the scheduler's record from the participant's region in the sandbox, for a server
/// the participant's own project can see (any other is as unknown as a made-up one). The shell's `why` and its
/// renderer stay the terminal's; only the record comes from here instead of from the simulator in process.
struct TutorSchedulingExplainer: SchedulingExplainer {
  let sandbox: Sandbox
  let user: Directory.User

  func schedulingTrace(for server: ServerID) async throws -> SchedulingTrace {
    let workshop = sandbox.workshop
    // Nova's visibility for the participant decides first: another project's server is "not found".
    _ = try await workshop.cloud(for: workshop.directory.caller(for: user)).showServer(server)
    return try await workshop.entry(forProject: ProjectID(user.projectID)).region.controls.schedulingTrace(
      for: server)
  }
}
