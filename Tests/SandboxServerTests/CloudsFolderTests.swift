import Foundation
import SandboxServer
import Testing

/// `sgtutor serve` hands each person a clouds.yaml with only their own credentials, owner-only.
@Suite struct CloudsFolderTests {
  static func temporaryFolder() -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("sgtutor-clouds-\(UUID().uuidString)").path
  }

  static func mode(_ path: String) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    return try #require(attributes[.posixPermissions] as? Int)
  }

  @Test func eachFileHoldsOnlyItsOwnersCredentials() throws {
    let directory = SandboxHarness.directory()
    let files = CloudsYAML.files(directory: directory, root: "http://127.0.0.1:8774")
    #expect(files.map(\.name) == ["instructor.yaml", "participant-1.yaml", "participant-2.yaml"])
    #expect(files.map(\.owner) == ["instructor", "participant-1", "participant-2"])
    #expect(files.map(\.isAdmin) == [true, false, false])
    #expect(files[1].clouds == ["participant-1", "participant-1-reader", "participant-1-appcred"])
    #expect(files[0].clouds == ["instructor"])

    let secrets = Dictionary(
      uniqueKeysWithValues: directory.users.map { ($0.name, $0.password) }
        + directory.applicationCredentials.compactMap { credential in
          directory.user(id: credential.userID).map { ($0.name + "-appcred", credential.secret) }
        })
    for file in files {
      for (name, secret) in secrets {
        let own = file.clouds.contains(name)
        #expect(file.text.contains(secret) == own, "\(file.name) and the secret of \(name)")
        #expect(file.text.contains("  \(name):\n") == own, "\(file.name) and the entry \(name)")
      }
    }
    #expect(files[1].text.contains(#"password: "secret-1""#))
    #expect(files[1].text.contains("auth_url: http://127.0.0.1:8774/identity/v3"))
    #expect(files[1].text.contains("auth_type: v3applicationcredential"))
  }

  @Test func theFolderAndFilesAreOwnerOnlyAndRewrittenInPlace() throws {
    let folder = Self.temporaryFolder() + "/nested"
    defer { try? FileManager.default.removeItem(atPath: (folder as NSString).deletingLastPathComponent) }
    let files = CloudsYAML.files(directory: SandboxHarness.directory(), root: "http://h:1")
    let paths = try CloudsFolder.write(files, to: folder)
    #expect(paths == files.map { folder + "/" + $0.name })
    #expect(try Self.mode(folder) == 0o700)
    for (path, file) in zip(paths, files) {
      #expect(try Self.mode(path) == 0o600)
      #expect(try String(contentsOfFile: path, encoding: .utf8) == file.text)
    }
    // A file left readable by others is replaced by an owner-only one.
    try "old".write(toFile: paths[1], atomically: false, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: paths[1])
    try CloudsFolder.write(files, to: folder)
    #expect(try Self.mode(paths[1]) == 0o600)
    #expect(try String(contentsOfFile: paths[1], encoding: .utf8) == files[1].text)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains(".tmp-") }
    #expect(leftovers.isEmpty)
  }

  @Test func aFileWhereTheFolderShouldBeIsOneLine() throws {
    let path = Self.temporaryFolder()
    try "x".write(toFile: path, atomically: false, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect(throws: CloudsFolder.WriteError.self) {
      try CloudsFolder.write(CloudsYAML.files(directory: SandboxHarness.directory(), root: "http://h:1"), to: path)
    }
    let text = ServeBanner.publish(
      directory: SandboxHarness.directory(), root: "http://h:1", regionName: "RegionOne", folder: path,
      stateNote: nil)
    #expect(text.contains("error: cannot write \(path): it is a file, not a folder; pass another --clouds-dir\n"))
  }

  @Test func theBannerSaysWhichFileGoesToWhomAndNoSecret() throws {
    let folder = Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let directory = SandboxHarness.directory()
    let text = ServeBanner.publish(
      directory: directory, root: "http://127.0.0.1:8774", regionName: "RegionOne", folder: folder,
      stateNote: "state restored from state.sqlite")
    let expected = """
      sgtutor sandbox listening on http://127.0.0.1:8774 (state restored from state.sqlite)
        identity: http://127.0.0.1:8774/identity/v3
        compute: http://127.0.0.1:8774/v2.1
        image: http://127.0.0.1:8774/image
        network: http://127.0.0.1:8774/networking
        room: http://127.0.0.1:8774/sgtutor/room (the instructor's live view; sign in as instructor)
      clouds.yaml files in \(folder) (mode 0600, each with only its owner's credentials):
        instructor.yaml     for instructor (admin: keep it to yourself): --os-cloud instructor
        participant-1.yaml  for participant-1: --os-cloud participant-1, participant-1-reader, participant-1-appcred
        participant-2.yaml  for participant-2: --os-cloud participant-2, participant-2-reader, participant-2-appcred
      participants: 2; try: OS_CLIENT_CONFIG_FILE=\(folder)/participant-1.yaml openstack --os-cloud participant-1 \
      server group list
      Ctrl-C stops the sandbox.

      """
    #expect(text == expected)
    for secret in directory.users.map(\.password) + directory.applicationCredentials.map(\.secret) {
      #expect(!text.contains(secret))
    }
  }

  @Test func filesOfParticipantsFromAnEarlierRunAreRemovedAndNamed() throws {
    let folder = Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    for name in ["participant-3.yaml", "participant-10.yaml", "participant-x.yaml", "notes.yaml"] {
      try "old".write(toFile: folder + "/" + name, atomically: false, encoding: .utf8)
    }
    let text = ServeBanner.publish(
      directory: SandboxHarness.directory(), root: "http://h:1", regionName: "RegionOne", folder: folder,
      stateNote: nil)
    let note = "removed from an earlier run (no such participant now): participant-3.yaml, participant-10.yaml"
    #expect(text.contains("\n  \(note)\n"))
    let left = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    #expect(
      left == ["instructor.yaml", "notes.yaml", "participant-1.yaml", "participant-2.yaml", "participant-x.yaml"])
  }
}
