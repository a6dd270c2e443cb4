// swift-tools-version: 6.1
import PackageDescription

let settings: [SwiftSetting] = [
  .enableUpcomingFeature("MemberImportVisibility"),
  .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
  name: "sgtutor",
  platforms: [.macOS(.v14)],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
    .package(url: "https://github.com/apple/swift-nio.git", from: "2.100.0"),
    .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.30.0"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
  ],
  targets: [
    // Values, the Cloud protocol, CloudError, Nova's request validation. No I/O.
    .target(name: "ServerGroupsCore", swiftSettings: settings),
    // SimulatedCloud over a pure, explainable scheduler.
    .target(
      name: "CloudSimulator",
      dependencies: ["ServerGroupsCore", .product(name: "Yams", package: "Yams")],
      swiftSettings: settings),
    // Lesson files: parser, state checks, lesson flow as a value.
    .target(name: "LessonEngine", dependencies: ["ServerGroupsCore"], swiftSettings: settings),
    // Tokenizer, command tree, renderers, REPL loop over a LineReader (requests shown as OpenStackWire builds them).
    .target(
      name: "Shell",
      dependencies: [
        "ServerGroupsCore", "LessonEngine", "OpenStackWire",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: settings),
    // libedit, with fixed-signature shims for its variadic calls.
    .systemLibrary(name: "CLibEdit", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),
    .target(name: "LineEditing", dependencies: ["Shell", "CLibEdit"], swiftSettings: settings),
    // Keystone, Nova, Glance and Neutron JSON bodies, paths and microversion headers (server and client).
    .target(name: "OpenStackWire", dependencies: ["ServerGroupsCore"], swiftSettings: settings),
    // `sgtutor serve`: the simulated cloud behind Keystone/Nova-compatible HTTP routes.
    .target(
      name: "SandboxServer",
      dependencies: [
        "OpenStackWire", "ServerGroupsCore", "CloudSimulator", .product(name: "Hummingbird", package: "hummingbird"),
        // The tutor in the browser: the shell and its lessons, on a NovaClient that calls the sandbox in process.
        "Shell", "LessonEngine", "OpenStackClient",
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
      ],
      // The room page (/sgtutor/room) and the participants' tutor page (/sgtutor/tutor): HTML, CSS, script.
      resources: [.copy("Web")],
      swiftSettings: settings),
    // The command line of the executables and what they do before the REPL: which executable runs a mode, the
    // simulator, the reader, the lessons. No HTTP client: a real cloud is `RealCloudLaunch`'s.
    .target(
      name: "Launch",
      dependencies: [
        "ServerGroupsCore", "CloudSimulator", "LessonEngine", "Shell", "LineEditing",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: settings),
    // The modes on a real cloud (connecting, consent, ledger; the room; config show), for `sgtutor-cloud` only.
    .target(
      name: "RealCloudLaunch",
      dependencies: ["Launch", "OpenStackClient", "ServerGroupsCore", "Shell", "LineEditing"],
      swiftSettings: settings),
    // The tutor on the simulator. It links neither the workshop server nor the HTTP client: `sgtutor serve` runs
    // `sgtutor-serve` and a real cloud `sgtutor-cloud`, from the same folder.
    .executableTarget(name: "sgtutor", dependencies: ["Launch"], swiftSettings: settings),
    .executableTarget(name: "sgtutor-cloud", dependencies: ["Launch", "RealCloudLaunch"], swiftSettings: settings),
    .executableTarget(
      name: "sgtutor-serve",
      dependencies: [
        "SandboxServer", "LessonEngine", .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: settings),
    .executableTarget(
      name: "sgtutor-bench",
      dependencies: ["ServerGroupsCore", "CloudSimulator"],
      path: "Benchmarks/SchedulerBenchmark",
      swiftSettings: settings),
    .target(
      name: "TestSupport", dependencies: ["ServerGroupsCore", "Shell"], path: "Tests/TestSupport",
      swiftSettings: settings),
    // clouds.yaml/OS_* configuration, Keystone session and a Cloud over HTTP.
    .target(
      name: "OpenStackClient",
      dependencies: [
        "ServerGroupsCore", "OpenStackWire", .product(name: "Yams", package: "Yams"),
        .product(name: "AsyncHTTPClient", package: "async-http-client"),
        .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOPosix", package: "swift-nio"),
        .product(name: "NIOHTTP1", package: "swift-nio"), .product(name: "NIOSSL", package: "swift-nio-ssl"),
      ],
      swiftSettings: settings),
    .testTarget(
      name: "OpenStackClientTests", dependencies: ["OpenStackClient", "OpenStackWire", "ServerGroupsCore"],
      exclude: ["Fixtures"], swiftSettings: settings),
    // One suite of cases run against the simulator and against the client talking to the sandbox server.
    .testTarget(
      name: "ContractTests",
      dependencies: [
        "OpenStackClient", "OpenStackWire", "SandboxServer", "CloudSimulator", "ServerGroupsCore", "Shell",
        "TestSupport", "sgtutor", "sgtutor-serve", "sgtutor-cloud", "Launch", "LessonEngine",
        .product(name: "HummingbirdTesting", package: "hummingbird"),
        .product(name: "Hummingbird", package: "hummingbird"),
      ],
      swiftSettings: settings),
    .testTarget(name: "ServerGroupsCoreTests", dependencies: ["ServerGroupsCore"], swiftSettings: settings),
    .testTarget(
      name: "CloudSimulatorTests", dependencies: ["CloudSimulator", "ServerGroupsCore"], swiftSettings: settings),
    .testTarget(
      name: "LessonEngineTests",
      dependencies: ["LessonEngine", "ServerGroupsCore", "CloudSimulator", "Shell", "TestSupport"],
      swiftSettings: settings),
    .testTarget(
      name: "ShellTests",
      dependencies: ["Shell", "ServerGroupsCore", "CloudSimulator", "LessonEngine", "OpenStackWire", "TestSupport"],
      exclude: ["Snapshots"], swiftSettings: settings),
    .testTarget(
      name: "LaunchTests",
      dependencies: [
        "Launch", "RealCloudLaunch", "Shell", "ServerGroupsCore", "CloudSimulator", "LessonEngine", "OpenStackClient",
        "TestSupport",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: settings),
    .testTarget(name: "LineEditingTests", dependencies: ["LineEditing", "Shell"], swiftSettings: settings),
    .testTarget(
      name: "SandboxServerTests",
      dependencies: [
        "SandboxServer", "OpenStackWire", "ServerGroupsCore", "CloudSimulator", "Shell", "LessonEngine",
        .product(name: "HummingbirdTesting", package: "hummingbird"),
      ],
      exclude: ["Snapshots"],
      swiftSettings: settings),
    .testTarget(
      name: "EndToEndTests",
      dependencies: [
        "sgtutor", "sgtutor-serve", "sgtutor-cloud", "ServerGroupsCore", "TestSupport",
        .product(name: "AsyncHTTPClient", package: "async-http-client"),
        .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOHTTP1", package: "swift-nio"),
      ],
      swiftSettings: settings),
  ],
  swiftLanguageModes: [.v6]
)
