import LessonEngine
import OpenStackWire
import ServerGroupsCore

/// Everything a command may use: the cloud, where output goes, how to draw it, and the session's settings.
/// Passed to every command; commands never reach for globals.
package struct ShellContext: Sendable {
  /// The cloud as given (for its other roles: simulator controls, role views, the real cloud's guard).
  package private(set) var underlyingCloud: any Cloud
  /// The cloud commands call, through the session's cache (`SessionCachedCloud`: what the session knows is not
  /// asked again). A cloud that records its own requests at its transport is used as it is; the simulator is
  /// seen through `WireRecordingCloud`, which notes what the client would send.
  package var cloud: any Cloud {
    get {
      var sending = underlyingCloud
      if (underlyingCloud as? any RecordsRequests)?.sentRequests == nil {
        sending = WireRecordingCloud(
          inner: underlyingCloud, log: log.simulated, endpoints: endpoints,
          range: cloudInfo.map { ($0.minMicroversion, $0.maxMicroversion) })
      }
      return SessionCachedCloud(inner: sending, cache: cache, log: requests)
    }
    set { underlyingCloud = newValue }
  }
  package var console: any Console
  package var settings: ShellSettings
  /// What the cloud said about itself at start-up (microversions, caller).
  package var cloudInfo: CloudDescription?
  /// The services' base URLs, for the URL in error messages: the simulator's pretend controller, or a real
  /// cloud's catalog endpoints.
  package var endpoints: ServiceEndpoints
  /// Names for Tab completion, read when Tab needs them.
  package let names: NameCache
  /// What the session has read and need not ask again (the catalog, the project's groups, refusals).
  package let cache: SessionCache
  /// The simulator's requests and the words `equivalent` substitutes.
  package let log: CallLog
  /// Notes owed after the line being run (the learner's own objects left alone by a lesson).
  package let notices = LessonNotices()
  /// Whether the tutor is running a step's solution (`solution`, `skip`): on a real cloud what the lessons made
  /// already is not made a second time.
  package var replaysSolution = false
  /// Whether a lesson step is in progress (kept by the REPL's tutor); `reset` then restores the step instead of
  /// the whole cloud.
  package var inLesson = false
  /// The language of the shell's own pictures (the diagram); the tutor's language when there are lessons.
  package var language: Language = .en
  /// On a real cloud in a lesson, the prefix of what is created (`sgt-l3-`); kept by the REPL's tutor.
  package var namePrefix: String?
  /// The workshop room, when the cloud is a sgtutor sandbox (see `RoomLink`).
  package var room: (any RoomLink)?
  /// The scheduler's record on a cloud that keeps it but is not the simulator itself (a sgtutor sandbox, for a
  /// participant's own servers): what `why` reads there.
  package var explainer: (any SchedulingExplainer)?
  /// What the room was told last, and the newest instructor's message shown.
  var lastRoomReport: RoomReport?
  var roomNoteSeen = 0

  package init(
    cloud: any Cloud, console: any Console, settings: ShellSettings = ShellSettings(),
    endpoints: ServiceEndpoints = .simulator, names: NameCache = NameCache()
  ) {
    self.underlyingCloud = cloud
    self.console = console
    self.settings = settings
    self.endpoints = endpoints
    self.names = names
    self.cache = SessionCache()
    self.log = CallLog()
  }

  /// Width and colour for the renderers, read from the console each time (the terminal may be resized).
  package var style: RenderStyle {
    RenderStyle(
      columns: console.columns, colors: console.colors && !console.plain, language: language, plain: console.plain,
      tableWidth: settings.tableWidth, fitsTables: inLesson)
  }

  /// The simulator's extra powers, or nil on a real cloud.
  package var controls: (any SimulatorControls)? { underlyingCloud as? any SimulatorControls }

  /// Every request sent since it was last taken: the real client's transport log, or the simulator's.
  package var requests: RequestLog {
    (underlyingCloud as? any RecordsRequests)?.sentRequests ?? log.simulated
  }

  /// Where `why` reads the scheduler's record: the simulator, else the explainer the session was given.
  package var schedulingExplainer: (any SchedulingExplainer)? {
    if let controls { return controls }
    return explainer
  }

  /// The simulator's powers, or the one-line refusal a real cloud gets.
  package func requireControls(_ command: String) throws(ShellError) -> any SimulatorControls {
    guard let controls else { throw .simulatorOnly(command) }
    return controls
  }

  /// The microversion openstacksdk would pick for server-group calls: the cloud's maximum, capped at 2.64.
  package var serverGroupMicroversion: Microversion {
    guard let max = cloudInfo?.maxMicroversion else { return .v2_64 }
    return Swift.min(max, .v2_64)
  }

  /// The requests sent since they were last taken, and a fresh start.
  package func takeRequests() -> [SentRequest] { requests.take() }

  /// Makes cloud calls, turning a `CloudError` into the SDK's message, which names the URL of the request that
  /// failed (the last one sent).
  package func api<T>(_ perform: () async throws -> T) async throws -> T {
    do {
      return try await perform()
    } catch let error as CloudError {
      throw ShellError.api(error, url: requests.last?.url ?? endpoints.compute)
    }
  }

  /// A typed catalog list (`flavor list`, `image list`, `network list`): asks the cloud again rather than
  /// answering from what the session read earlier, and the session keeps the new answer.
  package func freshCatalog<T>(
    _ kind: SessionCache.CatalogKind, _ read: (any Cloud) async throws -> T
  ) async throws -> T {
    cache.forgetCatalog(kind)
    let cloud = self.cloud
    return try await api { try await read(cloud) }
  }
}

extension ShellContext {
  /// Uses a simulator-only power: no REST call to record, and its errors are shown as plain messages.
  package func simulator<T>(_ perform: () async throws -> T) async throws -> T {
    do {
      return try await perform()
    } catch let error as CloudError {
      throw ShellError.command(error.message)
    }
  }
}

/// Settings a user changes with `set` and `equivalent`, plus what the shell has already told them.
package struct ShellSettings: Sendable, Equatable {
  /// Draw the placement after every command that changes it.
  package var diagram: Bool
  /// After each command, show the `openstack` command and REST calls it corresponds to.
  package var equivalent: Bool
  /// Whether the note about `--hint group=<name>` has been shown this session.
  package var hintNoteShown: Bool
  /// Whether the note about lesson prefixes on a real cloud has been shown this session.
  package var prefixNoteShown: Bool
  /// cliff's table width rules from the environment (`CLIFF_FIT_WIDTH`, `CLIFF_MAX_TERM_WIDTH`).
  package var tableWidth = TableWidth()

  package init(
    diagram: Bool = true, equivalent: Bool = false, hintNoteShown: Bool = false, prefixNoteShown: Bool = false
  ) {
    self.diagram = diagram
    self.equivalent = equivalent
    self.hintNoteShown = hintNoteShown
    self.prefixNoteShown = prefixNoteShown
  }
}

/// How renderers draw: the width to fit, whether colour and box-drawing characters may be used, and the
/// language of the diagram's own words.
package struct RenderStyle: Sendable, Equatable {
  package var columns: Int
  package var colors: Bool
  package var language: Language
  /// Pictures told as sentences, no box drawing (`--plain`, `TERM=dumb`).
  package var plain: Bool
  /// cliff's table width rules from the environment.
  package var tableWidth: TableWidth
  /// Whether tables fit the width without `--fit-width` (inside a lesson).
  package var fitsTables: Bool

  package init(
    columns: Int = 80, colors: Bool = false, language: Language = .en, plain: Bool = false,
    tableWidth: TableWidth = TableWidth(), fitsTables: Bool = false
  ) {
    self.columns = columns
    self.colors = colors
    self.language = language
    self.plain = plain
    self.tableWidth = tableWidth
    self.fitsTables = fitsTables
  }

  /// The width a table drawn with `options` is fitted to, or nil for its natural width.
  package func tableLimit(_ options: FormatOptions) -> Int? {
    tableWidth.limit(options, columns: columns, fitsByDefault: fitsTables)
  }
}
