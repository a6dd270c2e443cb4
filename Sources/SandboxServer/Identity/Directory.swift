import ServerGroupsCore

/// The sandbox's Keystone: projects, users with their passwords and roles, and application credentials.
/// It is part of the saved state, so a restart keeps every credential it handed out.
package struct Directory: Sendable, Codable, Equatable {
  /// A Keystone project; `seed` fixes the IDs of its own copy of the region.
  package struct Project: Sendable, Codable, Equatable {
    package var id: String
    package var name: String
    package var seed: UInt64
  }

  /// A Keystone user of one project (the sandbox gives every user exactly one project).
  package struct User: Sendable, Codable, Equatable {
    package var id: String
    package var name: String
    package var password: String
    package var projectID: String
    /// The roles assigned; tokens also list the implied ones (admin ⇒ member ⇒ reader).
    package var role: Role
  }

  /// An application credential of a user (it acts in the user's project with the user's roles).
  package struct ApplicationCredential: Sendable, Codable, Equatable {
    package var id: String
    package var name: String
    package var secret: String
    package var userID: String
  }

  package var projects: [Project]
  package var users: [User]
  package var applicationCredentials: [ApplicationCredential]
  /// Keystone role IDs by name, fixed for the sandbox's lifetime.
  package var roleIDs: [String: String]

  /// The instructor's project name (an admin user lives there).
  package static let instructorProject = "instructor"

  /// A new directory: the instructor (admin) and `participants` projects, each with a member user
  /// `participant-N` and a reader user `participant-N-reader`, and one application credential per member.
  /// Passwords come from `given` (by user name) or are random.
  package static func make(
    participants: Int, given: [String: String] = [:], random: inout some RandomNumberGenerator
  ) -> Directory {
    var directory = Directory(projects: [], users: [], applicationCredentials: [], roleIDs: [:])
    for role in Role.allCases { directory.roleIDs[role.rawValue] = Token.hex(32, using: &random) }
    func project(_ name: String) -> String {
      let id = Token.hex(32, using: &random)
      directory.projects.append(Project(id: id, name: name, seed: random.next()))
      return id
    }
    func user(_ name: String, _ projectID: String, _ role: Role) {
      let password = given[name] ?? Token.password(using: &random)
      directory.users.append(
        User(id: Token.hex(32, using: &random), name: name, password: password, projectID: projectID, role: role))
    }
    let instructor = project(instructorProject)
    user("instructor", instructor, .admin)
    for number in 1...max(participants, 1) {
      let name = "participant-\(number)"
      let id = project(name)
      user(name, id, .member)
      user(name + "-reader", id, .reader)
      let member = directory.users[directory.users.count - 2]
      directory.applicationCredentials.append(
        ApplicationCredential(
          id: Token.hex(32, using: &random), name: "\(name)-sgtutor",
          secret: given["\(name)-appcred"] ?? Token.password(using: &random), userID: member.id))
    }
    return directory
  }

  package func user(id: String) -> User? { users.first { $0.id == id } }
  package func project(id: String) -> Project? { projects.first { $0.id == id } }

  /// The roles a token of this user lists, implied ones included, as Keystone prints them.
  package func tokenRoles(for user: User) -> [(id: String, name: String)] {
    let names: [Role] =
      switch user.role {
      case .admin: [.admin, .member, .reader]
      case .member: [.member, .reader]
      case .reader: [.reader]
      }
    return names.map { (roleIDs[$0.rawValue] ?? $0.rawValue, $0.rawValue) }
  }

  /// The caller a token of this user acts as.
  package func caller(for user: User) -> Caller {
    Caller(projectID: ProjectID(user.projectID), userID: UserID(user.id), roles: [user.role])
  }
}

/// Random identifiers and secrets.
enum Token {
  static func hex(_ count: Int, using random: inout some RandomNumberGenerator) -> String {
    let digits = Array("0123456789abcdef")
    return String((0..<count).map { _ in digits[Int(random.next() % 16)] })
  }

  /// A 20-character password of letters and digits (no characters that need quoting in YAML or a shell).
  static func password(using random: inout some RandomNumberGenerator) -> String {
    let alphabet = Array("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    return String((0..<20).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] })
  }
}
