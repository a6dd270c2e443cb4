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
