import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads and writes `progress.json` in `$XDG_STATE_HOME/sgtutor/` (default `~/.local/state/sgtutor/`).
/// Writes are atomic (temporary file in the same folder, fsync, rename), so a kill at any moment leaves
/// either the old file or the new one. The environment and home folder are parameters, never read here.
package struct ProgressStore: Sendable {
  package let directory: String

  package init(directory: String) { self.directory = directory }

  /// The store for this environment: `$XDG_STATE_HOME/sgtutor` when that is an absolute path (the XDG spec
  /// says relative values are to be ignored), else `<home>/.local/state/sgtutor`.
  package init(environment: [String: String], homeDirectory: String) {
    if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
      directory = Self.joined(state, "sgtutor")
    } else {
      directory = Self.joined(homeDirectory, ".local/state/sgtutor")
    }
  }

  package var path: String { Self.joined(directory, "progress.json") }

  /// Loads progress. A missing file is a fresh start; a file that cannot be read or decoded is moved aside to
  /// `progress.json.corrupt-<UTC timestamp>` and the learner starts fresh, with a notice saying so.
  package func load(now: Date) -> ProgressLoad {
    var status = stat()
    if lstat(path, &status) != 0, errno == ENOENT { return .fresh }
    let reason: String
    do {
      let data = try Data(contentsOf: URL(fileURLWithPath: path))
      return .loaded(try JSONDecoder().decode(Progress.self, from: data))
    } catch let error as DecodingError {
      reason = Self.describe(error)
    } catch {
      reason = "it could not be read"
    }
    let aside = Self.asidePath(for: path, now: now)
    if rename(path, aside) == 0 { return .recovered(reason: reason, movedTo: aside) }
    return .unrecoverable(reason: reason)
  }

  /// Writes progress atomically, creating the folder when needed.
  package func save(_ progress: Progress) throws(ProgressStoreError) {
    do {
      try FileManager.default.createDirectory(
        atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700]
      )
    } catch {
      throw ProgressStoreError(path: path, reason: "cannot create \(directory)")
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    guard let data = try? encoder.encode(progress) else {
      throw ProgressStoreError(path: path, reason: "cannot encode progress")
    }
    let temporary = Self.joined(
      directory, ".progress.json.\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp")
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o600)
    guard descriptor >= 0 else {
      throw ProgressStoreError(path: path, reason: Self.errnoText("cannot create a temporary file"))
    }
    var written = 0
    let ok = data.withUnsafeBytes { buffer -> Bool in
      guard let base = buffer.baseAddress else { return true }
      while written < buffer.count {
        let result = write(descriptor, base + written, buffer.count - written)
        if result < 0 {
          if errno == EINTR { continue }
          return false
        }
        written += result
      }
      return true
    }
    // The data must be on disk before the rename makes it the file, or a crash could leave an empty file.
    let synced = ok && fsync(descriptor) == 0
    close(descriptor)
    guard synced, rename(temporary, path) == 0 else {
      let reason = Self.errnoText("cannot write \(path)")
      unlink(temporary)
      throw ProgressStoreError(path: path, reason: reason)
    }
    // Make the rename itself durable.
    let folder = open(directory, O_RDONLY)
    if folder >= 0 {
      fsync(folder)
      close(folder)
    }
  }

  /// `progress.json.corrupt-20260805T101500Z`, with `-2`, `-3`, … when that name is taken.
  static func asidePath(for path: String, now: Date) -> String {
    var seconds = time_t(now.timeIntervalSince1970)
    var parts = tm()
    gmtime_r(&seconds, &parts)
    let two = { (value: Int32) in value < 10 ? "0\(value)" : "\(value)" }
    let stamp =
      "\(parts.tm_year + 1900)\(two(parts.tm_mon + 1))\(two(parts.tm_mday))T\(two(parts.tm_hour))\(two(parts.tm_min))\(two(parts.tm_sec))Z"
    let base = "\(path).corrupt-\(stamp)"
    var candidate = base
    var counter = 2
    var status = stat()
    while lstat(candidate, &status) == 0 {
      candidate = "\(base)-\(counter)"
      counter += 1
    }
    return candidate
  }

  private static func describe(_ error: DecodingError) -> String {
    switch error {
    case .dataCorrupted: "it is not valid JSON"
    case .keyNotFound(let key, _): "the key `\(key.stringValue)` is missing"
    case .typeMismatch(_, let context), .valueNotFound(_, let context):
      "unexpected value at `\(context.codingPath.map(\.stringValue).joined(separator: "."))`"
    @unknown default: "it is not a progress file"
    }
  }

  private static func errnoText(_ prefix: String) -> String {
    "\(prefix): \(String(cString: strerror(errno)))"
  }

  private static func joined(_ directory: String, _ name: String) -> String {
    directory.hasSuffix("/") ? directory + name : directory + "/" + name
  }
}

/// What loading found.
package enum ProgressLoad: Sendable, Equatable {
  /// No file yet.
  case fresh
  case loaded(Progress)
  /// The file was unusable and has been moved aside.
  case recovered(reason: String, movedTo: String)
  /// The file was unusable and could not be moved aside either.
  case unrecoverable(reason: String)

  /// The progress to start with.
  package var progress: Progress {
    if case .loaded(let progress) = self { return progress }
    return Progress()
  }

  /// What to tell the learner, if anything.
  package func notice(path: String, in language: Language) -> String? {
    switch self {
    case .fresh, .loaded: nil
    case .recovered(let reason, let movedTo):
      Messages.text(.progressCorrupt, path, movedTo, reason, in: language)
    case .unrecoverable(let reason): Messages.text(.progressUnmovable, path, reason, in: language)
    }
  }
}

/// Progress could not be written.
package struct ProgressStoreError: Error, Sendable, Equatable, CustomStringConvertible {
  package var path: String
  package var reason: String

  package init(path: String, reason: String) {
    self.path = path
    self.reason = reason
  }

  package var description: String { reason }
}
