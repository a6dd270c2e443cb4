import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes the clouds.yaml files into their folder: the folder is created owner-only (0700) when missing,
/// every file is owner-only (0600) from the moment it exists, and replaces the old one in one rename.
package enum CloudsFolder {
  /// Why a file could not be written, in one line.
  package struct WriteError: Error, CustomStringConvertible, Equatable {
    package var path: String
    package var reason: String
    package var description: String { "cannot write \(path): \(reason)" }
  }

  /// Writes every file; returns their paths in order.
  @discardableResult
  package static func write(_ files: [CloudsYAML.File], to folder: String) throws(WriteError) -> [String] {
    var isFolder: ObjCBool = false
    if !FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) {
      do {
        try FileManager.default.createDirectory(
          atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
      } catch {
        throw WriteError(path: folder, reason: "the folder cannot be created (\(error.localizedDescription))")
      }
    } else if !isFolder.boolValue {
      throw WriteError(path: folder, reason: "it is a file, not a folder; pass another --clouds-dir")
    }
    return try files.map { file throws(WriteError) in
      let path = (folder as NSString).appendingPathComponent(file.name)
      try writePrivate(Array(file.text.utf8), to: path)
      return path
    }
  }

  /// Removes the `participant-N.yaml` files of an earlier run that `files` no longer has (a sandbox with
  /// fewer participants): handed out, they would only fail to log in. Returns their names, for the terminal.
  package static func removeStale(keeping files: [CloudsYAML.File], in folder: String) -> [String] {
    let kept = Set(files.map(\.name))
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    let stale = names.filter { name in
      guard !kept.contains(name), name.hasPrefix("participant-"), name.hasSuffix(".yaml") else { return false }
      let number = name.dropFirst("participant-".count).dropLast(".yaml".count)
      return !number.isEmpty && number.allSatisfy(\.isASCII) && number.allSatisfy(\.isNumber)
    }
    return stale.sorted { $0.count == $1.count ? $0 < $1 : $0.count < $1.count }.filter { name in
      unlink((folder as NSString).appendingPathComponent(name)) == 0
    }
  }

  /// Writes `bytes` to a new 0600 file next to `path`, then renames it over `path`.
  static func writePrivate(_ bytes: [UInt8], to path: String) throws(WriteError) {
    let temporary = path + ".tmp-\(getpid())"
    unlink(temporary)
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else { throw WriteError(path: path, reason: lastError()) }
    let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: false)
    do {
      try handle.write(contentsOf: bytes)
    } catch {
      close(descriptor)
      unlink(temporary)
      throw WriteError(path: path, reason: error.localizedDescription)
    }
    fchmod(descriptor, 0o600)
    close(descriptor)
    guard rename(temporary, path) == 0 else {
      let reason = lastError()
      unlink(temporary)
      throw WriteError(path: path, reason: reason)
    }
  }

  private static func lastError() -> String { String(cString: strerror(errno)) }
}
