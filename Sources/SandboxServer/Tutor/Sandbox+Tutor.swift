import Foundation
import HTTPTypes
import LessonEngine
import OpenStackWire
import ServerGroupsCore
import Shell

extension Sandbox {
  /// `/sgtutor/v1/tutor/...`: the participants' tutor in the browser.
  ///
  /// - `GET setup` (no sign-in): what the sign-in form offers: `{"language", "languages", "codes"}`.
  /// - `POST login` `{"username", "password"}` (from the participant's clouds.yaml) or `{"username", "code"}` (the
  ///   one-time code the room shows, with `--tutor-codes`) → `{"login"}`, the secret every other call carries in
  ///   `X-Tutor-Login`; `DELETE login` signs out.
  /// - `POST sessions` `{"columns", "language"}` starts the shell and tutor → `{"session", "ticket", "language"}`.
  /// - `POST sessions/{id}/columns` `{"columns"}`: the pane was resized.
  /// - `GET sessions/{id}/events?ticket=…`: server-sent events `output`, `prompt` and `ended`.
  /// - `POST sessions/{id}/lines` `{"line", "columns"}`: one line typed (its output comes as events).
  /// - `POST sessions/{id}/complete` `{"line"}` (the text before the cursor) → `{"line", "listing"}`.
  /// - `DELETE sessions/{id}` ends it.
  func tutorRoute(_ request: SandboxRequest, _ path: [String]) async -> SandboxReply {
    guard let tutor = browserTutor else { return Self.tutorError(404, "This sandbox does not serve the tutor.") }
    let now = now()
    // `sessions/{id}/{action}` and `sessions/{id}`.
    let id = path.count >= 2 && path[0] == "sessions" ? path[1] : nil
    let action = path.count == 3 ? path[2] : nil
    switch (request.method, path) {
    case (.get, ["setup"]):
      return .json(
        200,
        .object([
          ("language", .optional(tutor.setup.language?.rawValue)),
          ("languages", .array(Language.allCases.map { .string($0.rawValue) })), ("codes", .bool(tutor.setup.codes)),
        ]))
    case (.post, ["login"]): return signIn(request, tutor: tutor, now: now)
    case (.get, _) where id != nil && action == "events":
      guard let ticket = request.queryValue("ticket"), let session = tutor.redeem(ticket: ticket, now: now),
        session.id == id, session.attach()
      else { return Self.tutorError(401, "This page's sign-in has expired: reload the page.") }
      return tutorEvents(session, tutor: tutor)
    default: break
    }
    guard let userID = tutor.user(login: request.header("X-Tutor-Login"), now: now),
      let user = workshop.directory.user(id: userID)
    else { return Self.tutorError(401, "Sign in with the username and password from your clouds.yaml file.") }
    tutor.sweep(now: now)
    switch (request.method, path) {
    case (.delete, ["login"]):
      tutor.signOut(login: request.header("X-Tutor-Login") ?? "")
      log("tutor: \(user.name) signed out of the browser")
      return .empty(204)
    case (.post, ["sessions"]):
      let body = request.json
      let columns = body?["columns"]?.intValue ?? 80
      var picked: Language?
      if let value = body?["language"], value != .null {
        guard let flag = value.stringValue, let language = Language(flag: flag) else {
          return Self.tutorError(400, "The language must be \"en\" or \"nb\".")
        }
        picked = language
      }
      let language = tutor.setup.language(picked: picked, acceptLanguage: request.header("Accept-Language"))
      do {
        let (session, ticket) = try await startTutorSession(
          user: user, tutor: tutor, columns: columns, language: language, root: request.root)
        return .json(
          201,
          .object([
            ("session", .string(session.id)), ("ticket", .string(ticket)), ("language", .string(language.rawValue)),
            ("user", .string(user.name)),
          ]))
      } catch {
        return Self.tutorError(500, "The tutor could not start: \(error.message)")
      }
    case (_, _) where id != nil && action != nil:
      guard let id, let action, let session = tutor.session(id, userID: user.id) else {
        return Self.tutorError(404, "This session has ended: reload the page.")
      }
      switch (request.method, action) {
      case (.post, "lines"): return typeLine(request, into: session, now: now)
      case (.post, "complete"): return complete(request, in: session)
      case (.post, "columns"):
        guard let columns = request.json?["columns"]?.intValue else {
          return Self.tutorError(400, "Give the pane's width as {\"columns\": 80}.")
        }
        session.resize(columns: columns)
        return .empty(204)
      default: return Self.unrouted
      }
    case (.delete, _) where id != nil && path.count == 2:
      guard let id, let session = tutor.session(id, userID: user.id) else {
        return Self.tutorError(404, "This session has ended: reload the page.")
      }
      tutor.end(session, reason: "closed")
      return .empty(204)
    default: return Self.unrouted
    }
  }

  private func signIn(_ request: SandboxRequest, tutor: BrowserTutor, now: Date) -> SandboxReply {
    guard let body = request.json, let name = body["username"]?.stringValue, name.count <= 255 else {
      return Self.tutorError(400, "Give the username and password as {\"username\": …, \"password\": …}.")
    }
    // Only a participant's member user learns here: the reader cannot do the lessons, and the instructor's
    // account is for the room.
    let member = workshop.directory.users.first { $0.name == name && $0.role == .member }
    let user: Directory.User
    var how = ""
    if let code = body["code"]?.stringValue, body["password"] == nil {
      guard tutor.setup.codes else {
        return Self.tutorError(403, "One-time codes are off in this room: sign in with your password.")
      }
      guard code.count <= 64 else { return Self.tutorError(400, "A one-time code has six letters and digits.") }
      let redeemed = member.map { tutor.redeem(code: code, userID: $0.id, now: now) } ?? false
      // The room shows the next code (or the same one with fewer tries left).
      room.changed()
      guard redeemed, let member else {
        return Self.tutorError(401, "The code is wrong, used or expired: ask the instructor for your current one.")
      }
      user = member
      how = " with a one-time code"
    } else {
      guard let password = body["password"]?.stringValue, password.count <= 255 else {
        return Self.tutorError(400, "Give the username and password as {\"username\": …, \"password\": …}.")
      }
      guard let member, Self.sameText(member.password, password) else {
        return Self.tutorError(401, "The username or password is wrong.")
      }
      user = member
    }
    let login = tutor.signIn(userID: user.id, now: now)
    log("tutor: \(user.name) signed in from a browser\(how)")
    return .json(
      201,
      .object([
        ("login", .string(login)), ("user", .string(user.name)), ("expires_in", .int(Int(tutor.setup.idleTimeout))),
      ]))
  }

  private func typeLine(_ request: SandboxRequest, into session: BrowserSession, now: Date) -> SandboxReply {
    guard let body = request.json, let line = body["line"]?.stringValue else {
      return Self.tutorError(400, "Give the line as {\"line\": \"…\"}.")
    }
    guard line.count <= Repl.maxLineLength, !line.contains(where: \.isNewline) else {
      return Self.tutorError(400, "A line is at most \(Repl.maxLineLength) characters, with no line breaks.")
    }
    do {
      try session.send(line, columns: body["columns"]?.intValue, at: now)
    } catch .busy {
      return Self.tutorError(429, "Too many lines are waiting: let the last ones finish.")
    } catch {
      return Self.tutorError(404, "This session has ended: reload the page.")
    }
    return .empty(202)
  }

  /// Tab: the same candidates as the libedit shell (`ShellCompleter`), applied the same way (`TabCompletionPlan`).
  private func complete(_ request: SandboxRequest, in session: BrowserSession) -> SandboxReply {
    guard let body = request.json, let line = body["line"]?.stringValue, line.count <= Repl.maxLineLength else {
      return Self.tutorError(400, "Give the text before the cursor as {\"line\": \"…\"}.")
    }
    let completion = ShellCompleter(names: session.names).complete(line)
    guard let plan = TabCompletionPlan(completion, lineBeforeCursor: line, spaceFollows: false) else {
      return .json(200, .object([("line", .string(line)), ("listing", .array([]))]))
    }
    var scalars = line.unicodeScalars
    scalars.removeLast(min(plan.deleteScalars, scalars.count))
    let completed = String(scalars) + plan.insert
    return .json(
      200, .object([("line", .string(completed)), ("listing", .array(plan.listing.map { .string($0) }))]))
  }

  /// Compares two secrets in time that does not depend on where they differ.
  static func sameText(_ left: String, _ right: String) -> Bool {
    let (a, b) = (Array(left.utf8), Array(right.utf8))
    var difference = a.count ^ b.count
    for index in 0..<max(a.count, b.count) {
      difference |= Int((index < a.count ? a[index] : 0) ^ (index < b.count ? b[index] : 0))
    }
    return difference == 0
  }

  /// `{"error": {"code": …, "message": …}}`.
  static func tutorError(_ status: Int, _ message: String) -> SandboxReply {
    .json(status, .object([("error", .object([("code", .int(status)), ("message", .string(message))]))]))
  }
}
