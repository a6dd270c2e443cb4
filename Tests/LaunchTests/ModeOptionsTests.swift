import ArgumentParser
import Launch
import LessonEngine
import Testing

/// The option groups the executable's modes share: what each flag turns into, and the one-line refusals.
@Suite struct ModeOptionsTests {
  @Test func noCloudOptionMeansTheSimulator() throws {
    #expect(try OpenStackOptions.parse([]).real == nil)
    #expect(try OpenStackOptions.parse(["--dry-run", "--os-password", "secret"]).real == nil)
  }

  @Test func osOptionsReachTheLoaderAsCloudsYAMLSpellsThem() throws {
    let options = try OpenStackOptions.parse([
      "--os-cloud", "lab", "--os-project-name", "demo", "--os-user-domain-name", "Default", "--insecure",
      "--dry-run", "--yes",
    ])
    #expect(
      options.real
        == RealCloudOptions(
          loaderOptions: [
            "cloud": "lab", "project_name": "demo", "user_domain_name": "Default", "insecure": "true",
          ], dryRun: true, yes: true))
  }

  @Test func anAuthURLOrOpenstackFlagAloneAlsoChoosesARealCloud() throws {
    #expect(try OpenStackOptions.parse(["--os-auth-url", "https://keystone.example/v3"]).real != nil)
    #expect(try OpenStackOptions.parse(["--openstack"]).real == RealCloudOptions(loaderOptions: [:]))
  }

  @Test func simulatorOptionsCarrySeedAndRegion() throws {
    #expect(try CloudOptions.parse([]).simulator == SimulatorOptions(seed: 1, regionPath: nil))
    #expect(
      try CloudOptions.parse(["--seed", "42", "--region", "r.yaml"]).simulator
        == SimulatorOptions(seed: 42, regionPath: "r.yaml"))
    #expect(throws: (any Error).self) { try CloudOptions.parse(["--seed", "-3"]) }
  }

  @Test(
    arguments: [
      ([], [:], Language.en),
      ([], ["LANG": "nb_NO.UTF-8"], .nb),
      ([], ["LC_ALL": "de_DE.UTF-8", "LANG": "nb_NO.UTF-8"], .en),
      (["--lang", "nb"], ["LANG": "en_US.UTF-8"], .nb),
      (["--lang", "en"], ["LANG": "nb_NO.UTF-8"], .en),
    ] as [([String], [String: String], Language)])
  func languageIsTheFlagsElseTheLocales(arguments: [String], environment: [String: String], expected: Language)
    throws
  {
    #expect(try LanguageOption.parse(arguments).pick(environment: environment) == expected)
  }

  @Test func anUnknownLanguageIsRefusedInOneLine() throws {
    let option = try LanguageOption.parse(["--lang", "sv"])
    #expect(throws: ValidationError.self) { try option.pick(environment: [:]) }
    do {
      _ = try option.pick(environment: [:])
    } catch {
      #expect("\(error)" == "--lang must be en or nb, not 'sv'")
    }
  }

  @Test func plainIsOffUnlessAsked() throws {
    #expect(try DisplayOption.parse([]).plain == false)
    #expect(try DisplayOption.parse(["--plain"]).plain == true)
  }
}
