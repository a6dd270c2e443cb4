/// openstacksdk's built-in vendor profiles (`profile: NAME` in clouds.yaml), as data.
///
/// Source: openstack/openstacksdk, `openstack/config/vendors/*.json` and `limestonenetworks.yaml`
/// (snapshot of 2026-08-21, commit 94758e92). Only the keys that decide where sgtutor connects are kept:
/// auth_url, the user and project domain names, identity_api_version, interface, region_name and regions.
/// `ovh` and `vexxhost` are remote profiles: openstacksdk fetches them from the vendor's
/// `/.well-known/openstack/api`, which sgtutor does not do.
package struct VendorProfile: Sendable, Equatable {
  /// openstacksdk's `status` of a profile, with its `message`.
  package enum Status: Sendable, Equatable {
    case active
    case deprecated(String)
    /// openstacksdk refuses the profile: "NAME references a cloud that no longer exists: MESSAGE".
    case shutdown(String)
  }

  package var name: String
  package var authURL: String?
  package var userDomainName: String?
  package var projectDomainName: String?
  package var identityAPIVersion: String?
  package var interface: String?
  package var regionName: String?
  package var regions: [String]
  package var status: Status
  /// For a remote profile: the URL openstacksdk would fetch the profile from.
  package var remote: String?

  init(
    _ name: String, authURL: String? = nil, domains: String? = nil, identity: String? = nil,
    interface: String? = nil, regionName: String? = nil, regions: [String] = [], status: Status = .active,
    remote: String? = nil
  ) {
    self.name = name
    self.authURL = authURL
    self.userDomainName = domains
    self.projectDomainName = domains
    self.identityAPIVersion = identity
    self.interface = interface
    self.regionName = regionName
    self.regions = regions
    self.status = status
    self.remote = remote
  }

  /// Where these facts come from, for `config show`.
  package static let source = "openstacksdk built-in vendor profile, openstack/config/vendors/"

  /// The profile named `name`, if openstacksdk ships one.
  package static func named(_ name: String) -> VendorProfile? { all.first { $0.name == name } }

  package static let all: [VendorProfile] = [
    .init(
      "auro", authURL: "https://api.van2.auro.io:5000/v3", domains: "Default", identity: "3",
      regionName: "RegionOne"),
    .init(
      "betacloud", authURL: "https://api-1.betacloud.de:5000", identity: "3", regions: ["betacloud-1"],
      status: .shutdown("betacloud.de has ceased business")),
    .init("binero", authURL: "https://auth.binero.cloud:5000/v3", identity: "3", regions: ["europe-se-1"]),
    .init("bluebox", regionName: "RegionOne"),
    .init(
      "catalyst", authURL: "https://api.cloud.catalyst.net.nz:5000/v2.0", regions: ["nz-por-1", "nz_wlg_2"]),
    .init(
      "citycloud", authURL: "https://{region_name}.citycloud.com:5000/v3/", identity: "3",
      regions: ["Buf1", "Fra1", "Sto2", "Kna1", "dx1", "tky1"]),
    .init(
      "conoha", authURL: "https://identity.{region_name}.conoha.io", identity: "2",
      regions: ["sin1", "sjc1", "tyo1"]),
    .init("dreamcompute", authURL: "https://iad2.dream.io:5000", identity: "3", regionName: "RegionOne"),
    .init("elastx", authURL: "https://ops.elastx.cloud:5000/v3", identity: "3", regionName: "se-sto"),
    .init(
      "entercloudsuite", authURL: "https://api.entercloudsuite.com/", identity: "3",
      regions: ["it-mil1", "nl-ams1", "de-fra1"]),
    .init(
      "fuga", authURL: "https://identity.api.fuga.io:5000", domains: "Default", identity: "3",
      regions: ["cystack"], status: .deprecated("the API Endpoint is no longer responsive")),
    .init(
      "ibmcloud", authURL: "https://identity.open.softlayer.com", identity: "3", regions: ["london"],
      status: .shutdown("the API Endpoint is no longer responsive")),
    .init(
      "internap", authURL: "https://identity.api.cloud.inap.com", identity: "3",
      regions: ["ams01", "da01", "nyj01", "sin01", "sjc01"],
      status: .shutdown("Internap have been rebranded as HorizonIQ")),
    .init(
      "limestonenetworks", authURL: "https://auth.cloud.lstn.net:5000/v3", identity: "3",
      regions: ["us-dfw-1", "us-slc"]),
    .init(
      "otc-swiss", authURL: "iam-pub.eu-ch2.sc.otc.t-systems.com/v3", identity: "3", interface: "public",
      regions: ["eu-ch2"]),
    .init(
      "otc", authURL: "https://iam.{region_name}.otc.t-systems.com/v3", identity: "3", interface: "public",
      regions: ["eu-de", "eu-nl"]),
    .init("ovh", remote: "https://ovhcloud.com"),
    .init(
      "ovh-us", authURL: "https://auth.cloud.ovh.us/", domains: "Default", identity: "3",
      regions: ["US-EAST-VA-1", "US-WEST-OR-1", "US-EAST-VA", "US-WEST-OR"]),
    .init(
      "rackspace", authURL: "https://identity.api.rackspacecloud.com/v2.0/", identity: "2.0",
      regions: ["DFW", "HKG", "IAD", "ORD", "SYD", "LON"]),
    .init(
      "switchcloud", authURL: "https://identity.compute.cloud.switch.ch/v3", identity: "3",
      regions: ["zhw", "zhc"]),
    .init("switchengines", authURL: "https://keystone.cloud.switch.ch:5000/v3", identity: "3", regions: ["LS", "ZH"]),
    // The file spells it `region-name`; openstacksdk normalises `-` to `_`.
    .init(
      "ultimum", authURL: "https://console.ultimum-cloud.com:5000/", identity: "3", regionName: "RegionOne",
      status: .shutdown("ultimum-cloud.com has ceased business")),
    .init(
      "unitedstack", authURL: "https://identity.api.ustack.com/v3", identity: "3", regions: ["bj1", "gd1"],
      status: .shutdown("the API Endpoint is no longer responsive")),
    .init("vexxhost", remote: "https://vexxhost.com"),
    .init("zetta", authURL: "https://identity.api.zetta.io/v3", identity: "3", regions: ["no-osl1"]),
  ]

  /// The profile as the clouds.yaml keys it stands for (`auth_url`, `region_name`, …), for merging.
  var settings: [(String, String)] {
    var pairs: [(String, String)] = []
    if let authURL { pairs.append(("auth_url", authURL)) }
    if let userDomainName { pairs.append(("user_domain_name", userDomainName)) }
    if let projectDomainName { pairs.append(("project_domain_name", projectDomainName)) }
    if let identityAPIVersion { pairs.append(("identity_api_version", identityAPIVersion)) }
    if let interface { pairs.append(("interface", interface)) }
    if let regionName { pairs.append(("region_name", regionName)) }
    return pairs
  }
}
