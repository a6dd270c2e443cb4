import Foundation
import Testing

/// Compares `actual` with `Snapshots/<name>.txt` beside the calling test file. With `RECORD_SNAPSHOTS=1`, or when
/// the file does not exist yet, it writes the file instead (and a missing file still fails the test, so a
/// snapshot is never silently created in CI).
package func assertSnapshot(
  _ actual: String, named name: String, filePath: String = #filePath, sourceLocation: SourceLocation = #_sourceLocation
) {
  let folder = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
  let file = folder.appendingPathComponent(name + ".txt")
  let recording = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
  let existing = (try? Data(contentsOf: file)).map { String(decoding: $0, as: UTF8.self) }
  if recording || existing == nil {
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      try Data(actual.utf8).write(to: file)
    } catch {
      Issue.record("could not write snapshot \(file.path): \(error)", sourceLocation: sourceLocation)
    }
    if existing == nil {
      Issue.record(
        "recorded new snapshot \(file.lastPathComponent); run the test again", sourceLocation: sourceLocation)
    }
    return
  }
  guard let expected = existing, expected != actual else { return }
  let message =
    "snapshot \(file.lastPathComponent) differs (re-record with RECORD_SNAPSHOTS=1):\n" + lineDiff(expected, actual)
  Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
}

/// Fails with a line-by-line diff when two texts differ.
package func assertEqualLines(_ actual: String, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation) {
  guard actual != expected else { return }
  Issue.record(Comment(rawValue: "texts differ:\n" + lineDiff(expected, actual)), sourceLocation: sourceLocation)
}

/// The differing lines of two texts, `-` for expected and `+` for actual, with line numbers.
package func lineDiff(_ expected: String, _ actual: String) -> String {
  let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
  let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
  var out: [String] = []
  for index in 0..<max(old.count, new.count) {
    let a = index < old.count ? String(old[index]) : nil
    let b = index < new.count ? String(new[index]) : nil
    guard a != b else { continue }
    if let a { out.append("\(index + 1)- \(a)") }
    if let b { out.append("\(index + 1)+ \(b)") }
    if out.count > 40 {
      out.append("…")
      break
    }
  }
  return out.joined(separator: "\n")
}
