import Foundation

/// Where the executable finds `lessons/`: `$SGTUTOR_LESSONS`, else `./lessons`, else the repository the binary
/// was built from (found from this file's path at build time), so `swift run` and `make run` work from anywhere.
package enum LessonsLocation {
  /// The `lessons/` folder of the source tree this file was compiled in.
  package static let builtIn = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("lessons").path

  /// The lessons folder, or the one line to print when there is none.
  /// - Parameters:
  ///   - isDirectory: whether a path is a folder (a parameter so tests need no file system).
  package static func find(
    environment: [String: String], currentDirectory: String, builtIn: String = builtIn,
    isDirectory: (String) -> Bool = LessonsLocation.isDirectory
  ) -> Result<String, LessonsNotFound> {
    if let chosen = environment["SGTUTOR_LESSONS"], !chosen.isEmpty {
      // An explicit choice that is wrong is an error, never silently replaced by another folder.
      return isDirectory(chosen)
        ? .success(chosen)
        : .failure(LessonsNotFound(message: "sgtutor: SGTUTOR_LESSONS is \(chosen), which is not a folder"))
    }
    let local = currentDirectory.hasSuffix("/") ? currentDirectory + "lessons" : currentDirectory + "/lessons"
    for candidate in [local, builtIn] where isDirectory(candidate) { return .success(candidate) }
    return .failure(
      LessonsNotFound(
        message:
          "sgtutor: cannot find the lessons (looked in ./lessons and \(builtIn)); "
          + "set SGTUTOR_LESSONS to the lessons folder"
      ))
  }

  /// Whether `path` is a folder.
  package static func isDirectory(_ path: String) -> Bool {
    var isFolder: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
  }
}

/// No lessons folder, or none with lessons in it: one line for standard error.
package struct LessonsNotFound: Error, Sendable, Equatable, CustomStringConvertible {
  package var message: String

  package init(message: String) { self.message = message }

  package var description: String { message }
}
