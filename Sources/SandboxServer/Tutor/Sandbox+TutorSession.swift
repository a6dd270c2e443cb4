import Foundation
import LessonEngine
import OpenStackClient
import OpenStackWire
import ServerGroupsCore
import Shell

extension Sandbox {
  /// Starts a participant's shell and tutor for one browser tab: the same `Repl` and tutor as
  /// `sgtutor --os-cloud participant-N`, on a `NovaClient` that signs in with the participant's own password and
  /// reaches this sandbox in process, so the session can do exactly what their credentials allow.
  func startTutorSession(
    user: Directory.User, tutor: BrowserTutor, columns: Int, language: Language, root: String
  ) async throws(CloudError) -> (BrowserSession, String) {
    let config = CloudConfig(
      name: user.name, authURL: root + Routes.identityPrefix + "/v3",
      auth: .password(
        user: KeystoneName(name: user.name, domainName: "Default"), password: Secret(user.password),
        project: KeystoneName(id: user.projectID), domain: nil),
      regionName: regionName)
    let client = NovaClient(config: config, transport: inProcessTransport(root: root), now: now)
    let description: CloudDescription
    do {
      description = try await client.describe()
    } catch {
      throw (error as? CloudError) ?? .other(status: 500, "\(error)")
    }
    var random = SystemRandomNumberGenerator()
    let session = BrowserSession(id: Token.hex(40, using: &random), userID: user.id, columns: columns, now: now())
    let progress = await SandboxProgressKeeper.load(userID: user.id, tutor: tutor, store: store)
    let keeper = SandboxProgressKeeper(
      userID: user.id, tutor: tutor, store: store,
      path: language == .nb ? "workshop-sandkassen" : "the workshop sandbox")
    let tutorSession = TutorSession(
      tutor: Tutor(library: tutor.setup.library, progress: progress, language: language, onSimulator: false),
      store: keeper, openings: [.welcome])
    let urls = Routes.endpoints(root: root)
    // Servers in the sandbox cost nothing: the real-cloud question before the first one is not asked.
    var context = ShellContext(
      cloud: GuardedCloud(client, cloudName: user.name, consent: .granted, language: language),
      console: BrowserConsole(session: session),
      endpoints: ServiceEndpoints(compute: urls.compute, image: urls.image, network: urls.network),
      names: session.names)
    context.cloudInfo = description
    context.language = language
    context.room = TutorRoomLink(sandbox: self, user: user)
    context.explainer = TutorSchedulingExplainer(sandbox: self, user: user)
    var repl = Repl(context: context, reader: BrowserLineReader(session: session))
    repl.tutor = tutorSession
    let ticket = tutor.add(session, now: now())
    let name = user.name
    Task { [self, repl] in
      var repl = repl
      _ = await repl.run()
      tutor.forget(session)
      session.end("quit")
      log("tutor: \(name)'s browser session ended")
    }
    return (session, ticket)
  }

  /// The session's events as server-sent events; a page that goes away ends its session.
  func tutorEvents(_ session: BrowserSession, tutor: BrowserTutor) -> SandboxReply {
    let (bytes, out) = AsyncStream<[UInt8]>.makeStream(bufferingPolicy: .unbounded)
    let pump = Task {
      for await event in session.events { out.yield(Self.eventBytes(event)) }
      out.finish()
    }
    let heartbeat = EventStreamHeartbeat.start(out)
    let close: @Sendable () -> Void = {
      pump.cancel()
      heartbeat.cancel()
      out.finish()
      tutor.end(session, reason: "the page was closed")
    }
    out.onTermination = { _ in close() }
    return SandboxReply(
      status: 200, headers: [("Cache-Control", "no-store")], contentType: "text/event-stream", stream: bytes,
      onClose: close)
  }

  static func eventBytes(_ event: BrowserEvent) -> [UInt8] {
    let (name, data): (String, JSONValue) =
      switch event {
      case .output(let text, let stream):
        ("output", .object([("stream", .string(stream == .stderr ? "stderr" : "stdout")), ("text", .string(text))]))
      case .prompt(let prompt): ("prompt", .object([("prompt", .string(prompt))]))
      case .ended(let reason): ("ended", .object([("reason", .string(reason))]))
      }
    return Array("event: \(name)\ndata: ".utf8) + data.bytes + Array("\n\n".utf8)
  }
}
