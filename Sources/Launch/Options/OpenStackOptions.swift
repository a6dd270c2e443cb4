import ArgumentParser

/// python-openstackclient's `--os-*` options (an option group of every mode that can use a real cloud), which point sgtutor at a real cloud instead of the simulator.
package struct OpenStackOptions: ParsableArguments {
  package init() {}

  @Option(
    name: .customLong("os-cloud"),
    help: ArgumentHelp("Use this cloud from clouds.yaml (a real cloud).", valueName: "name"))
  var cloud: String?
  @Flag(help: "Use the real cloud that OS_CLOUD or an openrc file's OS_* variables describe.")
  var openstack = false
  @Option(name: .customLong("os-auth-url"), help: .hidden) var authURL: String?
  @Option(name: .customLong("os-auth-type"), help: .hidden) var authType: String?
  @Option(name: .customLong("os-username"), help: .hidden) var username: String?
  @Option(name: .customLong("os-user-id"), help: .hidden) var userID: String?
  @Option(name: .customLong("os-password"), help: .hidden) var password: String?
  @Option(name: .customLong("os-project-name"), help: .hidden) var projectName: String?
  @Option(name: .customLong("os-project-id"), help: .hidden) var projectID: String?
  @Option(name: .customLong("os-user-domain-name"), help: .hidden) var userDomainName: String?
  @Option(name: .customLong("os-user-domain-id"), help: .hidden) var userDomainID: String?
  @Option(name: .customLong("os-project-domain-name"), help: .hidden) var projectDomainName: String?
  @Option(name: .customLong("os-project-domain-id"), help: .hidden) var projectDomainID: String?
  @Option(name: .customLong("os-domain-name"), help: .hidden) var domainName: String?
  @Option(name: .customLong("os-domain-id"), help: .hidden) var domainID: String?
  @Option(name: .customLong("os-default-domain"), help: .hidden) var defaultDomain: String?
  @Option(name: .customLong("os-application-credential-id"), help: .hidden)
  var applicationCredentialID: String?
  @Option(name: .customLong("os-application-credential-name"), help: .hidden)
  var applicationCredentialName: String?
  @Option(name: .customLong("os-application-credential-secret"), help: .hidden)
  var applicationCredentialSecret: String?
  @Option(name: .customLong("os-token"), help: .hidden) var token: String?
  @Option(
    name: .customLong("os-region-name"),
    help: ArgumentHelp("Region of the real cloud.", valueName: "region"))
  var regionName: String?
  @Option(name: .customLong("os-interface"), help: .hidden) var interface: String?
  @Option(
    name: .customLong("os-cacert"),
    help: ArgumentHelp("CA bundle to trust for the real cloud.", valueName: "file"))
  var cacert: String?
  @Flag(help: "Do not check the real cloud's TLS certificate (test clouds only).") var insecure =
    false
  @Flag(help: .hidden) var verify = false
  @Option(name: .customLong("os-compute-api-version"), help: .hidden) var computeAPIVersion: String?
  @Flag(
    help: "On a real cloud, print the requests that would change something instead of sending them."
  )
  package var dryRun = false
  @Flag(help: "On a real cloud, agree in advance to creating servers (needed without a terminal).")
  var yes = false

  /// The real cloud asked for, or nil for the simulator.
  package var real: RealCloudOptions? {
    guard cloud != nil || authURL != nil || openstack else { return nil }
    return RealCloudOptions(loaderOptions: loaderOptions, dryRun: dryRun, yes: yes)
  }

  /// The options as `CloudConfigLoader` takes them (`os-` dropped, `-` as `_`).
  package var loaderOptions: [String: String] {
    let pairs: [(String, String?)] = [
      ("cloud", cloud), ("auth_url", authURL), ("auth_type", authType), ("username", username),
      ("user_id", userID),
      ("password", password), ("project_name", projectName), ("project_id", projectID),
      ("user_domain_name", userDomainName), ("user_domain_id", userDomainID),
      ("project_domain_name", projectDomainName), ("project_domain_id", projectDomainID),
      ("domain_name", domainName), ("domain_id", domainID), ("default_domain", defaultDomain),
      ("application_credential_id", applicationCredentialID),
      ("application_credential_name", applicationCredentialName),
      ("application_credential_secret", applicationCredentialSecret), ("token", token),
      ("region_name", regionName), ("interface", interface), ("cacert", cacert),
      ("compute_api_version", computeAPIVersion), ("insecure", insecure ? "true" : nil),
      ("verify", verify ? "true" : nil),
    ]
    var result: [String: String] = [:]
    for case (let key, let value?) in pairs { result[key] = value }
    return result
  }
}
