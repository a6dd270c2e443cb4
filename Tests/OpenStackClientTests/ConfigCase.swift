import Foundation
import OpenStackClient
import OpenStackWire
import ServerGroupsCore
import Synchronization
import Testing

/// One configuration (files, environment, options) and what the openstack CLI does with it: the token request it
/// sends, the compute endpoint it then picks from the catalog, and whether it checks TLS.
struct ConfigCase: Sendable, CustomTestStringConvertible {
  var name: String
  /// Path → text. The current folder is `/work`, the home folder `/home/u`.
  var files: [String: String] = [:]
  var env: [String: String] = [:]
  var options: [String: String] = [:]
  /// The expected token request body (compact JSON, sorted keys), or nil when resolution must fail.
  var body: String?
  /// The compute endpoint picked from `FakeKeystone.catalog`, or the start of the error line.
  var endpoint: String
  var verifyTLS = true
  /// Where the token request goes.
  var tokenURL = "https://keystone.example:5000/v3/auth/tokens"
  /// The compute pin and where it was set, when there is one.
  var pin: (version: String, source: String)?

  var testDescription: String { name }

  static func clouds(_ yaml: String) -> [String: String] { ["/work/clouds.yaml": yaml] }
}

/// Expected token request bodies, built independently of the code under test.
enum Body {
  static func ref(_ name: String, domainID: String? = nil, domainName: String? = nil) -> [String: Any] {
    var ref: [String: Any] = ["name": name]
    if let domainID { ref["domain"] = ["id": domainID] } else if let domainName { ref["domain"] = ["name": domainName] }
    return ref
  }

  static func id(_ id: String) -> [String: Any] { ["id": id] }

  static func password(
    _ user: [String: Any], _ secret: String, project: [String: Any]? = nil, domain: [String: Any]? = nil
  )
    -> String
  {
    var userWithPassword = user
    userWithPassword["password"] = secret
    var auth: [String: Any] = [
      "identity": ["methods": ["password"], "password": ["user": userWithPassword]]
    ]
    if let project { auth["scope"] = ["project": project] } else if let domain { auth["scope"] = ["domain": domain] }
    return compact(["auth": auth])
  }

  static func token(_ token: String, project: [String: Any]? = nil) -> String {
    var auth: [String: Any] = ["identity": ["methods": ["token"], "token": ["id": token]]]
    if let project { auth["scope"] = ["project": project] }
    return compact(["auth": auth])
  }

  static func applicationCredential(_ credential: [String: Any]) -> String {
    compact([
      "auth": [
        "identity": ["methods": ["application_credential"], "application_credential": credential]
      ]
    ])
  }

  /// The usual: alice / pw in project demo, both in the `default` domain by ID.
  static let alice = password(ref("alice", domainID: "default"), "pw", project: ref("demo", domainID: "default"))

  static func compact(_ object: Any) -> String {
    let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
    return String(decoding: data, as: UTF8.self)
  }

  static func compact(bytes: [UInt8]) -> String {
    guard let object = try? JSONSerialization.jsonObject(with: Data(bytes)) else { return "not JSON" }
    return compact(object)
  }
}

/// A Keystone that answers any token request: project-scoped requests get `catalog`, others a token without a
/// project (as Keystone answers a domain-scoped or unscoped request).
final class FakeKeystone: Sendable {
  private let seen = Mutex<[TransportRequest]>([])
  var requests: [TransportRequest] { seen.withLock { $0 } }

  static let regions = ["RegionOne", "RegionTwo", "RegionThree", "eu-de", "se-sto", "Sto2", "europe-se-1"]

  /// `https://<interface>.<region>.example/compute` for each region and interface.
  static var catalog: [Any] {
    [
      [
        "type": "compute", "name": "nova",
        "endpoints": regions.flatMap { region in
          ["public", "internal", "admin"].map { interface in
            ["interface": interface, "region": region, "region_id": region, "url": url(interface, region)]
          }
        },
      ]
    ]
  }

  static func url(_ interface: String, _ region: String) -> String { "https://\(interface).\(region).example/compute" }

  var transport: Transport {
    { [self] request in
      seen.withLock { $0.append(request) }
      let scoped = request.body.flatMap { JSONValue.parse($0) }?["auth"]?["scope"]?["project"] != nil
      var token: [String: Any] = [
        "methods": ["password"], "expires_at": "2026-11-25T10:00:00.000000Z",
        "issued_at": "2026-11-25T09:00:00.000000Z",
        "user": ["id": "u1", "name": "alice", "domain": ["id": "default", "name": "Default"]],
        "roles": [["id": "r1", "name": "member"]],
      ]
      if scoped {
        token["project"] = ["id": "p1", "name": "demo", "domain": ["id": "default", "name": "Default"]]
        token["catalog"] = Self.catalog
      }
      let body = try JSONSerialization.data(withJSONObject: ["token": token])
      return TransportResponse(
        status: 201, headers: [("Content-Type", "application/json"), ("X-Subject-Token", "tok")],
        body: Array(body))
    }
  }
}
