import Foundation

/// The configurations issue 12 found resolved differently from the openstack CLI, each with what the CLI does
/// (openstacksdk `openstack/config/loader.py`, osc-lib `shell.py` and `cli/client_config.py`).
extension ConfigCase {
  static let prod = """
    clouds:
      prod:
        auth:
          auth_url: https://keystone.example:5000/v3
          username: alice
          password: pw
          project_name: demo
        region_name: RegionOne
    """

  static let r1 = FakeKeystone.url("public", "RegionOne")

  static let issueCases: [ConfigCase] = [
    .init(
      name: "OS_INSECURE beside --os-cloud is ignored", files: clouds(prod), env: ["OS_INSECURE": "true"],
      options: ["cloud": "prod"], body: Body.alice, endpoint: r1, verifyTLS: true),
    .init(
      name: "OS_INSECURE beside OS_CLOUD is ignored", files: clouds(prod),
      env: ["OS_CLOUD": "prod", "OS_INSECURE": "true"], body: Body.alice, endpoint: r1, verifyTLS: true),
    .init(
      name: "OS_ENDPOINT_TYPE beside --os-cloud is ignored", files: clouds(prod),
      env: ["OS_ENDPOINT_TYPE": "internalURL"], options: ["cloud": "prod"], body: Body.alice, endpoint: r1),
    .init(
      name: "OS_INSECURE=true applies to the envvars cloud",
      env: openrc.merging(["OS_INSECURE": "true"]) { $1 }, body: Body.alice, endpoint: r1, verifyTLS: false),
    .init(
      name: "OS_ENDPOINT_TYPE=internalURL applies to the envvars cloud",
      env: openrc.merging(["OS_ENDPOINT_TYPE": "internalURL"]) { $1 }, body: Body.alice,
      endpoint: FakeKeystone.url("internal", "RegionOne")),
    .init(
      name: "password ~ is no password", files: clouds(prod.replacing("password: pw", with: "password: ~")),
      options: ["cloud": "prod"], endpoint: "cloud \"prod\": password auth needs a password"),
    .init(
      name: "an empty password is no password", files: clouds(prod.replacing("password: pw", with: "password:")),
      options: ["cloud": "prod"], endpoint: "cloud \"prod\": password auth needs a password"),
    .init(
      name: "a quoted empty password is no password",
      files: clouds(prod.replacing("password: pw", with: "password: ''")), options: ["cloud": "prod"],
      endpoint: "cloud \"prod\": password auth needs a password"),
    .init(
      name: "the first of a regions list wins over region_name",
      files: clouds(
        prod.replacing("region_name: RegionOne", with: "region_name: RegionOne\n    regions: [RegionTwo, RegionOne]")),
      options: ["cloud": "prod"], body: Body.alice, endpoint: FakeKeystone.url("public", "RegionTwo")),
    .init(
      name: "a region's values apply",
      files: clouds(
        prod.replacing(
          "region_name: RegionOne",
          with: "regions:\n      - name: RegionTwo\n        values:\n          interface: internal\n      - RegionOne")),
      options: ["cloud": "prod"], body: Body.alice, endpoint: FakeKeystone.url("internal", "RegionTwo")),
    .init(
      name: "the comma form of region_name takes the first",
      files: clouds(prod.replacing("region_name: RegionOne", with: "region_name: RegionTwo,RegionOne")),
      options: ["cloud": "prod"], body: Body.alice, endpoint: FakeKeystone.url("public", "RegionTwo")),
    .init(
      name: "file-level endpoint_type internalURL is the internal interface",
      files: clouds(prod + "\n    endpoint_type: internalURL"), options: ["cloud": "prod"], body: Body.alice,
      endpoint: FakeKeystone.url("internal", "RegionOne")),
    .init(
      name: "file-level tenant_name is project_name",
      files: clouds(prod.replacing("      project_name: demo\n", with: "").appending("\n    tenant_name: demo")),
      options: ["cloud": "prod"], body: Body.alice, endpoint: r1),
    .init(
      name: "OS_DEFAULT_DOMAIN gives the user's and the project's domain",
      files: clouds(prod + "\n    identity_api_version: 3"), env: ["OS_DEFAULT_DOMAIN": "d42"],
      options: ["cloud": "prod"],
      body: Body.password(Body.ref("alice", domainID: "d42"), "pw", project: Body.ref("demo", domainID: "d42")),
      endpoint: r1),
    .init(
      name: "--os-default-domain gives the user's and the project's domain", files: clouds(prod),
      options: ["cloud": "prod", "default_domain": "d7"],
      body: Body.password(Body.ref("alice", domainID: "d7"), "pw", project: Body.ref("demo", domainID: "d7")),
      endpoint: r1),
    .init(
      name: "a YAML merge key brings the base's auth",
      files: clouds(
        """
        base: &base
          auth:
            auth_url: https://keystone.example:5000/v3
            username: alice
            password: pw
            project_name: demo
          region_name: RegionOne
        clouds:
          prod:
            <<: *base
        """), options: ["cloud": "prod"], body: Body.alice, endpoint: r1),
    .init(
      name: "a clouds-public.yaml profile gives auth_url and region",
      files: [
        "/work/clouds.yaml":
          "clouds:\n  prod:\n    profile: acme\n    auth: {username: alice, password: pw, project_name: demo}",
        "/home/u/.config/openstack/clouds-public.yaml":
          "public-clouds:\n  acme:\n    auth:\n      auth_url: https://keystone.example:5000/v3\n    regions: [RegionThree]",
      ], options: ["cloud": "prod"], body: Body.alice, endpoint: FakeKeystone.url("public", "RegionThree")),
    .init(
      name: "the built-in otc profile formats auth_url with the first region",
      files: clouds("clouds:\n  t:\n    profile: otc\n    auth: {username: alice, password: pw, project_name: demo}"),
      options: ["cloud": "t"], body: Body.alice, endpoint: FakeKeystone.url("public", "eu-de"),
      tokenURL: "https://iam.eu-de.otc.t-systems.com/v3/auth/tokens"),
    .init(
      name: "domain_name without a project asks for a domain-scoped token",
      files: clouds(prod.replacing("      project_name: demo\n", with: "      domain_name: Sales\n")),
      options: ["cloud": "prod"],
      body: Body.password(Body.ref("alice", domainID: "default"), "pw", domain: ["name": "Sales"]),
      endpoint: "the token of cloud prod is scoped to the domain Sales"),
    .init(
      name: "XDG_CONFIG_HOME elsewhere still finds ~/.config/openstack",
      files: ["/home/u/.config/openstack/clouds.yaml": prod], env: ["XDG_CONFIG_HOME": "/tmp/xdg"],
      options: ["cloud": "prod"], body: Body.alice, endpoint: r1),
    .init(
      name: "--os-compute-api-version 2.70 is a pin", files: clouds(prod),
      options: ["cloud": "prod", "compute_api_version": "2.70"], body: Body.alice, endpoint: r1,
      pin: ("2.70", "--os-compute-api-version")),
    .init(
      name: "an application credential without auth_type (leniency)",
      files: clouds(
        "clouds:\n  ac:\n    auth:\n      auth_url: https://keystone.example:5000/v3\n"
          + "      application_credential_id: ac1\n      application_credential_secret: s"),
      options: ["cloud": "ac"], body: Body.applicationCredential(["id": "ac1", "secret": "s"]),
      endpoint: "the token of cloud ac is not scoped"),
    .init(
      name: "a token without auth_type (leniency)",
      env: ["OS_AUTH_URL": "https://keystone.example:5000/v3", "OS_TOKEN": "t0k", "OS_PROJECT_ID": "p1"],
      body: Body.token("t0k", project: Body.id("p1")), endpoint: r1),
    .init(
      name: "a username and a token without auth_type is password auth",
      files: clouds(prod.replacing("password: pw", with: "password: pw\n      token: t0k")),
      options: ["cloud": "prod"], body: Body.alice, endpoint: r1),
    .init(
      name: "the default domain without identity_api_version 3 (leniency)", files: clouds(prod),
      options: ["cloud": "prod"], body: Body.alice, endpoint: r1),
    .init(
      name: "verify 'False' as a string turns verification off (leniency)",
      files: clouds(prod + "\n    verify: 'False'"), options: ["cloud": "prod"], body: Body.alice, endpoint: r1,
      verifyTLS: false),
  ]

  /// An openrc file's variables.
  static let openrc = [
    "OS_AUTH_URL": "https://keystone.example:5000/v3", "OS_USERNAME": "alice", "OS_PASSWORD": "pw",
    "OS_PROJECT_NAME": "demo", "OS_REGION_NAME": "RegionOne",
  ]
}

extension String {
  func replacing(_ target: String, with replacement: String) -> String {
    components(separatedBy: target).joined(separator: replacement)
  }
}
