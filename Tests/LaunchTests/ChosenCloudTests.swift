import ArgumentParser
import CloudSimulator
import Foundation
import Launch
import OpenStackClient
import RealCloudLaunch
import ServerGroupsCore
import Shell
import Synchronization
import TestSupport
import Testing

/// How the executables choose the cloud, before any REPL runs.
@Suite struct ChosenCloudTests {
  struct ConsentCase: Sendable, CustomTestStringConvertible {
    var yes: Bool
    var dryRun: Bool
    var isTerminal: Bool
    var expected: GuardedCloud.Consent
    var testDescription: String { "yes \(yes), dry run \(dryRun), terminal \(isTerminal)" }
  }

  @Test(arguments: [
    ConsentCase(yes: true, dryRun: false, isTerminal: false, expected: .granted),
    ConsentCase(yes: false, dryRun: true, isTerminal: false, expected: .granted),
    ConsentCase(yes: false, dryRun: false, isTerminal: true, expected: .askUser),
    ConsentCase(yes: false, dryRun: false, isTerminal: false, expected: .unavailable),
  ])
  func consentIsAgreedAskedOrRefused(_ item: ConsentCase) {
    let real = RealCloudOptions(loaderOptions: ["cloud": "x"], dryRun: item.dryRun, yes: item.yes)
    #expect(ChosenCloud.consent(real, isTerminal: item.isTerminal) == item.expected)
  }

  @Test func theGroupLedgerLivesBesideTheHistoryUnderASafeName() {
    #expect(
      ChosenCloud.ledgerPath(cloudName: "my cloud/2", environment: ["XDG_STATE_HOME": "/state"])
        == "/state/sgtutor/groups-my_cloud_2.txt")
  }

  @Test func withoutRealCloudOptionsTheSimulatorIsChosen() async throws {
    let console = RecordingConsole()
    let chosen = try await ChosenCloud.make(
      simulator: SimulatorOptions(seed: 3), real: nil, console: console, environment: [:], isTerminal: true)
    #expect(chosen.cloud is SimulatedCloud)
    #expect(console.transcript.isEmpty)
  }

  @Test func aRealCloudIsTheBoundLaunchersAndNeverTheSimulator() async throws {
    let launcher = RecordingLauncher()
    let real = RealCloudOptions(loaderOptions: ["cloud": "lab"], yes: true)
    let chosen = try await RealCloud.$launcher.withValue(launcher) {
      try await ChosenCloud.make(
        simulator: SimulatorOptions(), real: real, console: RecordingConsole(), environment: [:], isTerminal: true)
    }
    #expect(launcher.asked.withLock { $0 } == ["connect lab, terminal true"])
    #expect((chosen.cloud as? SimulatedCloud) === launcher.cloud)
  }

  @Test func aRealCloudThatIsNotConfiguredEndsWithOneLine() async {
    let console = RecordingConsole()
    // No clouds.yaml anywhere: the cloud named cannot be found.
    let loader = CloudConfigLoader(environment: [:], home: "/nowhere", workingDirectory: "/nowhere") { _ in nil }
    await #expect(throws: ExitCode.failure) {
      _ = try await ChosenCloud.connect(
        RealCloudOptions(loaderOptions: ["cloud": "nowhere"]), console: console, environment: [:], isTerminal: false,
        loader: loader)
    }
    #expect(console.transcript.hasPrefix("stderr: error: "))
    #expect(console.transcript.filter { $0 == "\n" }.count == 1)
  }

  @Test(
    arguments: [
      ("missing.yaml", nil, "stderr: error: missing.yaml: cannot read the region file\n"),
      ("empty.yaml", "hosts: []\n", "stderr: error: empty.yaml: "),
    ] as [(String, String?, String)])
  func aRegionFileThatCannotBeUsedEndsWithOneLine(_ path: String, _ text: String?, _ expected: String) {
    let console = RecordingConsole()
    #expect(throws: ExitCode.failure) {
      _ = try SimulatorOptions(regionPath: path).makeCloud(
        console: console, contents: { _ in text.map { Data($0.utf8) } })
    }
    #expect(console.transcript.hasPrefix(expected))
    #expect(console.transcript.filter { $0 == "\n" }.count == 1)
  }

  @Test func aScriptThatCannotBeReadEndsWithOneLine() {
    let console = RecordingConsole()
    #expect(throws: ExitCode.failure) {
      _ = try ReaderChoice.script("/nonexistent/script.txt", console: console, isTerminal: false)
    }
    #expect(console.transcript == "stderr: error: cannot read /nonexistent/script.txt\n")
  }

  @Test func aScriptFromAFileOnATerminalAsksOnTheTerminal() throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("sgtutor-script-\(UUID().uuidString)")
    try Data("server list\n".utf8).write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    let console = RecordingConsole()
    #expect(try ReaderChoice.script(file.path, console: console, isTerminal: true).asker != nil)
    #expect(try ReaderChoice.script(file.path, console: console, isTerminal: false).asker == nil)
    // Standard input is the script itself: nobody else to ask.
    #expect(try ReaderChoice.script("-", console: console, isTerminal: true).asker == nil)
  }
}

/// `sgtutor serve` runs `sgtutor-serve` from the folder sgtutor lives in.
@Suite struct SiblingExecutableTests {
  @Test func theSiblingIsInTheExecutablesFolder() {
    #expect(SiblingExecutable.serve.path(besides: "/opt/sgtutor/bin/sgtutor") == "/opt/sgtutor/bin/sgtutor-serve")
  }

  @Test func aMissingSiblingIsOneLineNamingWhereItLooked() {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sgtutor-lonely-\(UUID().uuidString)")
    let line = SiblingExecutable.serve.exec(arguments: ["--port", "0"], executable: folder.path + "/sgtutor")
    #expect(
      line
        == "error: sgtutor serve needs sgtutor-serve beside sgtutor, and there is none at \(folder.path)/sgtutor-serve "
        + "(build it with 'swift build --product sgtutor-serve', or install sgtutor's binaries in one folder)")
  }
}
