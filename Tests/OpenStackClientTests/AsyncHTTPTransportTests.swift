import OpenStackClient
import ServerGroupsCore
import Testing

/// The live transport's set-up: TLS settings from the cloud's configuration.
@Suite struct AsyncHTTPTransportTests {
  @Test func aMissingCABundleIsATLSFailureNamingTheFile() {
    #expect {
      _ = try AsyncHTTPTransport(
        settings: AsyncHTTPTransport.Settings(caCertificatePath: "/nonexistent/cloud-ca.pem"))
    } throws: { error in
      guard case .tls(let detail) = error as? TransportFailure else { return false }
      return detail.hasPrefix("cannot read the CA bundle /nonexistent/cloud-ca.pem (cacert)")
    }
  }

  @Test func verifyFalseIgnoresTheCABundle() async throws {
    let transport = try AsyncHTTPTransport(
      settings: AsyncHTTPTransport.Settings(
        caCertificatePath: "/nonexistent/cloud-ca.pem", verifyTLS: false))
    await transport.shutdown()
  }

  @Test func connectorSaysWhatToSetWhenTheCABundleIsMissing() async {
    var config = TestCloud.config()
    config.caCertificatePath = "/nonexistent/cloud-ca.pem"
    await #expect {
      _ = try await CloudConnector.connect(config, notify: { _ in }, showUnsent: { _ in })
    } throws: { error in
      guard let error = error as? CloudError else { return false }
      return error.message.hasPrefix(
        "cannot read the CA bundle /nonexistent/cloud-ca.pem (cacert): ")
        && error.message.hasSuffix(
          ": point cacert in clouds.yaml (or OS_CACERT, --os-cacert) at the cloud's CA certificate file"
        )
    }
  }
}
