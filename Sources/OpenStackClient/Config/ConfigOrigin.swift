/// Where a configuration value came from, so `sgtutor config show` and error lines can say why sgtutor talks to
/// what it talks to.
package enum ConfigOrigin: Sendable, Equatable, CustomStringConvertible {
  /// A key of a file: `/home/u/.config/openstack/clouds.yaml: clouds.prod.auth.username`.
  case file(path: String, key: String)
  /// An `OS_*` environment variable.
  case variable(String)
  /// A command-line option such as `--os-region-name`.
  case option(String)
  /// A vendor profile (`profile:` in clouds.yaml): from clouds-public.yaml, or openstacksdk's built-in ones.
  case profile(name: String, source: String, key: String)
  /// Nobody set it: the openstack CLI's default, explained.
  case defaultValue(String)
  /// Worked out from other values (the first region of a list, a legacy key's new name, …).
  indirect case derived(String, from: ConfigOrigin)

  package var description: String {
    switch self {
    case .file(let path, let key): "\(path): \(key)"
    case .variable(let name): "environment variable \(name)"
    case .option(let flag): "option \(flag)"
    case .profile(let name, let source, let key): "profile \(name) (\(source)): \(key)"
    case .defaultValue(let why): "default (\(why))"
    case .derived(let how, let origin): "\(origin), \(how)"
    }
  }

  /// How a message names this setting to the user: the flag, the variable or the file key they wrote.
  package func naming(key: String) -> String {
    switch self {
    case .file(let path, let fileKey): "\(fileKey.split(separator: ".").last.map(String.init) ?? key) in \(path)"
    case .variable(let name): name
    case .option(let flag): flag
    case .profile(let name, _, _): "\(key) of profile \(name)"
    case .defaultValue: key
    case .derived(_, let origin): origin.naming(key: key)
    }
  }
}

/// One resolved value and where it came from.
package struct ConfigSetting: Sendable, Equatable {
  package var value: String
  package var origin: ConfigOrigin

  package init(_ value: String, _ origin: ConfigOrigin) {
    self.value = value
    self.origin = origin
  }
}
