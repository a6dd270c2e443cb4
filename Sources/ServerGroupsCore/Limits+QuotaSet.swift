extension Limits {
  /// The quota resources Nova's `os-quota-sets` shows at a microversion (network ones until 2.36, injected files
  /// until 2.57), sorted by name as Nova's JSON is: each key with its limit (an admin's override first) and the
  /// project's use. The sandbox answers with these rows and the simulator's quota calls use the same keys.
  package func quotaRows(overrides: [String: Int], version: Microversion) -> [(key: String, limit: Int, used: Int)] {
    var rows: [(key: String, limit: Int, used: Int)] = [
      ("cores", maxCores, coresUsed), ("instances", maxInstances, instancesUsed), ("key_pairs", 100, 0),
      ("metadata_items", 128, 0), ("ram", maxRAMMB, ramUsedMB), ("server_group_members", maxServerGroupMembers, 0),
      ("server_groups", maxServerGroups, serverGroupsUsed),
    ]
    if version < Microversion(2, 57) {
      rows += [
        ("injected_file_content_bytes", 10240, 0), ("injected_file_path_bytes", 255, 0), ("injected_files", 5, 0),
      ]
    }
    if version < Microversion(2, 36) {
      rows += [
        ("fixed_ips", -1, 0), ("floating_ips", 10, 0), ("security_group_rules", 20, 0), ("security_groups", 10, 0),
      ]
    }
    return rows.map { row in (row.key, overrides[row.key] ?? row.limit, row.used) }.sorted { $0.key < $1.key }
  }
}
