import Foundation
import TestSupport
import Testing

/// The tutor's command line on pipes: `sgtutor lessons`, `--lesson`, `--lang`, and where the lessons come from.
extension PipeTests {
  /// A private state folder, so progress never lands in a shared place.
  private func withState<T>(_ body: ([String: String]) throws -> T) throws -> T {
    let state = FileManager.default.temporaryDirectory.appendingPathComponent("sgtutor-pipe-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: state) }
    return try body(["XDG_STATE_HOME": state])
  }

  @Test func lessonsListsEveryLessonWithItsMark() throws {
    let run = try withState { try sgtutor(["lessons"], environment: $0) }
    #expect(run.status == 0)
    #expect(run.stdout.hasPrefix("Lessons:\n  · 1. Meet the cloud\n  · 2. Create \"DB Cluster\" with anti-affinity\n"))
    #expect(run.stdout.contains("  · 9. "))
  }

  @Test func lessonOptionOpensItAndTheLessonHookChecksEachCommand() throws {
    let run = try withState {
      try sgtutor(
        ["--lesson", "2"],
        input: "server group create --policy anti-affinity \"DB Cluster\" -f value -c policy\nprogress\n",
        environment: $0)
    }
    #expect(run.status == 0)
    #expect(run.stderr == "")
    #expect(!run.stdout.contains("Welcome"))
    #expect(run.stdout.contains("anti-affinity\n\n✓ Step 1 of 2 done."))
    #expect(run.stdout.contains("2. Create \"DB Cluster\" with anti-affinity: 1 of 2 steps"))
  }

  @Test(arguments: [(["--lang", "nb"], [String: String]()), ([], ["LANG": "nb_NO.UTF-8"]), ([], ["LC_ALL": "nb_NO"])])
  func norwegianFromTheFlagOrTheLocale(_ arguments: [String], _ locale: [String: String]) throws {
    let run = try withState { try sgtutor(["lessons"] + arguments, environment: $0.merging(locale) { $1 }) }
    #expect(run.status == 0)
    #expect(run.stdout.hasPrefix("Leksjoner:\n"))
  }

  @Test func anUnknownLanguageIsOneError() throws {
    let run = try sgtutor(["lessons", "--lang", "sv"])
    #expect(run.status != 0)
    #expect(run.stderr.contains("--lang must be en or nb, not 'sv'"))
  }

  @Test func lessonsThatCannotBeFoundAreOneLine() throws {
    let run = try sgtutor([], environment: ["SGTUTOR_LESSONS": "/nonexistent/lessons"])
    #expect(run.status == 1)
    #expect(run.stderr == "sgtutor: SGTUTOR_LESSONS is /nonexistent/lessons, which is not a folder\n")
    #expect(run.stdout == "")
  }
}
