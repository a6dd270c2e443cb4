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
