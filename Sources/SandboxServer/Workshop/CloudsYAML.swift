import Foundation
import OpenStackWire

/// The clouds.yaml the sandbox writes for its users: `instructor`, `participant-N`, and for each
/// participant a read-only `participant-N-reader` and an application-credential `participant-N-appcred` entry.
package enum CloudsYAML {
  package static func render(directory: Directory, root: String, regionName: String = "RegionOne") -> String {
    let authURL = Routes.endpoints(root: root).identity
    var lines = ["# Written by sgtutor serve. Use: openstack --os-cloud participant-1 server group list", "clouds:"]
    for user in directory.users {
      guard let project = directory.project(id: user.projectID) else { continue }
      let entry = user.name == "instructor" ? "instructor" : user.name
      lines += [
        "  \(entry):", "    auth:", "      auth_url: \(authURL)", "      username: \(quoted(user.name))",
        "      password: \(quoted(user.password))", "      project_name: \(quoted(project.name))",
        "      user_domain_name: Default", "      project_domain_name: Default",
        "    region_name: \(regionName)", "    interface: public", "    identity_api_version: 3",
      ]
    }
    for credential in directory.applicationCredentials {
      guard let user = directory.user(id: credential.userID) else { continue }
      lines += [
        "  \(user.name)-appcred:", "    auth_type: v3applicationcredential", "    auth:",
        "      auth_url: \(authURL)", "      application_credential_id: \(quoted(credential.id))",
        "      application_credential_secret: \(quoted(credential.secret))",
        "    region_name: \(regionName)", "    interface: public", "    identity_api_version: 3",
      ]
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private static func quoted(_ text: String) -> String {
    "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
  }
}
