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

  package init() {}

  package init(format: OutputFormat, columns: [String] = [], noindent: Bool = false) {
    self.format = format
    self.columns = columns
    self.noindent = noindent
  }
}
