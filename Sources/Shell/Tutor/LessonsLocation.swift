import Foundation

/// Where the executable finds `lessons/`: `$SGTUTOR_LESSONS`, else `./lessons`, else beside the executable
/// (`lessons/` in its folder, then `../share/sgtutor/lessons`, as `make release` and an install lay it out), else
/// the source tree the binary was built from (found from this file's path at build time), so a release binary
/// copied anywhere with its lessons, `swift run` and `make run` all find them.
package enum LessonsLocation {
  /// The `lessons/` folder of the source tree this file was compiled in.
  package static let builtIn = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("lessons").path

  /// The running executable's path (links resolved), or nil when it cannot be told.
  package static var currentExecutable: String? {
    Bundle.main.executableURL.map { $0.resolvingSymlinksInPath().path }
  }

  /// The folders searched after `$SGTUTOR_LESSONS`, in order.
  package static func candidates(currentDirectory: String, executable: String?, builtIn: String) -> [String] {
    var folders = [(currentDirectory as NSString).appendingPathComponent("lessons")]
    if let executable {
      let folder = (executable as NSString).deletingLastPathComponent
      folders.append((folder as NSString).appendingPathComponent("lessons"))
      let share = ((folder as NSString).deletingLastPathComponent as NSString).appendingPathComponent(
        "share/sgtutor/lessons")
      folders.append(share)
    }
    folders.append(builtIn)
    var seen: Set<String> = []
    return folders.filter { seen.insert($0).inserted }
  }

  /// The lessons folder, or the one line to print when there is none.
  /// - Parameters:
  ///   - executable: the running binary's path, for the folders beside it.
  ///   - isDirectory: whether a path is a folder (a parameter so tests need no file system).
  package static func find(
    environment: [String: String], currentDirectory: String, executable: String? = currentExecutable,
    builtIn: String = builtIn, isDirectory: (String) -> Bool = LessonsLocation.isDirectory
  ) -> Result<String, LessonsNotFound> {
    if let chosen = environment["SGTUTOR_LESSONS"], !chosen.isEmpty {
      // An explicit choice that is wrong is an error, never silently replaced by another folder.
      return isDirectory(chosen)
        ? .success(chosen)
        : .failure(LessonsNotFound(message: "sgtutor: SGTUTOR_LESSONS is \(chosen), which is not a folder"))
    }
    let folders = candidates(currentDirectory: currentDirectory, executable: executable, builtIn: builtIn)
    for candidate in folders where isDirectory(candidate) { return .success(candidate) }
    return .failure(
      LessonsNotFound(
        message:
          "sgtutor: cannot find the lessons (looked in \(folders.joined(separator: ", "))); "
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
