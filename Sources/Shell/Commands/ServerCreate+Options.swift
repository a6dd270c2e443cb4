import ArgumentParser
import ServerGroupsCore

extension ShellCommand.ServerCommands.Create {
  /// `--nic`, `--network` and `--no-network`, checked and resolved as openstackclient does.
  func networkRequest(_ ctx: ShellContext) async throws -> NetworkRequest {
    var special: [String] = noNetwork ? ["none"] : []
    var wanted: [String] = network
    for value in nic {
      if value == "auto" || value == "none" {
        special.append(value)
      } else if value.hasPrefix("net-id=") {
        wanted.append(String(value.dropFirst("net-id=".count)))
      } else {
        throw ShellError.command(
          "Invalid --nic argument '\(value)'. Nic arguments must be of the form --nic <net-id=net-uuid,port-id=port-uuid,v4-fixed-ip=ip-addr,v6-fixed-ip=ip-addr,tag=tag>."
        )
      }
    }
    if !special.isEmpty && (special.count > 1 || !wanted.isEmpty) {
      throw ShellError.command(
        "Specifying a --nic of auto or none cannot be combined with other --nic, --network or --port value")
    }
    if special.first == "none" { return .none }
    if wanted.isEmpty { return .auto }
    var ids: [NetworkID] = []
    for name in wanted { ids.append(try await Finder.network(name, ctx).id) }
    return .networks(ids)
  }

  /// The `group` scheduler hint. `--server-group` is resolved by name or ID, as the real CLI does.
  /// `--hint group=<name>` is resolved too, which the real CLI does not do: the shell says so once.
  func groupHintValue(_ ctx: inout ShellContext, notes: inout [Output]) async throws -> JSONValue? {
    if let serverGroup {
      return .string(try await Finder.serverGroup(serverGroup, ctx).id.rawValue)
    }
    var values = hint.filter { $0.hasPrefix("group=") }.map { String($0.dropFirst("group=".count)) }
    guard !values.isEmpty else { return nil }
    for (index, value) in values.enumerated() where !UUIDShape.isUUIDLike(value) {
      let cloud = ctx.cloud
      let groups = try await ctx.api {
        try await cloud.listServerGroups(ServerGroupListQuery())
      }
      let matches = groups.filter { $0.name == value }
      // No such name: pass it on as typed, and Nova answers as it would on a real cloud.
      guard matches.count == 1 else { continue }
      let id = matches[0].id.rawValue
      values[index] = id
      ctx.log.substitute("group=" + value, with: "group=" + id)
      if !ctx.settings.hintNoteShown {
        ctx.settings.hintNoteShown = true
        notes.append(
          .note(ShellMessages.text(.hintNameNote, value, id, Tokenizer.quote(value), in: ctx.language)))
      }
    }
    return values.count == 1 ? .string(values[0]) : .array(values.map { .string($0) })
  }
}

/// `--min` and `--max` as openstackclient's argparse `type=int` reads them: any whole number, however large.
/// Past `Int` the value is clamped and the digits are kept, so Nova's quota answer quotes what was typed.
package struct CountArgument: ExpressibleByArgument, Sendable, Equatable {
  package var value: Int
  package var digits: String?

  package init(_ value: Int) {
    self.value = value
    self.digits = nil
  }

  package init?(argument: String) {
    if let number = Int(argument) {
      self.init(number)
      return
    }
    let sign = argument.first == "-" || argument.first == "+" ? argument.first : nil
    let body = sign == nil ? Substring(argument) : argument.dropFirst()
    guard !body.isEmpty, body.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }) else { return nil }
    self.init(sign == "-" ? .min : .max)
    digits = sign == "-" ? nil : String(body.drop { $0 == "0" })
  }

  package var defaultValueDescription: String { String(value) }

  /// Whether this count is larger than `other`, exactly (digits compared when both are past `Int`).
  func exceeds(_ other: CountArgument) -> Bool {
    guard value == other.value, let mine = digits, let theirs = other.digits else { return value > other.value }
    return (mine.count, mine) > (theirs.count, theirs)
  }
}
