import Foundation
import Launch
import OpenStackClient
import ServerGroupsCore
import Shell

/// `sgtutor room` in `sgtutor-cloud`: the workshop room of a `sgtutor serve` sandbox in the terminal, and the room's
/// actions. The drawing is `RoomRenderer`'s; this connects, acts and loops.
extension RoomSession {
  /// Connects to the sandbox `real` names, acts, then draws the room; the exit status.
  package func run(_ real: RealCloudOptions, console: any Console, loader: CloudConfigLoader = .system()) async
    -> Int32
  {
    let connection: CloudConnector.Connection
    let config: CloudConfig
    do {
      config = try loader.resolve(options: real.loaderOptions)
      connection = try await CloudConnector.connect(
        config, notify: { console.write($0 + "\n", to: .stderr) }, showUnsent: { _ in })
    } catch {
      console.write("error: \(error)\n", to: .stderr)
      return 1
    }
    guard let room = await SandboxRoomClient.discover(connection.client) else {
      console.write(
        "error: \(config.name) is not a sgtutor sandbox (its catalog has no sgtutor service)\n", to: .stderr)
      await connection.transport.shutdown()
      return 1
    }
    let status = await show(room, console: console)
    await connection.transport.shutdown()
    return status
  }

  /// Acts, then draws the room (again as it changes with `--follow`); the exit status.
  package func show(_ room: SandboxRoomClient, console: any Console) async -> Int32 {
    do {
      try await act(room, console: console)
      var last = ""
      repeat {
        let style = RenderStyle(columns: console.columns, colors: console.colors)
        let text = RoomRenderer.render(try await room.room(), style: style, now: Date(), compact: compact)
        if text != last {
          // A fresh screen each time the room changes when following; a plain print otherwise.
          console.write((follow && console.colors ? "\u{1B}[H\u{1B}[2J" : "") + text, to: .stdout)
          last = text
        }
        if follow { try? await Task.sleep(for: .seconds(1)) }
      } while follow
      return 0
    } catch {
      console.write("error: \(error.message)\n", to: .stderr)
      return 1
    }
  }

  /// The actions asked for, each said in one line.
  private func act(_ room: SandboxRoomClient, console: any Console) async throws(CloudError) {
    for (action, host) in hostActions {
      _ = try await room.hostAction(host, action)
      console.write("\(host): \(action) done in every region\n", to: .stdout)
    }
    if let message {
      _ = try await room.sendMessage(message)
      console.write(message.isEmpty ? "message cleared\n" : "message sent\n", to: .stdout)
    }
    if let reset {
      let answer = try await room.reset(reset)
      let servers = RoomRenderer.count(answer["servers_deleted"])
      let groups = RoomRenderer.count(answer["groups_deleted"])
      console.write("\(reset): \(servers) servers and \(groups) groups deleted\n", to: .stdout)
    }
  }
}
