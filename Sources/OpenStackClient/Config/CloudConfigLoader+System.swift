import Foundation

extension CloudConfigLoader {
  /// The loader over this process's environment, home folder, current folder and files.
  package static func system() -> CloudConfigLoader {
    let environment = ProcessInfo.processInfo.environment
    return CloudConfigLoader(
      environment: environment, home: environment["HOME"] ?? NSHomeDirectory(),
      workingDirectory: FileManager.default.currentDirectoryPath
    ) { path in
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
        !isDirectory.boolValue
      else {
        return nil
      }
      return try String(contentsOfFile: path, encoding: .utf8)
    }
  }
}
