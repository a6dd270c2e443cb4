// The memory floor for the start-up benchmark: a release Swift program with the runtime and Foundation linked
// statically, as sgtutor is, that reads its environment and standard input and prints one line.
import Foundation

let environment = ProcessInfo.processInfo.environment
let input = FileHandle.standardInput.readDataToEndOfFile()
print(environment.count, input.count, Date().timeIntervalSince1970 > 0)
