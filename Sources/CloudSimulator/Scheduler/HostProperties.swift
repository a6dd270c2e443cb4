/// What a compute host reports about itself beyond capacity: ComputeCapabilitiesFilter matches flavor extra specs
/// against it, ImagePropertiesFilter matches image properties against it. The defaults are a libvirt/QEMU x86_64
/// host, so a region file only names what differs.
package struct HostProperties: Sendable, Equatable {
  /// Nova's `hypervisor_type` (`QEMU`, `ironic`, …).
  package var hypervisorType: String
  /// Nova's integer form, three digits per part: 8002000 is 8.2.0.
  package var hypervisorVersion: Int
  /// The CPU architecture (`cpu_info` `arch`), as Nova spells it: `x86_64`, `aarch64`, …
  package var architecture: String
  /// Free-form host stats (Nova's `host_state.stats`), which unscoped and `capabilities:` extra specs can name.
  package var stats: [String: String]

  package init(
    hypervisorType: String = "QEMU", hypervisorVersion: Int = 8_002_000, architecture: String = "x86_64",
    stats: [String: String] = [:]
  ) {
    self.hypervisorType = hypervisorType
    self.hypervisorVersion = hypervisorVersion
    self.architecture = architecture
    self.stats = stats
  }

  /// Nova's `supported_instances`: the (architecture, hypervisor type, VM mode) triples the host offers.
  /// A QEMU host runs both `kvm` and `qemu` guests, as libvirt reports them.
  var supportedInstances: [[String]] {
    let arch = Canonical.architecture(architecture)
    let type = Canonical.hypervisorType(hypervisorType)
    return (type == "qemu" ? ["kvm", "qemu"] : [type]).map { [arch, $0, "hvm"] }
  }

  /// The version as `oslo_utils.versionutils.convert_version_to_str` writes it (8002000 → 8.2.0).
  var versionText: String {
    var parts: [Int] = []
    var rest = hypervisorVersion
    while rest > 0 {
      parts.insert(rest % 1000, at: 0)
      rest /= 1000
    }
    return parts.map(String.init).joined(separator: ".")
  }

  /// Nova's `_get_capabilities`: an attribute of the host's state by name (`cpu_info` is a dictionary), or failing
  /// that a key of its stats; nil when the host reports no such thing.
  func capability(_ scope: [String], host: String, state: HostState, overcommit: Overcommit) -> String? {
    guard let first = scope.first else { return nil }
    let attribute: String? =
      switch first {
      case "hypervisor_type": hypervisorType
      case "hypervisor_version": String(hypervisorVersion)
      case "hypervisor_hostname", "host", "nodename": host
      case "free_ram_mb": String(overcommit.physicalFreeRAMMB(state))
      case "free_disk_mb": String(overcommit.physicalFreeDiskMB(state))
      case "num_io_ops": String(state.ioOps)
      case "cpu_info": scope.count == 2 && scope[1] == "arch" ? architecture : nil
      default: nil
      }
    if let attribute { return first == "cpu_info" || scope.count == 1 ? attribute : nil }
    return scope.count == 1 ? stats[first] : nil
  }
}

/// Nova's canonical spellings (`nova/objects/fields.py`), so `amd64` asks for `x86_64` and `xapi` for `xen`.
enum Canonical {
  static func architecture(_ name: String) -> String {
    let lower = name.lowercased()
    switch lower {
    case "i386", "i486", "i586", "x86_32", "x86_32p": return "i686"
    case "amd64": return "x86_64"
    default: return lower
    }
  }

  static func hypervisorType(_ name: String) -> String {
    let lower = name.lowercased()
    return lower == "xapi" ? "xen" : lower
  }

  static func vmMode(_ name: String) -> String {
    let lower = name.lowercased()
    switch lower {
    case "pv": return "xen"
    case "hv", "baremetal": return "hvm"
    default: return lower
    }
  }
}
