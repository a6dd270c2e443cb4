import ServerGroupsCore

/// Turns every kind of `Output` into text: the one exhaustive switch between values and the console.
package enum OutputRenderer {
  /// The text of one output and the stream it belongs on.
  package static func render(_ output: Output, style: RenderStyle) -> (text: String, stream: OutputStreamKind) {
    switch output {
    case .listing(let listing, let options):
      switch options.format {
      case .table: return (TableRenderer.render(listing, maxWidth: style.tableLimit(options)), .stdout)
      case .json: return (MachineFormats.json(listing, indent: !options.noindent), .stdout)
      case .yaml: return (MachineFormats.yaml(listing), .stdout)
      case .value: return (MachineFormats.value(listing), .stdout)
      case .csv: return (MachineFormats.csv(listing), .stdout)
      }
    case .record(let record, let options):
      switch options.format {
      case .table, .csv: return (TableRenderer.render(record, maxWidth: style.tableLimit(options)), .stdout)
      case .json: return (MachineFormats.json(record, indent: !options.noindent), .stdout)
      case .yaml: return (MachineFormats.yaml(record), .stdout)
      case .value: return (MachineFormats.value(record), .stdout)
      }
    case .text(let text): return (lines(text), .stdout)
    case .error(let text): return (lines(text), .stderr)
    case .note(let text):
      let note = ShellMessages.text(.prefixNote, in: style.language) + text
      return (lines(Ink(colors: style.colors).paint(note, .yellow)), .stdout)
    case .placement(let placement):
      if style.plain { return (PlainPlacement.render(placement, style: style), .stdout) }
      return (PlacementRenderer.render(placement, style: style), .stdout)
    case .trace(let trace, let why): return (TraceRenderer.render(trace, why: why, style: style), .stdout)
    case .policy(let policy, let hosts): return (PolicyExplainer.render(policy, hosts: hosts, style: style), .stdout)
    case .evacuation(let host, let outcomes):
      return (EvacuationRenderer.render(host: host, outcomes, language: style.language), .stdout)
    case .help(let text): return (lines(text), .stdout)
    }
  }

  /// Whether the output is prose the shell wraps to the terminal (tables, the diagram and machine formats are
  /// laid out by their renderers and never broken).
  package static func wraps(_ output: Output) -> Bool {
    switch output {
    case .listing, .record, .placement: false
    case .text, .error, .note, .trace, .policy, .evacuation, .help: true
    }
  }

  /// Ensures text ends with exactly one newline.
  static func lines(_ text: String) -> String {
    text.hasSuffix("\n") ? text : text + "\n"
  }
}

extension Output {
  /// A list in the format `-f`/`-c` ask for; fails as cliff does when no `-c` column exists.
  package static func list(_ listing: Listing, _ options: FormatOptions) throws(ShellError) -> Output {
    .listing(try listing.selecting(options.columns), options)
  }

  /// A show in the format `-f`/`-c` ask for.
  package static func show(_ record: Record, _ options: FormatOptions) throws(ShellError) -> Output {
    if options.format == .csv {
      throw .usage(
        "argument -f/--format: invalid choice: 'csv' (choose from 'json', 'shell', 'table', 'value', 'yaml')")
    }
    return .record(try record.selecting(options.columns), options)
  }
}
