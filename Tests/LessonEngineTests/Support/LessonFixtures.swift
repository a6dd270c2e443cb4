import Foundation
import LessonEngine

/// Paths and loaders for the real `lessons/` folder and small inline lessons.
enum LessonFixtures {
  /// The repository's `lessons/` folder, found from this file's path.
  static var lessonsDirectory: String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("lessons")
      .path
  }

  /// Every lesson file with its text.
  static func files() throws -> [(path: String, text: String)] {
    try LessonLibrary.readFiles(in: lessonsDirectory)
  }

  /// Every lesson, parsed; a failure is recorded by the caller's expectations.
  static func library() throws -> LessonLibrary {
    LessonLibrary.parse(try files()).library
  }

  /// A small valid lesson to build failing variants from.
  static let minimal = """
    ---
    title: Create a group
    number: 2
    requires: any
    ---

    Intro text.

    ## Step 1: Create it

    Make the group.

    ```sgtutor
    server group create --policy anti-affinity "DB Cluster"
    ```

    check: groupExists(name: "DB Cluster", policy: anti-affinity)
    hint: Use --policy.
    hint: The name goes last.
    solution: server group create --policy anti-affinity "DB Cluster"

    ### Debrief

    Policy is {policy of DB Cluster}.
    """

  /// Parses `text` as `lessons/en/02-test.md`.
  static func parse(_ text: String, path: String = "lessons/en/02-test.md") throws(LessonParseError)
    -> Lesson
  {
    try LessonParser.parse(path: path, text: text)
  }
}
