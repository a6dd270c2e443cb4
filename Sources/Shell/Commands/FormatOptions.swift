import ArgumentParser

/// cliff's output format choice.
package enum OutputFormat: String, CaseIterable, ExpressibleByArgument, Sendable {
  case table, json, yaml, value, csv
}

/// The `-f` and `-c` options every list and show command takes (cliff's formatter options).
package struct FormatOptions: ParsableArguments, Sendable {
  @Option(name: [.short, .customLong("format")], help: "The output format (csv for lists only).")
  package var format: OutputFormat = .table

  @Option(
    name: [.customShort("c"), .customLong("column")],
    help: ArgumentHelp(
      "Specify the column(s) to include, can be repeated to show multiple columns.", valueName: "column"))
  package var columns: [String] = []

  @Flag(help: "Whether to disable indenting the JSON.")
  package var noindent = false

  @Option(
    name: .customLong("max-width"),
    help: ArgumentHelp(
      "Maximum display width, <1 to disable. You can also use the CLIFF_MAX_TERM_WIDTH environment variable, "
        + "but the parameter takes precedence.", valueName: "integer"))
  package var maxWidth: Int?

  @Flag(
    name: .customLong("fit-width"),
    help: ArgumentHelp(
      "Fit the table to display width. Implied if --max-width greater than 0. Set the environment variable "
        + "CLIFF_FIT_WIDTH=1 to always enable"))
  package var fitWidth = false

  package init() {}

  package init(format: OutputFormat, columns: [String] = [], noindent: Bool = false) {
    self.format = format
    self.columns = columns
    self.noindent = noindent
    // Every wrapped property needs a value when the options are made in code rather than parsed.
    self.maxWidth = nil
    self.fitWidth = false
  }
}

/// cliff's table width rules from the environment: `CLIFF_FIT_WIDTH=1` fits every table to the terminal,
/// `CLIFF_MAX_TERM_WIDTH=N` to N columns. `--fit-width` and `--max-width` on a command take precedence.
package struct TableWidth: Sendable, Equatable {
  /// `CLIFF_FIT_WIDTH`.
  package var fitWidth: Bool
  /// `CLIFF_MAX_TERM_WIDTH` (0 when unset).
  package var maxWidth: Int

  package init(fitWidth: Bool = false, maxWidth: Int = 0) {
    self.fitWidth = fitWidth
    self.maxWidth = maxWidth
  }

  /// Reads the two variables as cliff does (an integer each; anything else counts as unset).
  package init(environment: [String: String]) {
    fitWidth = environment["CLIFF_FIT_WIDTH"].flatMap { Int($0) }.map { $0 != 0 } ?? false
    maxWidth = environment["CLIFF_MAX_TERM_WIDTH"].flatMap { Int($0) } ?? 0
  }

  /// The width a table is fitted to, or nil for its natural width.
  /// - Parameter fitsByDefault: whether tables fit without being asked (inside a lesson).
  package func limit(_ options: FormatOptions, columns: Int, fitsByDefault: Bool) -> Int? {
    let maxWidth = options.maxWidth ?? maxWidth
    if maxWidth > 0 { return maxWidth }
    return options.fitWidth || fitWidth || fitsByDefault ? columns : nil
  }
}
