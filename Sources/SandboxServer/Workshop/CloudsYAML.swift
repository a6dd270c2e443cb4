import Foundation
import OpenStackWire
import ServerGroupsCore

/// The clouds.yaml files the sandbox writes: one per project, so each person gets only their own secrets.
/// The instructor's file has the `instructor` (admin) entry; participant N's has `participant-N`, the
/// read-only `participant-N-reader` and the application-credential `participant-N-appcred` entries.
package enum CloudsYAML {
  /// One file to hand to one person.
  package struct File: Sendable, Equatable {
    /// Who gets it: the name of the project's first user (`instructor`, `participant-3`).
    package var owner: String
    /// The file name inside the folder (`participant-3.yaml`).
    package var name: String
    /// The `--os-cloud` names it holds, in order.
    package var clouds: [String]
    package var text: String
    /// Whether it holds an admin's credentials.
    package var isAdmin: Bool
  }

  /// The files for every project of `directory`, the instructor's first.
  package static func files(directory: Directory, root: String, regionName: String = "RegionOne") -> [File] {
    let authURL = Routes.endpoints(root: root).identity
    return directory.projects.compactMap { project -> File? in
      let users = directory.users.filter { $0.projectID == project.id }
      guard let owner = users.first else { return nil }
      var clouds: [String] = []
      var lines = [
        "# Written by sgtutor serve for \(owner.name) only: it holds passwords, do not share it.",
        "# Use: OS_CLIENT_CONFIG_FILE=<this file> openstack --os-cloud \(owner.name) server group list",
        "clouds:",
      ]
      for user in users {
        clouds.append(user.name)
        lines += [
          "  \(user.name):", "    auth:", "      auth_url: \(authURL)", "      username: \(quoted(user.name))",
          "      password: \(quoted(user.password))", "      project_name: \(quoted(project.name))",
          "      user_domain_name: Default", "      project_domain_name: Default",
          "    region_name: \(regionName)", "    interface: public", "    identity_api_version: 3",
        ]
      }
      let userIDs = Set(users.map(\.id))
      for credential in directory.applicationCredentials where userIDs.contains(credential.userID) {
        guard let user = directory.user(id: credential.userID) else { continue }
        clouds.append(user.name + "-appcred")
        lines += [
          "  \(user.name)-appcred:", "    auth_type: v3applicationcredential", "    auth:",
          "      auth_url: \(authURL)", "      application_credential_id: \(quoted(credential.id))",
          "      application_credential_secret: \(quoted(credential.secret))",
          "    region_name: \(regionName)", "    interface: public", "    identity_api_version: 3",
        ]
      }
      return File(
        owner: owner.name, name: fileName(project.name), clouds: clouds,
        text: lines.joined(separator: "\n") + "\n", isAdmin: users.contains { $0.role == .admin })
    }
  }

  /// `participant-1` → `participant-1.yaml`; anything but letters, digits, `-` and `_` becomes `_`.
  static func fileName(_ projectName: String) -> String {
    let safe = projectName.unicodeScalars.map { scalar -> Character in
      let ok = scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || scalar == "-" || scalar == "_")
      return ok ? Character(scalar) : "_"
    }
    return (safe.isEmpty ? "project" : String(safe)) + ".yaml"
  }

  /// What the serve terminal prints: the folder, then which file goes to whom. Never a password.
  package static func summary(_ files: [File], folder: String) -> [String] {
    let width = files.map(\.name.count).max() ?? 0
    var lines = ["clouds.yaml files in \(folder) (mode 0600, each with only its owner's credentials):"]
    for file in files {
      let padded = file.name.padding(toLength: width, withPad: " ", startingAt: 0)
      let note = file.isAdmin ? " (admin: keep it to yourself)" : ""
      lines.append("  \(padded)  for \(file.owner)\(note): --os-cloud \(file.clouds.joined(separator: ", "))")
    }
    return lines
  }

  private static func quoted(_ text: String) -> String {
    "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
  }
}
