import Foundation
import OpenStackWire
import ServerGroupsCore

/// What `sgtutor serve` does once it listens: writes the clouds.yaml files and says where everything is.
package enum ServeBanner {
  /// Writes the clouds.yaml files into `folder` and returns the text for the terminal: the endpoints, which
  /// file goes to whom, and a command to try. It never holds a password or secret. `stateNote` says where the
  /// workshop came from (restored or imported), shown after the address.
  package static func publish(
    directory: Directory, root: String, regionName: String, folder: String, stateNote: String?,
    servesTutor: Bool = false
  ) -> String {
    let files = CloudsYAML.files(directory: directory, root: root, regionName: regionName)
    var lines = ["sgtutor sandbox listening on \(root)" + (stateNote.map { " (\($0))" } ?? "")]
    let urls = Routes.endpoints(root: root)
    lines += [
      "  identity: \(urls.identity)", "  compute: \(urls.compute)", "  image: \(urls.image)",
      "  network: \(urls.network)", "  room: \(root)/sgtutor/room (the instructor's live view; sign in as instructor)",
    ]
    if servesTutor {
      lines.append(
        "  participants: \(root)/sgtutor/tutor (the tutor in a browser; sign in with the participant's clouds.yaml user)"
      )
    }
    do {
      try CloudsFolder.write(files, to: folder)
      lines += CloudsYAML.summary(files, folder: folder)
      let stale = CloudsFolder.removeStale(keeping: files, in: folder)
      if !stale.isEmpty {
        lines.append("  removed from an earlier run (no such participant now): \(stale.joined(separator: ", "))")
      }
    } catch {
      lines.append("error: \(error.description)")
    }
    let members = directory.users.filter { $0.role == .member }.count
    if let first = files.first(where: { !$0.isAdmin }) {
      let path = (folder as NSString).appendingPathComponent(first.name)
      lines.append(
        "participants: \(members); try: OS_CLIENT_CONFIG_FILE=\(path) openstack --os-cloud \(first.owner) "
          + "server group list")
    }
    lines.append("Ctrl-C stops the sandbox.")
    return lines.joined(separator: "\n") + "\n"
  }
}
