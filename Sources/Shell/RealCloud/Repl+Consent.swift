import LessonEngine
import ServerGroupsCore

extension Repl {
  /// Asks a `GuardedCloud`'s question through the REPL's reader, hands the answer to the cloud and runs the
  /// command again; nothing was sent to the cloud before the question.
  mutating func answer(_ question: ConsentQuestion, command: any ShellRunnable, words: [String]) async -> Outcome {
    guard let guarded = context.underlyingCloud as? GuardedCloud else {
      emit(question.description + "\n", .stderr)
      return .failed
    }
    let reply = await ask(question.text) ?? ""
    switch question.kind {
    case .createServers:
      guard Messages.isYes(reply) else {
        emit(RealCloudMessages.declined(context.language) + "\n", .stderr)
        return .failed
      }
      await guarded.agree()
    case .network:
      do {
        try await guarded.chooseNetwork(reply)
      } catch {
        emit(error.message + "\n", .stderr)
        return .failed
      }
    }
    // The first attempt's reads are not what the command costs.
    _ = context.takeRequests()
    return await execute(command, words: words)
  }

  /// Shows `question` (its last line as the prompt) and reads the answer: from `asker` when there is one, else
  /// from the session's reader; a script's transcript shows the answer after the question. Nil at end of input.
  mutating func ask(_ question: String) async -> String? {
    var lines = question.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let prompt = lines.popLast() ?? ""
    if !lines.isEmpty { emit(lines.joined(separator: "\n") + "\n", .stdout) }
    if var asker {
      let answer = await asker.readLine(prompt: prompt)
      self.asker = asker
      return answer
    }
    switch mode {
    case .interactive:
      return await reader.readLine(prompt: prompt)
    case .script:
      let line = await reader.readLine(prompt: "")
      emit(prompt + (line ?? "") + "\n", .stdout)
      return line
    }
  }
}
