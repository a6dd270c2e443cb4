import Shell
import Testing

/// The small habits of a patient teacher: the learner's own cloud can be seen as its admin, and refusals say how.
@Suite struct HabitsTests {
  @Test func theLearnerCanTakeTheAdminsViewAndGoBack() async {
    var shell = ShellHarness()
    let refused = await shell.line("hypervisor list")
    #expect(refused.outcome == .failed)
    #expect(refused.output.contains("stderr: hint: this needs the admin role; in the simulator type `set role admin`"))

    let switched = await shell.line("set role admin")
    #expect(switched.output.contains("You now see the simulated cloud as its admin"))
    let listed = await shell.line("hypervisor list -f value -c \"Hypervisor Hostname\"")
    #expect(listed.outcome == .succeeded)
    #expect(listed.output.contains("compute-1"))
    #expect(await shell.line("set").output.hasSuffix("role admin\n"))

    _ = await shell.line("set role member")
    #expect(await shell.line("hypervisor list").outcome == .failed)
    #expect(await shell.line("set").output.hasSuffix("role member\n"))
  }

  @Test func setRoleTakesOnlyAdminOrMember() async {
    var shell = ShellHarness()
    let wrong = await shell.line("set role root")
    #expect(wrong.outcome == .failed)
    #expect(wrong.output.contains("The value 'root' is invalid for '<admin|member>'"))
  }
}
