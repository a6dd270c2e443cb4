import Foundation
import ServerGroupsCore

/// The names `server list` and `server show` print instead of flavor and image IDs.
package struct CatalogNames: Sendable {
  package var flavors: [FlavorID: Flavor]
  package var images: [ImageID: Image]

  package init(flavors: [Flavor], images: [Image]) {
    self.flavors = Dictionary(flavors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    self.images = Dictionary(images.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
  }
}

extension Server {
  /// openstackclient's `AddressesColumn`: `private=10.0.0.3, fd00::3; public=…`.
  var addressesCell: Cell {
    let sorted = networks.sorted { $0.key < $1.key }
    let human = sorted.map { "\($0.key)=\($0.value.joined(separator: ", "))" }.joined(separator: "; ")
    return Cell(human: human, machine: .object(sorted.map { ($0.key, .array($0.value.map { .string($0) })) }))
  }

  var powerState: String { status == .active ? "Running" : "NOSTATE" }
  var vmState: String { status == .build ? "building" : status.rawValue.lowercased() }
  var taskState: Cell { status == .build ? .text("spawning") : .none }

  /// `server list` columns (openstackclient 10.5; `--long` adds state, image ID, zone, host, properties).
  package static func listing(_ servers: [Server], names: CatalogNames, long: Bool) -> Listing {
    let columns =
      long
      ? [
        "ID", "Name", "Status", "Task State", "Power State", "Networks", "Image Name", "Image ID", "Flavor",
        "Availability Zone", "Host", "Properties",
      ]
      : ["ID", "Name", "Status", "Networks", "Image", "Flavor"]
    let rows = servers.map { server -> [Cell] in
      let image: Cell =
        server.imageID.map { .text(names.images[$0]?.name ?? "") } ?? .text("N/A (booted from volume)")
      let flavor = Cell.text(names.flavors[server.flavorID]?.name ?? server.flavorID.rawValue)
      if !long {
        return [.text(server.id.rawValue), .text(server.name), .text(server.status.rawValue), server.addressesCell, image, flavor]
      }
      return [
        .text(server.id.rawValue), .text(server.name), .text(server.status.rawValue), server.taskState,
        .text(server.powerState), server.addressesCell, image, .text(server.imageID?.rawValue ?? ""), flavor,
        .text(server.availabilityZone ?? ""), .text(server.host ?? ""),
        .dict(server.metadata.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) }),
      ]
    }
    return Listing(columns: columns, rows: rows)
  }

  /// `server show` and `server create`: every field openstackclient prints, sorted by name.
  package func record(names: CatalogNames) -> Record {
    let flavor = names.flavors[flavorID]
    let flavorCell: Cell =
      flavor.map {
        .dict([
          ("disk", .int($0.diskGB)), ("ephemeral", .int(0)), ("original_name", .string($0.name)),
          ("ram", .int($0.ramMB)), ("swap", .int(0)), ("vcpus", .int($0.vcpus)),
        ])
      } ?? .text(flavorID.rawValue)
    let imageCell: Cell =
      imageID.map { id in .text(names.images[id].map { "\($0.name) (\(id.rawValue))" } ?? id.rawValue) }
      ?? .text("N/A (booted from volume)")
    var fields: [Record.Field] = [
      .init("OS-DCF:diskConfig", .text("MANUAL")),
      .init("OS-EXT-AZ:availability_zone", .text(availabilityZone ?? "")),
      .init("OS-EXT-SRV-ATTR:host", .text(host)),
      .init("OS-EXT-SRV-ATTR:hypervisor_hostname", .text(host)),
      .init("OS-EXT-SRV-ATTR:instance_name", .none),
      .init("OS-EXT-SRV-ATTR:reservation_id", reservationID.isEmpty ? .none : .text(reservationID)),
      .init("OS-EXT-STS:power_state", .text(powerState)),
      .init("OS-EXT-STS:task_state", taskState),
      .init("OS-EXT-STS:vm_state", .text(vmState)),
      .init("OS-SRV-USG:launched_at", status == .active ? .text(Self.novaTime(created)) : .none),
      .init("OS-SRV-USG:terminated_at", .none),
      .init("accessIPv4", .text("")),
      .init("accessIPv6", .text("")),
      .init("addresses", addressesCell),
      .init("config_drive", .text("")),
      .init("created", .text(Self.isoTime(created))),
      .init("description", .none),
      .init("flavor", flavorCell),
      .init("hostId", .text(hostID)),
      .init("host_status", .text(hostStatus?.rawValue)),
      .init("id", .text(id.rawValue)),
      .init("image", imageCell),
      .init("key_name", .none),
      .init("locked", .bool(false)),
      .init("locked_reason", .none),
      .init("name", .text(name)),
      .init("progress", .int(0)),
      .init("project_id", .text(projectID.rawValue)),
      .init("properties", .dict(metadata.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })),
      .init("security_groups", Cell(human: "name='default'", machine: .array([.object([("name", .string("default"))])]))),
      .init("server_groups", .raw(.array(serverGroups.map { .string($0.rawValue) }))),
      .init("status", .text(status.rawValue)),
      .init("tags", .list([])),
      .init("updated", .text(Self.isoTime(updated))),
      .init("user_id", .text(userID.rawValue)),
      .init("volumes_attached", .text("")),
    ]
    if let fault {
      // openstackclient prints the fault dict raw (no formatter), so tables show Python's repr.
      fields.append(
        .init(
          "fault",
          .raw(.object([("code", .int(fault.code)), ("created", .string(Self.isoTime(fault.created))), ("message", .string(fault.message))]))))
    }
    return Record.sorted(fields)
  }

  /// `2026-01-02T03:04:05Z`, as Nova writes `created` and `updated`.
  static func isoTime(_ date: Date) -> String { date.formatted(.iso8601) }

  /// `2026-01-02T03:04:05.000000`, as Nova writes `launched_at`.
  static func novaTime(_ date: Date) -> String {
    String(isoTime(date).dropLast()) + ".000000"
  }
}
