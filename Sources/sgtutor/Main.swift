import Launch

/// `sgtutor`: the tutor on the simulated cloud. Its modes are `Launch.Sgtutor`'s; a real cloud is run by
/// `sgtutor-cloud` and `sgtutor serve` by `sgtutor-serve`, both beside it, so this binary links neither.
@main enum SgtutorMain {
  static func main() async { await Sgtutor.launch() }
}
