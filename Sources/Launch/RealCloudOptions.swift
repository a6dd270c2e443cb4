/// What the command line says about a real cloud: the `--os-*` options as `CloudConfigLoader` takes them, and
/// the safety flags.
package struct RealCloudOptions: Sendable, Equatable {
  /// `--os-cloud NAME` and the rest, keyed as clouds.yaml spells them (`auth_url`, `project_name`, …).
  package var loaderOptions: [String: String]
  /// `--dry-run`: print the requests that would change something instead of sending them.
  package var dryRun: Bool
  /// `--yes`: agree in advance to creating servers.
  package var yes: Bool

  package init(loaderOptions: [String: String], dryRun: Bool = false, yes: Bool = false) {
    self.loaderOptions = loaderOptions
    self.dryRun = dryRun
    self.yes = yes
  }
}
