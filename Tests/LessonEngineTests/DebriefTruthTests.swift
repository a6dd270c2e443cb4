import CloudSimulator
import LessonEngine
import ServerGroupsCore
import Shell
import TestSupport
import Testing

/// Debriefs never state what the state contradicts: each step's debrief is rendered after the solution alone and
/// after each `wrong:` line followed by the solution, and every group it names in quotes must exist, unless the
/// step asks for that group to be gone.
@Suite struct DebriefTruthTests {
  typealias Host = LessonPlaythroughTests.Host

  @Test(arguments: Language.allCases, LessonPlaythroughTests.lessonNumbers)
  func debriefsAgreeWithTheState(_ language: Language, _ number: Int) async throws {
    let library = try LessonFixtures.library()
    let lesson = try #require(library.lesson(number: number, in: language))
    for (index, step) in lesson.steps.enumerated() where !step.isReading {
      for wrong in [nil] + step.wrongCommands.map(Optional.some) {
        var host = Host(cloud: SimulatedCloud(seed: 1))
        var progress = Progress()
        progress.current = Position(lesson: lesson.id, step: index)
        var tutor = Tutor(library: library, progress: progress, language: language)
        await tutor.perform(.openLesson(number), host: &host)
        try #require(tutor.run?.stepIndex == index)
        if let wrong {
          let line = wrong.render(state: await host.captureState(), language: language)
          _ = await host.type(line, tutor: &tutor)
        }
        host.shown = []
        for template in step.solution where tutor.run?.phase == .working {
          let line = template.render(state: await host.captureState(), language: language)
          _ = await host.type(line, tutor: &tutor)
        }
        guard host.shown.contains(.stepCompleted(step: index, outcome: .solved)) else { continue }
        let label = "\(lesson.path) step \(index + 1) after `\(wrong?.source ?? "the solution")`"
        let state = await host.captureState()
        let absent = step.checks.compactMap { check -> String? in
          if case .groupAbsent(let name) = check { name } else { nil }
        }
        for text in host.said {
          #expect(
            !text.contains(Messages.text(.unknownValue, in: language)), "\(label): unfilled in \(text)")
          for name in Self.quotedNames(in: text, language: language)
          where lesson.steps.contains(where: { $0.checks.contains { $0.groupName == name } })
            && !absent.contains(name)
          {
            #expect(state.group(named: name) != nil, "\(label): the debrief names \(name), which is gone: \(text)")
          }
        }
      }
    }
  }

  /// Names in the language's quotation marks: `"DB Cluster"` or `«DB Cluster»`.
  static func quotedNames(in text: String, language: Language) -> [String] {
    let (open, close): (Character, Character) = language == .nb ? ("«", "»") : ("\"", "\"")
    var names: [String] = []
    var current: String?
    for character in text {
      if var name = current {
        if character == close {
          names.append(name)
          current = nil
        } else {
          name.append(character)
          current = name
        }
      } else if character == open {
        current = ""
      }
    }
    return names
  }
}
