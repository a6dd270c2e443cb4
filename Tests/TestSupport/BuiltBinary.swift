import Foundation

/// The built executable `name`, found next to the test bundle (`.build/<triple>/debug/`).
package func builtBinary(_ name: String) -> URL {
  let candidates = [
    URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
    Bundle.main.bundleURL,
    Bundle.main.bundleURL.deletingLastPathComponent(),
  ]
  for folder in candidates {
    let url = folder.appendingPathComponent(name)
    if FileManager.default.isExecutableFile(atPath: url.path) { return url }
  }
  return candidates[0].appendingPathComponent(name)
}

/// What a run of a built binary printed and how it ended.
package struct ProcessRun: Sendable {
  package var status: Int32
  package var stdout: String
  package var stderr: String
}

/// Runs the built executable `name` with `input` on standard input (a pipe, so no terminal) and exactly
/// `environment`, reading both output streams while it runs so a full pipe can never stall it.
package func runBuiltBinary(
  _ name: String, _ arguments: [String], input: String, environment: [String: String]
) throws -> ProcessRun {
  try runProgram(builtBinary(name), arguments, input: input, environment: environment)
}

/// Runs the program at `executable` as `runBuiltBinary` does, in `directory` when given.
package func runProgram(
  _ executable: URL, _ arguments: [String], input: String, environment: [String: String], in directory: URL? = nil
) throws -> ProcessRun {
  let process = Process()
  process.executableURL = executable
  process.arguments = arguments
  process.environment = environment
  if let directory { process.currentDirectoryURL = directory }
  let stdin = Pipe()
  let stdout = Pipe()
  let stderr = Pipe()
  process.standardInput = stdin
  process.standardOutput = stdout
  process.standardError = stderr
  // A freshly copied program may briefly be held open for writing by a child forked by a parallel test
  // ("Text file busy").
  for attempt in 1... {
    do {
      try process.run()
      break
    } catch  where attempt < 100 && "\(error)".contains("Text file busy") {
      Thread.sleep(forTimeInterval: 0.05)
    }
  }
  nonisolated(unsafe) var errorData = Data()
  let errorReader = Thread { errorData = stderr.fileHandleForReading.readDataToEndOfFile() }
  errorReader.start()
  stdin.fileHandleForWriting.write(Data(input.utf8))
  try stdin.fileHandleForWriting.close()
  let outputData = stdout.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  while errorReader.isExecuting || !errorReader.isFinished { Thread.sleep(forTimeInterval: 0.01) }
  return ProcessRun(
    status: process.terminationStatus, stdout: String(decoding: outputData, as: UTF8.self),
    stderr: String(decoding: errorData, as: UTF8.self))
}

/// Puts the built executable `name` at `destination` as an install would, in a way no parallel test can leave
/// "Text file busy": a hard link when both are on one file system (no file is ever open for writing), else a copy
/// written through a descriptor that is closed on exec, so a child forked meanwhile by another test does not keep
/// it open for writing (FileManager's copy can leave such a descriptor in a long-lived child, and the program
/// that later runs the copy fails with ETXTBSY).
package func installBuiltBinary(_ name: String, at destination: URL) throws {
  let source = builtBinary(name)
  if link(source.path, destination.path) == 0 { return }
  let bytes = try Data(contentsOf: source)
  let descriptor = open(destination.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o755)
  guard descriptor >= 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: destination.path]) }
  defer { close(descriptor) }
  var written = 0
  try bytes.withUnsafeBytes { buffer in
    while written < buffer.count {
      let count = write(descriptor, buffer.baseAddress! + written, buffer.count - written)
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: destination.path]) }
      written += count
    }
  }
}
