import Launch
import RealCloudLaunch

/// `sgtutor-cloud`: sgtutor's modes on a real cloud (`--os-cloud`, `--openstack`, `room`, `config`), which
/// `sgtutor` runs with its own arguments. The only executable that links the HTTP client.
@main enum SgtutorCloudMain {
  static func main() async { await Sgtutor.launch(realCloud: ConnectingLauncher()) }
}
