import Foundation

/// All lessons in all languages, parsed once at start-up.
package struct LessonLibrary: Sendable, Equatable {
  /// Every parsed lesson, any language.
  package private(set) var all: [Lesson]

  package init(lessons: [Lesson]) {
    all = lessons.sorted { ($0.number, $0.language) < ($1.number, $1.language) }
  }

  /// Parses files; lessons that fail are left out and their diagnostics returned.
  package static func parse(_ files: [(path: String, text: String)]) -> (
    library: LessonLibrary, diagnostics: [LessonDiagnostic]
  ) {
    var lessons: [Lesson] = []
    var diagnostics: [LessonDiagnostic] = []
    for file in files {
      do throws(LessonParseError) {
        lessons.append(try LessonParser.parse(path: file.path, text: file.text))
      } catch {
        diagnostics += error.diagnostics
      }
    }
    return (LessonLibrary(lessons: lessons), diagnostics)
  }

  /// Reads every `*.md` under `directory/<lang>/` (and `directory/` itself), sorted by path. This is the only
  /// file access in the lesson engine's start-up; the paths keep the `directory` prefix given.
  package static func readFiles(in directory: String) throws -> [(path: String, text: String)] {
    let manager = FileManager.default
    var files: [(path: String, text: String)] = []
    var folders = [directory]
    for language in Language.allCases { folders.append(directory + "/" + language.rawValue) }
    for folder in folders {
      guard let names = try? manager.contentsOfDirectory(atPath: folder) else { continue }
      for name in names.sorted() where name.hasSuffix(".md") && name != "README.md" {
        let path = folder + "/" + name
        files.append((path, try String(contentsOfFile: path, encoding: .utf8)))
      }
    }
    return files
  }

  /// The lessons to offer in `language`, one per number, falling back to English for any lesson not translated.
  package func lessons(in language: Language) -> [Lesson] {
    var byNumber: [Int: Lesson] = [:]
    for lesson in all where lesson.language == language || lesson.language == .en {
      if byNumber[lesson.number] == nil || lesson.language == language {
        byNumber[lesson.number] = lesson
      }
    }
    return byNumber.keys.sorted().compactMap { byNumber[$0] }
  }

  /// Lesson `number` in `language`, or in English when it is not translated.
  package func lesson(number: Int, in language: Language) -> Lesson? {
    lessons(in: language).first { $0.number == number }
  }

  /// The lesson with this id (`02-db-cluster`) in `language`, or in English.
  package func lesson(id: String, in language: Language) -> Lesson? {
    lessons(in: language).first { $0.id == id }
  }
}
