import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Another of sgtutor's executables, installed beside the running one: `sgtutor serve` runs `sgtutor-serve` and a
/// real cloud runs `sgtutor-cloud`, so the tutor's own binary carries neither the workshop server's libraries nor
/// the HTTP client's.
package struct SiblingExecutable: Sendable, Equatable {
  /// The executable's file name (`sgtutor-serve`, `sgtutor-cloud`).
  package var name: String
  /// What the user asked for that needs it, for the error line (`sgtutor serve`).
  package var command: String

  package init(name: String, command: String) {
    self.name = name
    self.command = command
  }

  /// `sgtutor-serve`, which `sgtutor serve` runs.
  package static let serve = SiblingExecutable(name: "sgtutor-serve", command: "sgtutor serve")
  /// `sgtutor-cloud`, which runs every mode on a real cloud.
  package static let cloud = SiblingExecutable(
    name: "sgtutor-cloud", command: "a real cloud (--os-cloud, --openstack, room, config)")

  /// Where the sibling lives: the folder of `executable` (links resolved, so a link to sgtutor in
  /// `/usr/local/bin` still finds the real folder).
  package func path(besides executable: String) -> String {
    let real = URL(fileURLWithPath: executable).resolvingSymlinksInPath()
    return real.deletingLastPathComponent().appendingPathComponent(name).path
  }

  /// The one line said when the sibling is not there.
  package func missingLine(at path: String) -> String {
    "error: \(command) needs \(name) beside sgtutor, and there is none at \(path) (build it with "
      + "'swift build --product \(name)', or install sgtutor's binaries in one folder)"
  }

  /// Replaces this process with the sibling, given `arguments`; returns only when that fails, with the line to
  /// print.
  package func exec(arguments: [String], executable: String = SiblingExecutable.currentExecutable) -> String {
    let target = path(besides: executable)
    guard FileManager.default.isExecutableFile(atPath: target) else { return missingLine(at: target) }
    let argv = ([name] + arguments).map { strdup($0) } + [nil]
    execv(target, argv)
    let reason = String(cString: strerror(errno))
    for pointer in argv { free(pointer) }
    return "error: cannot run \(target): \(reason)"
  }

  /// The running executable's path.
  package static var currentExecutable: String {
    Bundle.main.executablePath ?? CommandLine.arguments[0]
  }
}

extension SiblingExecutable {
  /// Replaces this process with the sibling; when that cannot be, says why on standard error and exits 1.
  package func replaceProcess(arguments: [String]) -> Never {
    FileHandle.standardError.write(Data((exec(arguments: arguments) + "\n").utf8))
    exit(1)
  }
}
