/// Every line the client writes for a failure that is not Nova's own fault message. Each names the service
/// and says what to do; none ever contains a password, a secret or a token.
package enum ClientMessages {
  static func hostNotFound(_ service: ServiceKind, host: String, cloud: String) -> String {
    "cannot find the host \(host) of \(service.label) (DNS lookup failed): check the URL in the configuration of cloud \(cloud) (auth_url or the service catalog) and this machine's DNS"
  }

  static func unreachable(_ service: ServiceKind, url: String, detail: String) -> String {
    "cannot reach \(service.label) at \(url) (\(detail)): check that the cloud is up and that this machine can reach it (VPN, proxy, firewall)"
  }

  static func tls(_ service: ServiceKind, url: String, detail: String) -> String {
    "the TLS handshake with \(service.label) at \(url) failed (\(detail)): set cacert in clouds.yaml (or OS_CACERT, --os-cacert) to the cloud's CA bundle; for a test cloud only, verify: false or --insecure"
  }

  static func caBundle(detail: String) -> String {
    "\(detail): point cacert in clouds.yaml (or OS_CACERT, --os-cacert) at the cloud's CA certificate file"
  }

  static func timedOut(_ service: ServiceKind, method: String, url: String, seconds: Int) -> String {
    "\(service.label) did not answer \(method) \(url) within \(seconds) s: the cloud may be overloaded; try again in a minute"
  }

  static func connectionClosed(_ service: ServiceKind, method: String, url: String) -> String {
    "\(service.label) closed the connection before answering \(method) \(url): try again; if it keeps happening, a proxy between you and the cloud may be cutting answers off"
  }

  static func otherTransport(_ service: ServiceKind, url: String, detail: String) -> String {
    "the request to \(service.label) at \(url) failed: \(detail)"
  }

  static let dryRun = "dry run: the request above was not sent"

  static func notJSON(_ service: ServiceKind, method: String, url: String, status: Int) -> String {
    "\(service.label) answered \(method) \(url) (\(status)) with a body that is not valid JSON, or was cut off: try again; if it persists, something between you and the cloud is changing its answers"
  }

  static func unexpectedBody(_ service: ServiceKind, method: String, url: String, problem: String)
    -> String
  {
    "\(service.label) answered \(method) \(url) with a body sgtutor cannot read (\(problem)): this cloud's API may be older or newer than sgtutor expects"
  }

  static func credentialsRefused(cloud: String, authURL: String) -> String {
    "\(ServiceKind.identity.label) at \(authURL) refused the credentials of cloud \(cloud) (401): check the user, password or application credential and the project in clouds.yaml, secure.yaml or the OS_* variables"
  }

  static func tokenRefused(_ service: ServiceKind, url: String) -> String {
    "\(service.label) refused sgtutor's token even after a fresh login (401 at \(url)): the service may trust another Keystone; ask the cloud's operators"
  }

  static func identityNotFound(authURL: String) -> String {
    "there is no Keystone v3 token API at \(authURL) (404): check auth_url (it usually ends in /v3 or /identity/v3)"
  }

  static func noProjectScope(cloud: String, domain: String? = nil) -> String {
    if let domain {
      return
        "the token of cloud \(cloud) is scoped to the domain \(domain) (domain_name or domain_id without a project), and Nova needs a project: set project_name or project_id"
    }
    return
      "the token of cloud \(cloud) is not scoped to a project, so it has no compute service: set project_name or project_id"
  }

  static func missingService(_ service: ServiceKind, region: String?, interface: String) -> String {
    "the service catalog has no \(service.catalogType) endpoint for interface \(interface)"
      + (region.map { " in region \($0)" } ?? "")
      + ": check region_name and interface in clouds.yaml (or OS_REGION_NAME, OS_INTERFACE)"
  }

  static func redirect(_ service: ServiceKind, status: Int, method: String, url: String, location: String?)
    -> String
  {
    "\(service.label) answered \(method) \(url) with a redirect (\(status))"
      + (location.map { " to \($0)" } ?? "")
      + ": sgtutor does not follow redirects; put the address it points to in the service catalog or auth_url (often http:// where https:// is needed)"
  }

  package static let tooLarge =
    "the answer was larger than 32 MiB, far more than any answer sgtutor reads: something between you and the cloud may be answering instead of it"

  static func rateLimited(_ service: ServiceKind, retryAfter: Int?) -> String {
    "\(service.label) is limiting the rate of requests (429)"
      + (retryAfter.map { ": try again in \($0) s" } ?? ": wait a little and try again")
  }

  static func status(_ service: ServiceKind, status: Int, method: String, url: String) -> String {
    switch status {
    case 401: "\(service.label) refused the request (401 at \(url)): log in again"
    case 403:
      "\(service.label) does not allow \(method) \(url) for this user (403): ask the project's administrator for the role it needs"
    case 404: "\(service.label) has no \(url) (404): check the endpoint in the service catalog"
    case 409:
      "\(service.label) refused \(method) \(url) because of a conflict (409): the resource is busy; try again in a moment"
    case 413:
      "\(service.label) refused \(method) \(url) as too large or over a limit (413): ask for fewer resources at once"
    case 500:
      "\(service.label) failed with an internal error (500) on \(method) \(url): try again; if it persists, report it to the cloud's operators"
    case 502, 504:
      "a gateway in front of \(service.label) failed (\(status)) on \(method) \(url): try again in a minute"
    case 503:
      "\(service.label) is unavailable (503): it may be down for maintenance; try again later"
    default: "\(service.label) answered \(status) to \(method) \(url)"
    }
  }

  static func unsupportedMicroversion(feature: String, needed: String, maximum: String) -> String {
    "this cloud's compute API goes up to microversion \(maximum); \(feature) needs \(needed) or later, so it cannot be used here"
  }

  static func pinnedOutOfRange(_ pinned: String, source: String?, minimum: String, maximum: String) -> String {
    "\(source ?? "--os-compute-api-version") \(pinned) is outside what this cloud offers (\(minimum) to \(maximum)): pick a version in that range, or leave it unset"
  }

  static let noComputeVersion =
    "the compute endpoint did not say which microversions it supports (no v2.1 version document): check the compute endpoint in the service catalog"

  static func severalNetworks(_ names: [String]) -> String {
    "several networks are available (\(names.joined(separator: ", "))): choose one with --network NAME (or --nic none for none)"
  }

  static let bootingWithoutNetwork =
    "note: this project has no network, so the server boots with no network (networks: none)"

  static let noNetworkOldCloud =
    "this project has no network and the cloud's compute API is older than 2.37, which cannot boot a server without one: create a network first"
}
