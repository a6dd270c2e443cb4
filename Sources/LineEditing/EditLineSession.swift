import CLibEdit
import Foundation
import Shell

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One libedit editor and its history, owned by a `LibEditLineReader`.
///
/// A class because libedit keeps a pointer to it (EL_CLIENTDATA) for the prompt and Tab callbacks, and because
/// `el_end`/`history_end` must run exactly once.
final class EditLineSession {
  /// The name libedit matches against `prog:` prefixes in ~/.editrc.
  static let programName = "sgtutor"
  /// The name of our Tab command; kept stable because binding an unknown name can corrupt libedit's heap.
  static let completeCommand = "sgtutor-complete"

  private let editLine: OpaquePointer
  private let history: OpaquePointer
  private let historyFile: HistoryFile
  private let completer: (any LineCompleter)?
  /// The prompt handed to libedit; it must outlive the prompt callback, so it is a C copy we own.
  private var promptBuffer: UnsafeMutablePointer<CChar>?
  /// Set once history cannot be saved; the reason is printed once and saving stops.
  private var historyProblem: HistoryFileError?
  /// Reads the keys for libedit, and acts on signals while it waits.
  private var keys = KeyReader()

  init?(historyFile: HistoryFile, completer: (any LineCompleter)?) {
    guard let editLine = sg_el_init(Self.programName) else { return nil }
    guard let history = history_init() else {
      el_end(editLine)
      return nil
    }
    self.editLine = editLine
    self.history = history
    self.historyFile = historyFile
    self.completer = completer

    sg_hist_setsize(history, HistoryFile.capacity)
    sg_hist_setunique(history, 1)
    sg_el_set_history(editLine, history)
    sg_el_set_clientdata(editLine, Unmanaged.passUnretained(self).toOpaque())
    sg_el_set_prompt(editLine, EditLineCallbacks.prompt, CChar(UInt8(ascii: "\u{1}")))
    // libedit's own signal handling (EL_SIGNAL) does its work inside the handler, on whatever thread the kernel
    // picks; SignalRelay and KeyReader do it on the reading thread instead (see SignalRelay).
    sg_el_set_signal(editLine, 0)
    sg_el_set_getcfn(editLine, EditLineCallbacks.readCharacter)
    sg_el_set_editor(editLine, "emacs")
    sg_el_addfn(editLine, Self.completeCommand, "Complete the word at the cursor", EditLineCallbacks.complete)
    for (keys, command) in Self.bindings { sg_el_bind(editLine, keys, command) }
    // The user's ~/.editrc comes after our defaults so it can change them; Tab is re-bound afterwards because
    // `bind -v` (vi mode) would otherwise lose completion.
    el_source(editLine, nil)
    sg_el_bind(editLine, "^I", Self.completeCommand)

    loadHistory()
  }

  deinit {
    // Edit mode off first, so el_end does not flush typed-ahead input (LLDB does the same).
    sg_el_set_editmode(editLine, 0)
    el_end(editLine)
    history_end(history)
    free(promptBuffer)
  }

  /// Emacs-mode extras on top of libedit's defaults: Tab; the readline meanings most fingers know for Ctrl-R
  /// (search back), Ctrl-U (delete to the start) and Ctrl-W (delete the word before the cursor), which libedit's
  /// csh-style map binds otherwise; and the Home/End/Delete/Ctrl-arrow sequences xterm-like terminals send.
  private static let bindings: [(String, String)] = [
    ("^I", completeCommand),
    ("^R", "em-inc-search-prev"),
    ("^U", "vi-kill-line-prev"),
    ("^W", "ed-delete-prev-word"),
    ("\\e[H", "ed-move-to-beg"), ("\\eOH", "ed-move-to-beg"), ("\\e[1~", "ed-move-to-beg"),
    ("\\e[F", "ed-move-to-end"), ("\\eOF", "ed-move-to-end"), ("\\e[4~", "ed-move-to-end"),
    ("\\e[3~", "ed-delete-next-char"),
    ("\\e[1;5C", "em-next-word"), ("\\e[1;5D", "ed-prev-word"),
  ]

  // MARK: Reading

  /// One line without its newline; `""` after Ctrl-C; nil at end of input.
  func readLine(prompt: String) -> String? {
    setPrompt(PromptEscapes.marked(prompt))
    keys.prepare()
    var count: Int32 = 0
    SignalRelay.beginReading()
    errno = 0
    let line = el_gets(editLine, &count)
    let readError = errno
    let signals = SignalRelay.endReading()
    // A hang-up or termination ends the process as it would have without the line editor; libedit has put the
    // terminal back by now. (When the program had its own handler for it, that handler runs and reading goes on.)
    for signal in SignalRelay.endingTheRead where signal != SIGINT && signals.contains(signal) {
      SignalRelay.raiseAgain(signal)
    }
    let interrupted = signals.contains(SIGINT)

    if let line, count > 0 {
      var text = String(cString: line)
      while text.hasSuffix("\n") || text.hasSuffix("\r") { text.removeLast() }
      return text
    }
    if interrupted {
      // el_gets has put the terminal back; show the ^C like other shells and start a fresh line.
      sg_write_stdout("^C\n")
      return ""
    }
    if count < 0 && readError == EINTR {
      // Some other signal interrupted the read: keep the shell, offer a fresh prompt.
      sg_write_stdout("\n")
      return ""
    }
    // Ctrl-D on an empty line (libedit echoed ^D), or the terminal went away.
    sg_write_stdout("\n")
    return nil
  }

  /// The character reader's answer (see `KeyReader`).
  fileprivate func nextCharacter(_ editLine: OpaquePointer, into character: UnsafeMutablePointer<wchar_t>) -> Int32 {
    keys.nextCharacter(editLine, into: character)
  }

  /// The prompt callback's answer.
  fileprivate var promptPointer: UnsafeMutablePointer<CChar>? { promptBuffer }

  private func setPrompt(_ prompt: String) {
    free(promptBuffer)
    promptBuffer = strdup(prompt)
  }

  // MARK: History

  /// Adds a line (trimmed, redacted, never empty) and saves at once, so even a closed terminal keeps it.
  func addHistory(_ line: String) {
    let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !trimmed.isEmpty else { return }
    sg_hist_enter(history, HistoryRedaction.redact(trimmed))
    saveHistory()
  }

  /// Writes the history file (at most `HistoryFile.capacity` entries, mode 0600) through a temporary file, so it is
  /// replaced whole or not at all. Safe to call any number of times.
  func saveHistory() {
    guard historyProblem == nil else { return }
    if let problem = problemWithHistoryFile() {
      report(problem)
      return
    }
    do {
      try historyFile.prepareTemporary()
      guard sg_hist_save(history, historyFile.temporaryPath) >= 0 else {
        let reason = HistoryFile.errnoText()
        historyFile.discardTemporary()
        throw HistoryFileError.cannotWrite(path: historyFile.path, reason: reason)
      }
      try historyFile.commitTemporary()
    } catch let problem as HistoryFileError {
      report(problem)
    } catch {
      report(.cannotWrite(path: historyFile.path, reason: "\(error)"))
    }
  }

  private func loadHistory() {
    if let problem = problemWithHistoryFile() {
      report(problem)
      return
    }
    if historyFile.existing() == .history, sg_hist_load(history, historyFile.path) < 0 {
      report(.cannotRead(path: historyFile.path))
    }
  }

  /// Why the history file must be left alone, if it must; checked before every save as well.
  private func problemWithHistoryFile() -> HistoryFileError? {
    switch historyFile.existing() {
    case .missing, .empty, .history: nil
    case .foreign: .notAHistoryFile(path: historyFile.path)
    case .notARegularFile: .notARegularFile(path: historyFile.path)
    case .device: .disabled
    }
  }

  private func report(_ problem: HistoryFileError) {
    historyProblem = problem
    guard problem != .disabled else { return }
    FileHandle.standardError.write(Data((problem.description + "\n").utf8))
  }

  // MARK: Completion

  /// Tab: asks the completer about the text before the cursor and applies the plan.
  fileprivate func completeAtCursor() -> UInt8 {
    guard let completer, let info = el_line(editLine)?.pointee,
      let buffer = info.buffer, let cursor = info.cursor
    else { return UInt8(CC_REFRESH_BEEP) }
    let before = String(
      decoding: UnsafeRawBufferPointer(start: buffer, count: buffer.distance(to: cursor)), as: UTF8.self)
    let spaceFollows = info.lastchar.map { cursor < $0 && cursor.pointee == CChar(UInt8(ascii: " ")) } ?? false
    let completion = completer.complete(before)
    guard let plan = TabCompletionPlan(completion, lineBeforeCursor: before, spaceFollows: spaceFollows) else {
      return UInt8(CC_REFRESH_BEEP)
    }
    if plan.deleteScalars > 0 { el_deletestr(editLine, Int32(plan.deleteScalars)) }
    if !plan.insert.isEmpty { el_insertstr(editLine, plan.insert) }
    guard !plan.listing.isEmpty else { return UInt8(CC_REFRESH) }

    let columns = sg_el_columns(editLine)
    let lines = CandidateListing.lines(plan.listing, columns: columns > 0 ? Int(columns) : 80)
    // The terminal is in libedit's raw mode, so end lines with \r\n ourselves; CC_REDISPLAY then draws the
    // prompt and the line again below the list, as bash does.
    sg_write_stdout("\r\n" + lines.joined(separator: "\r\n") + "\r\n")
    return UInt8(CC_REDISPLAY)
  }

  /// Finds the session libedit is calling back for.
  fileprivate static func from(_ editLine: OpaquePointer?) -> EditLineSession? {
    guard let editLine, let data = sg_el_get_clientdata(editLine) else { return nil }
    return Unmanaged<EditLineSession>.fromOpaque(data).takeUnretainedValue()
  }
}

/// libedit's callbacks, as `static let`s of a nonisolated type: C function pointers may not capture context,
/// and closures written in actor-isolated code would trap when called on another thread.
private enum EditLineCallbacks {
  static let prompt: @convention(c) (OpaquePointer?) -> UnsafeMutablePointer<CChar>? = { editLine in
    EditLineSession.from(editLine)?.promptPointer
  }

  static let complete: @convention(c) (OpaquePointer?, Int32) -> UInt8 = { editLine, _ in
    EditLineSession.from(editLine)?.completeAtCursor() ?? UInt8(CC_ERROR)
  }

  static let readCharacter: @convention(c) (OpaquePointer?, UnsafeMutablePointer<wchar_t>?) -> Int32 = {
    editLine, character in
    guard let editLine, let character, let session = EditLineSession.from(editLine) else { return -1 }
    return session.nextCharacter(editLine, into: character)
  }
}
