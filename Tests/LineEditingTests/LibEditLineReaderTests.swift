import Foundation
import LineEditing
import Testing

/// The reader's history handling, without a terminal (libedit works in its no-tty mode here).
@Suite struct LibEditLineReaderTests {
  @Test func savesIntoNewDirectoriesWithPrivateModes() throws {
    let directory = try TemporaryDirectory()
    let path = directory.path + "/state/sgtutor/history"
    var reader = LibEditLineReader(historyPath: path, completer: nil)
    reader.addHistory("server group list")
    reader.saveHistory()
    reader.saveHistory()

    #expect(try mode(of: path) == 0o600)
    #expect(try mode(of: directory.path + "/state/sgtutor") == 0o700)
    #expect(try entries(path) == ["server\\040group\\040list"])
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path + "/state/sgtutor")
    #expect(leftovers == ["history"])
  }

  @Test func tightensAnExistingHistoryFileToOwnerOnly() throws {
    let directory = try TemporaryDirectory()
    let path = directory.path + "/history"
    try Data("_HiStOrY_V2_\nold\n".utf8).write(to: URL(fileURLWithPath: path))
    chmod(path, 0o644)
    var reader = LibEditLineReader(historyPath: path, completer: nil)
    reader.addHistory("new")
    #expect(try mode(of: path) == 0o600)
    #expect(try entries(path) == ["old", "new"])
  }

  @Test func keepsTheNewestThousandEntries() throws {
    let directory = try TemporaryDirectory()
    let path = directory.path + "/history"
    var reader = LibEditLineReader(historyPath: path, completer: nil)
    for number in 1...1005 { reader.addHistory("cmd\(number)") }
    reader.saveHistory()
    let saved = try entries(path)
    #expect(saved.count == 1000)
    #expect(saved.first == "cmd6")
    #expect(saved.last == "cmd1005")
  }

  @Test func historySurvivesIntoTheNextSession() throws {
    let directory = try TemporaryDirectory()
    let path = directory.path + "/history"
    do {
      var first = LibEditLineReader(historyPath: path, completer: nil)
      first.addHistory("server group create --policy anti-affinity \"Bådø klynge\"")
    }
    var second = LibEditLineReader(historyPath: path, completer: nil)
    second.addHistory("hosts")
    let saved = try entries(path)
    #expect(saved.count == 2)
    #expect(saved.last == "hosts")
    #expect(saved.first?.contains("Bådø") == true)
  }

  @Test func storesPasswordsRedactedAndSkipsBlankLines() throws {
    let directory = try TemporaryDirectory()
    let path = directory.path + "/history"
    var reader = LibEditLineReader(historyPath: path, completer: nil)
    reader.addHistory("server list --os-password hunter2  ")
    reader.addHistory("   ")
    reader.addHistory("")
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(!text.contains("hunter2"))
    #expect(try entries(path) == ["server\\040list\\040--os-password\\040***"])
  }

  @Test func neverOverwritesAFileItDidNotWrite() throws {
    let directory = try TemporaryDirectory()
    let path = directory.path + "/notes.txt"
    try Data("my notes\n".utf8).write(to: URL(fileURLWithPath: path))
    var reader = LibEditLineReader(historyPath: path, completer: nil)
    reader.addHistory("server list")
    reader.saveHistory()
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "my notes\n")
  }

  @Test func anUnwritablePlaceIsNotFatal() throws {
    let directory = try TemporaryDirectory()
    let blocker = directory.path + "/file"
    try Data().write(to: URL(fileURLWithPath: blocker))
    // The parent "directory" is a file, so nothing can be created below it.
    var reader = LibEditLineReader(historyPath: blocker + "/sgtutor/history", completer: nil)
    reader.addHistory("server list")
    reader.saveHistory()
    #expect(!FileManager.default.fileExists(atPath: blocker + "/sgtutor/history"))
  }

  @Test func devNullMeansNoHistory() {
    var reader = LibEditLineReader(historyPath: "/dev/null", completer: nil)
    reader.addHistory("server list")
    reader.saveHistory()
    var status = stat()
    #expect(stat("/dev/null", &status) == 0)
    #expect(status.st_mode & S_IFMT == S_IFCHR)
  }

  @Test func aLinkedHistoryFileStaysALink() throws {
    let directory = try TemporaryDirectory()
    let target = directory.path + "/real-history"
    let link = directory.path + "/history"
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
    try Data("_HiStOrY_V2_\nold\n".utf8).write(to: URL(fileURLWithPath: target))
    var reader = LibEditLineReader(historyPath: link, completer: nil)
    reader.addHistory("new")
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target)
    #expect(try entries(target) == ["old", "new"])
  }

  @Test func aDirectoryIsLeftAlone() throws {
    let directory = try TemporaryDirectory()
    var reader = LibEditLineReader(historyPath: directory.path, completer: nil)
    reader.addHistory("new")
    var isDirectory: ObjCBool = false
    #expect(FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory) && isDirectory.boolValue)
  }

  private func entries(_ path: String) throws -> [String] {
    let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
    #expect(lines.first == "_HiStOrY_V2_")
    return Array(lines.dropFirst())
  }

  private func mode(of path: String) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    return (attributes[.posixPermissions] as? Int) ?? -1
  }
}
