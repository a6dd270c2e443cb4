import Foundation

/// Where the history file lives and how it is prepared: a private directory and a file only the user can read.
package struct HistoryFile: Sendable, Equatable {
  /// Entries kept in memory and on disk; older ones are dropped.
  package static let capacity: Int32 = 1000
  /// libedit's first line in every history file it writes.
  static let cookie = "_HiStOrY_V2_"

  /// The file's path.
  package var path: String

  package init(path: String) {
    self.path = path
  }

  /// The file at `path`, or at the file a symbolic link there points to, so that saving (which renames a new
  /// file over the path) updates the target and keeps the link.
  package static func resolvingLinks(_ path: String) -> HistoryFile {
    var status = stat()
    guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFLNK, let target = realpath(path, nil) else {
      return HistoryFile(path: path)
    }
    defer { free(target) }
    return HistoryFile(path: String(cString: target))
  }

  /// `$XDG_STATE_HOME/sgtutor/history`, else `$HOME/.local/state/sgtutor/history`; nil without a usable home.
  /// A relative XDG_STATE_HOME is ignored, as the XDG base directory specification asks.
  package static func defaultPath(environment: [String: String]) -> String? {
    if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
      return state + "/sgtutor/history"
    }
    if let home = environment["HOME"], home.hasPrefix("/") {
      return (home.hasSuffix("/") ? home : home + "/") + ".local/state/sgtutor/history"
    }
    return nil
  }

  /// What an existing file at `path` is.
  package enum Existing: Equatable, Sendable {
    /// No file yet (first run).
    case missing
    /// An empty file: nothing to load, safe to overwrite.
    case empty
    /// Written by libedit: load it, then overwrite it.
    case history
    /// A regular file with other content; it is never overwritten.
    case foreign
    /// A device such as /dev/null, the usual way to ask for no history: nothing is loaded or saved.
    case device
    /// A directory or another kind of file; nothing is saved.
    case notARegularFile
  }

  /// Looks at the file's kind and first line, so a mistyped path never clobbers someone's document and saving
  /// never replaces a device (the save renames a new file over the path).
  package func existing() -> Existing {
    var status = stat()
    guard lstat(path, &status) == 0 else { return errno == ENOENT ? .missing : .notARegularFile }
    switch status.st_mode & S_IFMT {
    case S_IFREG: break
    case S_IFCHR, S_IFBLK: return .device
    default: return .notARegularFile
    }
    guard let handle = FileHandle(forReadingAtPath: path) else { return .foreign }
    defer { try? handle.close() }
    let head = (try? handle.read(upToCount: Self.cookie.utf8.count + 1)) ?? Data()
    if head.isEmpty { return .empty }
    return head.starts(with: Data(Self.cookie.utf8)) ? .history : .foreign
  }

  /// Where a new version is written before it replaces the file in one step (`rename`), so a crash or a closed
  /// terminal mid-save never leaves a truncated history. Per process, so two shells never share it.
  package var temporaryPath: String {
    let url = URL(fileURLWithPath: path)
    return url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp").path
  }

  /// Creates the parent directories (mode 0700) and an empty private (0600) temporary file for libedit to fill.
  package func prepareTemporary() throws {
    try Self.makeDirectories(URL(fileURLWithPath: path).deletingLastPathComponent().path)
    let descriptor = open(temporaryPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o600)
    guard descriptor >= 0 else { throw HistoryFileError.cannotWrite(path: path, reason: Self.errnoText()) }
    defer { close(descriptor) }
    // The umask can only remove bits, but an old temporary file may have had others.
    guard fchmod(descriptor, 0o600) == 0 else {
      throw HistoryFileError.cannotWrite(path: path, reason: Self.errnoText())
    }
  }

  /// Moves the filled temporary file over the history file.
  package func commitTemporary() throws {
    guard rename(temporaryPath, path) == 0 else {
      let reason = Self.errnoText()
      unlink(temporaryPath)
      throw HistoryFileError.cannotWrite(path: path, reason: reason)
    }
  }

  /// Removes the temporary file after a failed save.
  package func discardTemporary() {
    unlink(temporaryPath)
  }

  /// `mkdir -p` with mode 0700 for what it creates, reporting the failing directory and errno's text.
  private static func makeDirectories(_ directory: String) throws {
    var current = ""
    for component in directory.split(separator: "/", omittingEmptySubsequences: true) {
      current += "/" + component
      if mkdir(current, 0o700) != 0 && errno != EEXIST {
        throw HistoryFileError.cannotWrite(path: current, reason: errnoText())
      }
    }
    var status = stat()
    guard stat(directory, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR else {
      throw HistoryFileError.cannotWrite(path: directory, reason: "not a directory")
    }
  }

  static func errnoText() -> String {
    String(cString: strerror(errno))
  }
}
