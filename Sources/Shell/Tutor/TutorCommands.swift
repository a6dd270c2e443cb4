import ArgumentParser
import LessonEngine

/// The tutor's commands in the shell. They only name a `TutorRequest`; the REPL's tutor carries it out, so they
/// parse, complete and show help like every other command.
package enum TutorCommands {
  /// Every tutor command, in the order `help` lists them.
  package static let all: [any ParsableCommand.Type] = [
    Lessons.self, LessonCommand.self, Next.self, Back.self, Hint.self, Goal.self, Solution.self, Skip.self,
    Progress.self, Sandbox.self,
  ]

  /// `lessons`
  package struct Lessons: TutorCommand {
    package static let configuration = CommandConfiguration(abstract: "List the lessons and what you have done.")
    package init() {}
    package var request: TutorRequest { .send(.listLessons) }
  }

  /// `lesson N`
  package struct LessonCommand: TutorCommand {
    package static let configuration = CommandConfiguration(
      commandName: "lesson", abstract: "Start lesson N, or go on where you left it.")
    @Argument(help: ArgumentHelp("The lesson's number, as 'lessons' lists it.", valueName: "number"))
    var number: Int
    package init() {}
    package var request: TutorRequest { .send(.openLesson(number)) }
  }

  /// `next`
  package struct Next: TutorCommand {
    package static let configuration = CommandConfiguration(abstract: "Go on to the next step when this one is done.")
    package init() {}
    package var request: TutorRequest { .send(.lesson(.next)) }
  }

  /// `back`
  package struct Back: TutorCommand {
    package static let configuration = CommandConfiguration(abstract: "Go back to the previous step.")
    package init() {}
    package var request: TutorRequest { .send(.lesson(.back)) }
  }

  /// `hint`
  package struct Hint: TutorCommand {
    package static let configuration = CommandConfiguration(abstract: "Show the step's next hint.")
    package init() {}
    package var request: TutorRequest { .send(.lesson(.hintRequested)) }
  }

  /// `goal`
  package struct Goal: TutorCommand {
    package static let configuration = CommandConfiguration(
      abstract: "Compare the cloud with the step's goal, condition by condition.")
    package init() {}
    package var request: TutorRequest { .goal }
  }

  /// `solution`
  package struct Solution: TutorCommand {
    package static let configuration = CommandConfiguration(
      abstract: "Show the step's solution, then ask before running it.")
    package init() {}
    package var request: TutorRequest { .send(.lesson(.solutionRequested)) }
  }

  /// `skip`
  package struct Skip: TutorCommand {
    package static let configuration = CommandConfiguration(
      abstract: "Have the step done for you and go on, so later steps still work.")
    package init() {}
    package var request: TutorRequest { .send(.lesson(.skip)) }
  }

  /// `progress`
  package struct Progress: TutorCommand {
    package static let configuration = CommandConfiguration(abstract: "Show how far you are in each lesson.")
    package init() {}
    package var request: TutorRequest { .send(.showProgress) }
  }

  /// `sandbox`
  package struct Sandbox: TutorCommand {
    package static let configuration = CommandConfiguration(
      abstract: "Leave the lesson to play freely; type it again to go back to the step.")
    package init() {}
    package var request: TutorRequest { .send(.toggleSandbox) }
  }
}

/// A tutor command: runs by handing its request to the REPL.
package protocol TutorCommand: ShellRunnable {
  /// What the tutor is to do.
  var request: TutorRequest { get }
}

extension TutorCommand {
  package static var origin: CommandOrigin { .session }

  package func run(_ ctx: inout ShellContext) async throws -> CommandResult { CommandResult(tutor: request) }
}
