import ServerGroupsCore

extension Flavor {
  /// `flavor list` (openstackclient columns; `--long` adds swap, RXTX factor and properties).
  package static func listing(_ flavors: [Flavor], long: Bool) -> Listing {
    var columns = ["ID", "Name", "RAM", "Disk", "Ephemeral", "VCPUs", "Is Public"]
    if long { columns += ["Swap", "RXTX Factor", "Properties"] }
    let rows = flavors.map { flavor -> [Cell] in
      var row: [Cell] = [
        .text(flavor.id.rawValue), .text(flavor.name), .int(flavor.ramMB), .int(flavor.diskGB), .int(0),
        .int(flavor.vcpus), .bool(flavor.isPublic),
      ]
      if long { row += [.int(0), .raw(.double(1.0)), .dict([])] }
      return row
    }
    return Listing(columns: columns, rows: rows)
  }

  /// `flavor show`.
  package var record: Record {
    Record.sorted([
      .init("OS-FLV-DISABLED:disabled", .bool(false)),
      .init("OS-FLV-EXT-DATA:ephemeral", .int(0)),
      .init("access_project_ids", .none),
      .init("description", .none),
      .init("disk", .int(diskGB)),
      .init("id", .text(id.rawValue)),
      .init("name", .text(name)),
      .init("os-flavor-access:is_public", .bool(isPublic)),
      .init("properties", .dict([])),
      .init("ram", .int(ramMB)),
      .init("rxtx_factor", .raw(.double(1.0))),
      .init("swap", .int(0)),
      .init("vcpus", .int(vcpus)),
    ])
  }
}

extension Image {
  /// `image list`.
  package static func listing(_ images: [Image]) -> Listing {
    Listing(
      columns: ["ID", "Name", "Status"], rows: images.map { [.text($0.id.rawValue), .text($0.name), .text($0.status)] })
  }
}

extension Network {
  /// `network list`.
  package static func listing(_ networks: [Network]) -> Listing {
    Listing(
      columns: ["ID", "Name", "Subnets"],
      rows: networks.map { [.text($0.id.rawValue), .text($0.name), .list($0.subnets)] })
  }
}

extension Hypervisor {
  /// `hypervisor list` (`--long` adds usage, as before microversion 2.88).
  package static func listing(_ hypervisors: [Hypervisor], long: Bool) -> Listing {
    var columns = ["ID", "Hypervisor Hostname", "Hypervisor Type", "Host IP", "State"]
    if long { columns += ["vCPUs Used", "vCPUs", "Memory MB Used", "Memory MB"] }
    let rows = hypervisors.map { hypervisor -> [Cell] in
      var row: [Cell] = [
        .text(hypervisor.id), .text(hypervisor.hostname), .text(hypervisor.hypervisorType), .text(hypervisor.hostIP),
        .text(hypervisor.state),
      ]
      if long {
        row += [
          .int(hypervisor.vcpusUsed), .int(hypervisor.vcpus), .int(hypervisor.memoryMBUsed), .int(hypervisor.memoryMB),
        ]
      }
      return row
    }
    return Listing(columns: columns, rows: rows)
  }

  /// `hypervisor show`.
  package var record: Record {
    Record.sorted([
      .init("aggregates", .list([])),
      .init("cpu_info", .dict([])),
      .init("host_ip", .text(hostIP)),
      .init("hypervisor_hostname", .text(hostname)),
      .init("hypervisor_type", .text(hypervisorType)),
      .init("hypervisor_version", .int(hypervisorVersion)),
      .init("id", .text(id)),
      .init("local_gb", .int(localGB)),
      .init("local_gb_used", .int(localGBUsed)),
      .init("memory_mb", .int(memoryMB)),
      .init("memory_mb_used", .int(memoryMBUsed)),
      .init("running_vms", .int(runningVMs)),
      .init("service_host", .text(hostname)),
      .init("state", .text(state)),
      .init("status", .text(status)),
      .init("vcpus", .int(vcpus)),
      .init("vcpus_used", .int(vcpusUsed)),
    ])
  }
}
