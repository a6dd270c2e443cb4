import ArgumentParser

/// `sgtutor serve`: runs the workshop server, `sgtutor-serve`, installed beside sgtutor. `LaunchRoute` hands the
/// arguments on before they are parsed, so its options and help are its own; this declaration lists it in
/// `sgtutor --help`.
struct ServeMode: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "serve", abstract: "Serve the simulated cloud over Keystone, Nova, Glance and Neutron APIs.",
    discussion: "Runs sgtutor-serve, installed beside sgtutor; 'sgtutor serve --help' lists its options.")
  @Argument(parsing: .captureForPassthrough, help: "sgtutor-serve's options.") var options: [String] = []

  func run() throws { SiblingExecutable.serve.replaceProcess(arguments: options) }
}
