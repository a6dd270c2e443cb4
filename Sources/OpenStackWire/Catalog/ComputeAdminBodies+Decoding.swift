import ServerGroupsCore

extension ComputeAdminBodies {
  /// Reads `GET /os-hypervisors/detail` (up to 2.87; later versions drop the usage fields, read as 0).
  package static func decodeHypervisors(_ body: JSONValue) throws(WireError) -> [Hypervisor] {
    try JSONReader(body).array("hypervisors").map { item throws(WireError) in
      let id = item.value["id"].map { $0.stringValue ?? PythonRepr.str($0) } ?? ""
      return Hypervisor(
        id: id, hostname: try item.string("hypervisor_hostname"),
        state: item.optionalString("state") ?? "up",
        status: item.optionalString("status") ?? "enabled",
        hostIP: item.optionalString("host_ip") ?? "",
        vcpus: item.optionalInt("vcpus") ?? 0, vcpusUsed: item.optionalInt("vcpus_used") ?? 0,
        memoryMB: item.optionalInt("memory_mb") ?? 0,
        memoryMBUsed: item.optionalInt("memory_mb_used") ?? 0,
        localGB: item.optionalInt("local_gb") ?? 0,
        localGBUsed: item.optionalInt("local_gb_used") ?? 0,
        runningVMs: item.optionalInt("running_vms") ?? 0,
        availabilityZone: item.optionalString("availability_zone") ?? "",
        hypervisorType: item.optionalString("hypervisor_type") ?? "QEMU",
        hypervisorVersion: item.optionalInt("hypervisor_version") ?? 8_002_000)
    }
  }
}
