import Foundation

/// More configurations, each checked against openstacksdk's documented behaviour ("openstacksdk configuration",
/// `loader.py`) and python-openstackclient's options.
extension ConfigCase {
  static let two = """
    clouds:
      a:
        auth: {auth_url: 'https://keystone.example:5000/v3', username: alice, password: pw, project_name: demo}
      b:
        auth: {auth_url: 'https://keystone.example:5000/v3', username: bob, password: pw, project_name: demo}
    """

  static let moreCases: [ConfigCase] = [
    .init(
      name: "--os-region-name outside the regions list is refused",
      files: clouds(prod.replacing("region_name: RegionOne", with: "regions: [RegionOne, RegionTwo]")),
      options: ["cloud": "prod", "region_name": "RegionNine"],
      endpoint: "region RegionNine (--os-region-name) is not a region of cloud \"prod\": it has RegionOne, RegionTwo"),
    .init(
      name: "OS_REGION_NAME picks the second of the regions list",
      files: clouds(prod.replacing("region_name: RegionOne", with: "regions: [RegionOne, RegionTwo]")),
      env: ["OS_REGION_NAME": "RegionTwo"], options: ["cloud": "prod"], body: Body.alice,
      endpoint: FakeKeystone.url("public", "RegionTwo")),
    .init(
      name: "--os-region-name picks a region and its values",
      files: clouds(
        prod.replacing(
          "region_name: RegionOne",
          with: "regions:\n      - RegionOne\n      - name: RegionThree\n        values: {interface: admin}")),
      options: ["cloud": "prod", "region_name": "RegionThree"], body: Body.alice,
      endpoint: FakeKeystone.url("admin", "RegionThree")),
    .init(
      name: "a region's values can change the project",
      files: clouds(
        prod.replacing(
          "region_name: RegionOne",
          with: "regions:\n      - name: RegionTwo\n        values:\n          auth: {project_name: other}")),
      options: ["cloud": "prod"],
      body: Body.password(
        Body.ref("alice", domainID: "default"), "pw", project: Body.ref("other", domainID: "default")),
      endpoint: FakeKeystone.url("public", "RegionTwo")),
    .init(
      name: "a region_name written as a YAML list takes the first",
      files: clouds(prod.replacing("region_name: RegionOne", with: "region_name: [RegionThree, RegionOne]")),
      options: ["cloud": "prod"], body: Body.alice, endpoint: FakeKeystone.url("public", "RegionThree")),
    .init(
      name: "the comma form with OS_REGION_NAME picks the named one",
      files: clouds(prod.replacing("region_name: RegionOne", with: "region_name: RegionTwo,RegionOne")),
      env: ["OS_REGION_NAME": "RegionOne"], options: ["cloud": "prod"], body: Body.alice, endpoint: r1),
    .init(
      name: "a single region_name refuses another region", files: clouds(prod),
      options: ["cloud": "prod", "region_name": "RegionTwo"],
      endpoint: "region RegionTwo (--os-region-name) is not a region of cloud \"prod\""),
    .init(
      name: "endpoint_type wins over interface in the same entry",
      files: clouds(prod + "\n    interface: admin\n    endpoint_type: internalURL"), options: ["cloud": "prod"],
      body: Body.alice, endpoint: FakeKeystone.url("internal", "RegionOne")),
    .init(
      name: "interface: admin", files: clouds(prod + "\n    interface: admin"), options: ["cloud": "prod"],
      body: Body.alice, endpoint: FakeKeystone.url("admin", "RegionOne")),
    .init(
      name: "--os-interface wins over the file's interface", files: clouds(prod + "\n    interface: admin"),
      options: ["cloud": "prod", "interface": "internal"], body: Body.alice,
      endpoint: FakeKeystone.url("internal", "RegionOne")),
    .init(
      name: "OS_INTERFACE backs --os-interface, so it applies to a named cloud", files: clouds(prod),
      env: ["OS_INTERFACE": "internal"], options: ["cloud": "prod"], body: Body.alice,
      endpoint: FakeKeystone.url("internal", "RegionOne")),
    .init(
      name: "top-level tenant_id is project_id",
      files: clouds(prod.replacing("      project_name: demo\n", with: "").appending("\n    tenant_id: p9")),
      options: ["cloud": "prod"],
      body: Body.password(Body.ref("alice", domainID: "default"), "pw", project: Body.id("p9")),
      endpoint: r1),
    .init(
      name: "project_name wins over tenant_name",
      files: clouds(prod.replacing("project_name: demo", with: "project_name: demo\n      tenant_name: old")),
      options: ["cloud": "prod"], body: Body.alice, endpoint: r1),
    .init(
      name: "dashed keys read as underscores",
      files: clouds(prod.replacing("project_name: demo", with: "project-name: demo")), options: ["cloud": "prod"],
      body: Body.alice, endpoint: r1),
    .init(
      name: "auth_token is the token, auth_plugin the auth type",
      files: clouds(
        "clouds:\n  t:\n    auth_plugin: token\n    auth:\n      auth_url: https://keystone.example:5000/v3\n"
          + "      auth_token: t0k\n      project_id: p1"),
      options: ["cloud": "t"], body: Body.token("t0k", project: Body.id("p1")), endpoint: r1),
    .init(
      name: "OS_TENANT_NAME is the project in the envvars cloud",
      env: openrc.filter { $0.key != "OS_PROJECT_NAME" }.merging(["OS_TENANT_NAME": "demo"]) { $1 },
      body: Body.alice, endpoint: r1),
    .init(
      name: "OS_PROJECT_NAME wins over OS_TENANT_NAME for a named cloud", files: clouds(prod),
      env: ["OS_TENANT_NAME": "old", "OS_PROJECT_NAME": "new"], options: ["cloud": "prod"],
      body: Body.password(Body.ref("alice", domainID: "default"), "pw", project: Body.ref("new", domainID: "default")),
      endpoint: r1),
    .init(
      name: "the default domain does not replace a user domain name",
      files: clouds(prod.replacing("username: alice", with: "username: alice\n      user_domain_name: Users")),
      env: ["OS_DEFAULT_DOMAIN": "d42"], options: ["cloud": "prod"],
      body: Body.password(Body.ref("alice", domainName: "Users"), "pw", project: Body.ref("demo", domainID: "d42")),
      endpoint: r1),
    .init(
      name: "domain_name with a project is both domains",
      files: clouds(prod.replacing("project_name: demo", with: "project_name: demo\n      domain_name: Sales")),
      options: ["cloud": "prod"],
      body: Body.password(Body.ref("alice", domainName: "Sales"), "pw", project: Body.ref("demo", domainName: "Sales")),
      endpoint: r1),
    .init(
      name: "domain_id without a project scopes to the domain by ID",
      files: clouds(prod.replacing("      project_name: demo\n", with: "      domain_id: d1\n")),
      options: ["cloud": "prod"],
      body: Body.password(Body.ref("alice", domainID: "default"), "pw", domain: ["id": "d1"]),
      endpoint: "the token of cloud prod is scoped to the domain d1"),
    .init(
      name: "user and project by ID need no domain",
      files: clouds(
        prod.replacing("username: alice", with: "user_id: u1").replacing("project_name: demo", with: "project_id: p1")),
      options: ["cloud": "prod"], body: Body.password(Body.id("u1"), "pw", project: Body.id("p1")), endpoint: r1),
    .init(
      name: "a merge key's values lose to the entry's own",
      files: clouds(
        "base: &b\n  auth: {auth_url: 'https://keystone.example:5000/v3', username: bob, password: pw, project_name: demo}\n"
          + "  region_name: RegionTwo\nclouds:\n  prod:\n    <<: *b\n    region_name: RegionOne"),
      options: ["cloud": "prod"],
      body: Body.password(Body.ref("bob", domainID: "default"), "pw", project: Body.ref("demo", domainID: "default")),
      endpoint: r1),
    .init(
      name: "of two merged mappings the first wins",
      files: clouds(
        "x: &x {region_name: RegionThree}\ny: &y {region_name: RegionTwo}\nclouds:\n  prod:\n    <<: [*x, *y]\n"
          + "    auth: {auth_url: 'https://keystone.example:5000/v3', username: alice, password: pw, project_name: demo}"
      ),
      options: ["cloud": "prod"], body: Body.alice, endpoint: FakeKeystone.url("public", "RegionThree")),
    .init(
      name: "the built-in elastx profile gives its region",
      files: clouds(
        "clouds:\n  e:\n    profile: elastx\n    auth: {auth_url: 'https://keystone.example:5000/v3', username: alice, password: pw, project_name: demo}"
      ),
      options: ["cloud": "e"], body: Body.alice, endpoint: FakeKeystone.url("public", "se-sto")),
    .init(
      name: "the built-in binero profile gives auth_url and region",
      files: clouds(
        "clouds:\n  b:\n    profile: binero\n    auth: {username: alice, password: pw, project_name: demo}"),
      options: ["cloud": "b"], body: Body.alice, endpoint: FakeKeystone.url("public", "europe-se-1"),
      tokenURL: "https://auth.binero.cloud:5000/v3/auth/tokens"),
    .init(
      name: "the deprecated cloud: key names a profile too",
      files: clouds("clouds:\n  b:\n    cloud: binero\n    auth: {username: alice, password: pw, project_name: demo}"),
      options: ["cloud": "b"], body: Body.alice, endpoint: FakeKeystone.url("public", "europe-se-1"),
      tokenURL: "https://auth.binero.cloud:5000/v3/auth/tokens"),
    .init(
      name: "the cloud's own region_name narrows the profile's",
      files: clouds(
        "clouds:\n  c:\n    profile: citycloud\n    region_name: Sto2\n    auth: {username: alice, password: pw, project_name: demo}"
      ),
      options: ["cloud": "c"], body: Body.alice, endpoint: FakeKeystone.url("public", "Sto2"),
      tokenURL: "https://Sto2.citycloud.com:5000/v3/auth/tokens"),
    .init(
      name: "a shut-down profile is refused",
      files: clouds("clouds:\n  x:\n    profile: betacloud\n    auth: {username: alice, password: pw}"),
      options: ["cloud": "x"], endpoint: "cloud \"x\": profile betacloud references a cloud that no longer exists"),
    .init(
      name: "a remote profile says it is not fetched",
      files: clouds("clouds:\n  v:\n    profile: vexxhost\n    auth: {username: alice, password: pw}"),
      options: ["cloud": "v"], endpoint: "cloud \"v\": profile vexxhost is fetched by openstacksdk"),
    .init(
      name: "an unknown profile is ignored",
      files: clouds(prod.replacing("region_name: RegionOne", with: "region_name: RegionOne\n    profile: nobody")),
      options: ["cloud": "prod"], body: Body.alice, endpoint: r1),
    .init(
      name: "XDG_CONFIG_HOME's folder comes before ~/.config",
      files: [
        "/tmp/xdg/openstack/clouds.yaml": prod,
        "/home/u/.config/openstack/clouds.yaml": prod.replacing("RegionOne", with: "RegionTwo"),
      ], env: ["XDG_CONFIG_HOME": "/tmp/xdg"], options: ["cloud": "prod"], body: Body.alice, endpoint: r1),
    .init(
      name: "the current folder comes first",
      files: [
        "/work/clouds.yml": prod,
        "/home/u/.config/openstack/clouds.yaml": prod.replacing("RegionOne", with: "RegionTwo"),
      ], options: ["cloud": "prod"], body: Body.alice, endpoint: r1),
    .init(
      name: "/etc/openstack is searched last",
      files: ["/etc/openstack/clouds.yaml": prod], options: ["cloud": "prod"], body: Body.alice, endpoint: r1),
    .init(
      name: "OS_CLIENT_CONFIG_FILE comes before the search path",
      files: ["/work/clouds.yaml": prod.replacing("RegionOne", with: "RegionTwo"), "/opt/c.yaml": prod],
      env: ["OS_CLIENT_CONFIG_FILE": "/opt/c.yaml"], options: ["cloud": "prod"], body: Body.alice, endpoint: r1),
    .init(
      name: "secure.yaml gives the password",
      files: [
        "/work/clouds.yaml": prod.replacing("      password: pw\n", with: ""),
        "/home/u/.config/openstack/secure.yaml": "clouds:\n  prod:\n    auth:\n      password: pw",
      ], options: ["cloud": "prod"], body: Body.alice, endpoint: r1),
    .init(
      name: "secure.yaml wins over clouds.yaml",
      files: [
        "/work/clouds.yaml": prod.replacing("password: pw", with: "password: old"),
        "/work/secure.yaml": "clouds:\n  prod:\n    auth:\n      password: pw",
      ], options: ["cloud": "prod"], body: Body.alice, endpoint: r1),
    .init(
      name: "OS_PASSWORD backs --os-password, so it wins over the file",
      files: clouds(prod.replacing("password: pw", with: "password: old")), env: ["OS_PASSWORD": "pw"],
      options: ["cloud": "prod"], body: Body.alice, endpoint: r1),
    .init(
      name: "--os-password wins over OS_PASSWORD", files: clouds(prod), env: ["OS_PASSWORD": "env"],
      options: ["cloud": "prod", "password": "pw"], body: Body.alice, endpoint: r1),
    .init(
      name: "password ~ with OS_PASSWORD takes the variable",
      files: clouds(prod.replacing("password: pw", with: "password: ~")), env: ["OS_PASSWORD": "pw"],
      options: ["cloud": "prod"], body: Body.alice, endpoint: r1),
    .init(
      name: "OS_AUTH_URL backs --os-auth-url, so it wins over the file",
      files: clouds(prod.replacing("keystone.example", with: "old.example")),
      env: ["OS_AUTH_URL": "https://keystone.example:5000/v3"], options: ["cloud": "prod"], body: Body.alice,
      endpoint: r1),
    .init(
      name: "a single cloud in clouds.yaml is the default", files: clouds(prod), body: Body.alice, endpoint: r1),
    .init(
      name: "two clouds and no choice is refused", files: clouds(two), endpoint: "no cloud configured"),
    .init(
      name: "OS_REGION_NAME alone does not make an envvars cloud", files: clouds(prod),
      env: ["OS_REGION_NAME": "RegionOne"], body: Body.alice, endpoint: r1),
    .init(
      name: "OS_CLOUD picks the cloud", files: clouds(two), env: ["OS_CLOUD": "b"],
      body: Body.password(Body.ref("bob", domainID: "default"), "pw", project: Body.ref("demo", domainID: "default")),
      endpoint: r1),
    .init(
      name: "auth_url without /v3 gets it", files: clouds(prod.replacing(":5000/v3", with: ":5000/")),
      options: ["cloud": "prod"], body: Body.alice, endpoint: r1),
    .init(
      name: "{region_name} in the user's auth_url is filled in",
      files: clouds(prod.replacing("https://keystone.example", with: "https://{region_name}.example")),
      options: ["cloud": "prod"], body: Body.alice, endpoint: r1,
      tokenURL: "https://RegionOne.example:5000/v3/auth/tokens"),
    .init(
      name: "user_name is username",
      files: clouds(prod.replacing("username: alice", with: "user_name: alice")), options: ["cloud": "prod"],
      body: Body.alice, endpoint: r1),
    .init(
      name: "verify: false", files: clouds(prod + "\n    verify: false"), options: ["cloud": "prod"],
      body: Body.alice, endpoint: r1, verifyTLS: false),
    .init(
      name: "--verify wins over verify: false", files: clouds(prod + "\n    verify: false"),
      options: ["cloud": "prod", "verify": "true"], body: Body.alice, endpoint: r1, verifyTLS: true),
    .init(
      name: "--insecure", files: clouds(prod), options: ["cloud": "prod", "insecure": "true"], body: Body.alice,
      endpoint: r1, verifyTLS: false),
    .init(
      name: "insecure: yes is YAML's true", files: clouds(prod + "\n    insecure: yes"), options: ["cloud": "prod"],
      body: Body.alice, endpoint: r1, verifyTLS: false),
    .init(
      name: "OS_INSECURE=yes is not true to openstacksdk", env: openrc.merging(["OS_INSECURE": "yes"]) { $1 },
      body: Body.alice, endpoint: r1, verifyTLS: true),
    .init(
      name: "compute_api_version in the file is a pin named by its key",
      files: clouds(prod + "\n    compute_api_version: 2.70"), options: ["cloud": "prod"], body: Body.alice,
      endpoint: r1, pin: ("2.70", "compute_api_version in /work/clouds.yaml")),
    .init(
      name: "OS_COMPUTE_API_VERSION backs the option, so it pins a named cloud", files: clouds(prod),
      env: ["OS_COMPUTE_API_VERSION": "2.60"], options: ["cloud": "prod"], body: Body.alice, endpoint: r1,
      pin: ("2.60", "OS_COMPUTE_API_VERSION")),
    .init(
      name: "compute_api_version 2 is no pin", files: clouds(prod + "\n    compute_api_version: 2"),
      options: ["cloud": "prod"], body: Body.alice, endpoint: r1),
    .init(
      name: "a pin that is not a microversion is refused", files: clouds(prod),
      options: ["cloud": "prod", "compute_api_version": "latest"],
      endpoint: "--os-compute-api-version latest is not a compute microversion"),
    .init(
      name: "an application credential by name needs its user",
      files: clouds(
        "clouds:\n  ac:\n    auth_type: v3applicationcredential\n    auth:\n      auth_url: https://keystone.example:5000/v3\n"
          + "      application_credential_name: ci\n      username: alice\n      application_credential_secret: s"),
      options: ["cloud": "ac"],
      body: Body.applicationCredential(["name": "ci", "secret": "s", "user": Body.ref("alice", domainID: "default")]),
      endpoint: "the token of cloud ac is not scoped"),
    .init(
      name: "Keystone v2 auth types are refused", files: clouds(prod + "\n    auth_type: v2password"),
      options: ["cloud": "prod"], endpoint: "cloud \"prod\": auth_type \"v2password\" is Keystone v2"),
    .init(
      name: "a YAML error keeps the parser's cause", files: clouds("clouds:\n\tprod: {}"), options: ["cloud": "prod"],
      endpoint:
        "/work/clouds.yaml is not valid YAML: line 2, column 1: found character '\\t' that cannot start any token"),
    .init(
      name: "a clouds.json is read as JSON, where tabs are whitespace",
      files: [
        "/work/clouds.json":
          "{\n\t\"clouds\": {\"prod\": {\"auth\": {\"auth_url\": \"https://keystone.example:5000/v3\", "
          + "\"username\": \"alice\", \"password\": \"pw\", \"project_name\": \"demo\"}, \"verify\": false}}}"
      ], options: ["cloud": "prod"], body: Body.alice, endpoint: r1, verifyTLS: false),
    .init(
      name: "a cloud only in secure.yaml is found", files: ["/work/secure.yaml": prod], options: ["cloud": "prod"],
      body: Body.alice, endpoint: r1),
    .init(
      name: "a cloud that is not there lists the others", files: clouds(two), options: ["cloud": "c"],
      endpoint: "cloud \"c\" is not in /work/clouds.yaml; it has: a, b"),
  ]
}
