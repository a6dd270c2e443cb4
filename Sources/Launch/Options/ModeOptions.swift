import ArgumentParser
import Foundation
import LessonEngine

/// Options that choose the simulated cloud.
package struct CloudOptions: ParsableArguments {
  package init() {}

  @Option(help: "Seed for the simulator's IDs and times; the same seed gives the same session.")
  var seed: UInt64 = 1

  @Option(help: ArgumentHelp("A region file (YAML) describing hosts, flavors, images and users.", valueName: "file"))
  var region: String?

  /// The simulator these options describe.
  package var simulator: SimulatorOptions { SimulatorOptions(seed: seed, regionPath: region) }
}

/// `--plain`: pictures as sentences, for screen readers (also with `TERM=dumb`).
package struct DisplayOption: ParsableArguments {
  package init() {}

  @Flag(help: "Tell the host diagram in sentences, without box drawing (also when TERM=dumb).")
  package var plain = false
}

/// `--lang en|nb`
package struct LanguageOption: ParsableArguments {
  package init() {}

  @Option(
    help: ArgumentHelp(
      "The tutor's language, en or nb (default: from LC_ALL, LC_MESSAGES or LANG; else en).", valueName: "en|nb"))
  var lang: String?

  /// The language asked for, else the locale's.
  package func pick(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Language {
    guard let lang else { return Language.pick(flag: nil, environment: environment) }
    guard let language = Language(flag: lang) else { throw ValidationError("--lang must be en or nb, not '\(lang)'") }
    return language
  }
}
