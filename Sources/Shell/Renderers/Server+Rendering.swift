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

  var powerState: String {
    switch powerStateCode {
    case 1: "Running"
    case 4: "Shutdown"
    default: "NOSTATE"
    }
  }
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
        return [
          .text(server.id.rawValue), .text(server.name), .text(server.status.rawValue), server.addressesCell, image,
          flavor,
        ]
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

  /// `server show`: every field openstackclient 10.5 prints, sorted by name.
  /// With `created: true`, the fields as `server create` prints them: the create response's `adminPass`, and
  /// `None` where the create response had no value.
  package func record(names: CatalogNames, created: Bool = false) -> Record {
    let imageCell: Cell =
      imageID.map { id in .text(names.images[id].map { "\($0.name) (\(id.rawValue))" } ?? id.rawValue) }
      ?? .text("N/A (booted from volume)")
    let blank: Cell = created ? .none : .text("")
    var fields: [Record.Field] = [
      .init("OS-DCF:diskConfig", .text("MANUAL")),
      .init("OS-EXT-AZ:availability_zone", .text(availabilityZone ?? "")),
      .init("OS-EXT-SRV-ATTR:host", .text(host)),
      .init("OS-EXT-SRV-ATTR:hypervisor_hostname", .text(host)),
      .init("OS-EXT-STS:power_state", .text(powerState)),
      .init("OS-EXT-STS:task_state", taskState),
      .init("OS-EXT-STS:vm_state", .text(vmState)),
      .init("OS-SRV-USG:launched_at", status == .active ? .text(Self.novaTime(updated)) : .none),
      .init("OS-SRV-USG:terminated_at", .none),
      .init("accessIPv4", blank),
      .init("accessIPv6", blank),
      .init("addresses", addressesCell),
      .init("config_drive", blank),
      .init("created", .text(Self.isoTime(self.created))),
      .init("description", .none),
      .init("flavor", Self.flavorCell(names.flavors[flavorID], id: flavorID)),
      .init("hostId", .text(hostID)),
      .init("host_status", .text(hostStatus?.rawValue)),
      .init("id", .text(id.rawValue)),
      .init("image", imageCell),
      .init("key_name", .none),
      .init("locked", created ? .none : .bool(false)),
      .init("locked_reason", .none),
      .init("name", .text(name)),
      .init("progress", created ? .none : .int(0)),
      .init("project_id", .text(projectID.rawValue)),
      .init(
        "properties", created ? .none : .dict(metadata.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })),
      .init(
        "security_groups", Cell(human: "name='default'", machine: .array([.object([("name", .string("default"))])]))),
      .init("server_groups", .raw(.array(serverGroups.map { .string($0.rawValue) }))),
      .init("status", .text(status.rawValue)),
      .init("tags", .list([])),
      .init("trusted_image_certificates", .none),
      .init("updated", .text(Self.isoTime(updated))),
      .init("user_id", .text(userID.rawValue)),
      .init("volumes_attached", .text("")),
    ]
    // Attributes only an administrator's token fills in; openstacksdk still lists them.
    for attribute in [
      "hostname", "instance_name", "kernel_id", "launch_index", "ramdisk_id", "reservation_id", "root_device_name",
      "user_data",
    ] {
      fields.append(.init("OS-EXT-SRV-ATTR:" + attribute, .none))
    }
    if created { fields.append(.init("adminPass", .text(Self.adminPass(for: id)))) }
    if let fault {
      // openstackclient prints the fault dict raw (no formatter), so tables show Python's repr.
      let value = JSONValue.object([
        ("code", .int(fault.code)), ("created", .string(Self.isoTime(fault.created))),
        ("message", .string(fault.message)),
      ])
      fields.append(.init("fault", .raw(value)))
    }
    return Record.sorted(fields)
  }

  /// The embedded flavor (microversion 2.47+) as openstacksdk's `Flavor` resource, shown through osc-lib's
  /// `format_dict` (whose empty `extra_specs` leaves the stray `, ,` the real CLI prints).
  static func flavorCell(_ flavor: Flavor?, id: FlavorID) -> Cell {
    guard let flavor else { return .text(id.rawValue) }
    let value = JSONValue.object([
      ("name", .string(flavor.name)), ("original_name", .string(flavor.name)), ("description", .null),
      ("disk", .int(flavor.diskGB)), ("is_public", .bool(true)), ("ram", .int(flavor.ramMB)),
      ("vcpus", .int(flavor.vcpus)),
      ("swap", .int(0)), ("ephemeral", .int(0)), ("is_disabled", .null), ("rxtx_factor", .null),
      ("extra_specs", .object([])),
      ("id", .string(flavor.name)), ("location", .null),
    ])
    return Cell(human: Cell.formatDict(value), machine: value)
  }

  /// A stand-in for the one-time password Nova returns on create, fixed by the server's ID.
  static func adminPass(for id: ServerID) -> String {
    let alphabet = Array("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789")
    var state: UInt64 = 1_469_598_103_934_665_603
    return String(
      (0..<20).map { index -> Character in
        for byte in id.rawValue.utf8 { state = (state ^ UInt64(byte) ^ UInt64(index)) &* 1_099_511_628_211 }
        return alphabet[Int(state % UInt64(alphabet.count))]
      })
  }

  /// `2026-01-02T03:04:05Z`, as Nova writes `created` and `updated`.
  static func isoTime(_ date: Date) -> String { date.formatted(.iso8601) }

  /// `2026-01-02T03:04:05.000000`, as Nova writes `launched_at`.
  static func novaTime(_ date: Date) -> String {
    String(isoTime(date).dropLast()) + ".000000"
  }
}
