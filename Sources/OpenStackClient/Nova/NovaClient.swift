import Foundation
import OpenStackWire
import ServerGroupsCore

/// The real cloud behind the `Cloud` protocol: Keystone for the token and catalog, Nova for server groups,
/// servers, flavors and limits, Glance for images and Neutron for networks, all through one `Transport`.
/// Errors are the same `CloudError` values the simulator throws for the same Nova faults.
package struct NovaClient: Cloud, RecordsRequests {
  package let session: KeystoneSession
  /// Every request the transport was handed, as sent (tokens and credentials left out), for `equivalent`.
  let log = RequestLog()
  let executor: RequestExecutor
  let cache = NovaClientCache()
  /// `--os-compute-api-version`: every compute request goes at this version (within the cloud's range).
  let pinned: Microversion?
  /// Where the pin was set (the option, the variable or the clouds.yaml key), for messages.
  let pinnedSource: String?
  /// Where notes for the user go (the executable prints them on standard error).
  let notify: @Sendable (String) -> Void

  /// The highest microversion sgtutor asks for: 2.64 gives `policy` and `rules`, as openstacksdk uses.
  package static let preferredMicroversion = CloudRequests.preferred

  package var sentRequests: RequestLog? { log }

  package init(
    config: CloudConfig, transport: @escaping Transport,
    now: @escaping @Sendable () -> Date = { Date() },
    sleep: @escaping @Sendable (Int) async -> Void = RequestExecutor.realSleep,
    notify: @escaping @Sendable (String) -> Void = { _ in }
  ) {
    let log = self.log
    let recorded: Transport = { request in
      log.record(
        SentRequest(
          method: request.method, url: URLParts.redacted(request.url),
          microversion: request.header(MicroversionHeader.standard),
          body: SentRequest.isTokenRequest(url: request.url) ? nil : request.body.flatMap(JSONValue.parse)))
      return try await transport(request)
    }
    let executor = RequestExecutor(transport: recorded, cloudName: config.name, sleep: sleep)
    self.executor = executor
    self.session = KeystoneSession(config: config, executor: executor, now: now)
    self.pinned = config.computeAPIVersion.flatMap(Microversion.init(parsing:))
    self.pinnedSource = config.computeAPIVersionSource
    self.notify = notify
  }

  // MARK: Cloud

  package func describe() async throws -> CloudDescription {
    let caller = try await session.caller()
    let range = try await computeRange()
    return CloudDescription(
      name: URLParts.redacted(session.config.authURL), isSimulator: false, caller: caller,
      minMicroversion: range.minimum,
      maxMicroversion: try ceiling(range))
  }

  package func listFlavors() async throws -> [Flavor] {
    let body = try await perform(CloudRequests.listFlavors)
    let flavors = try RequestExecutor.decode(body.request, service: .compute) {
      () throws(WireError) in
      try FlavorBody.decodeList(body.json)
    }
    await cache.remember(flavors: flavors)
    return flavors
  }

  package func listImages() async throws -> [Image] {
    var images: [Image] = []
    var request = CloudRequests.listImages
    // Glance pages its list (25 by default); follow `next` a bounded number of times.
    for _ in 0..<40 {
      let body = try await perform(request)
      images += try RequestExecutor.decode(body.request, service: .image) { () throws(WireError) in
        try ImageBody.decodeList(body.json)
      }
      guard let next = body.json["next"]?.stringValue, next.hasPrefix(Routes.images + "?") else {
        break
      }
      request.path = next
    }
    return images
  }

  package func listNetworks() async throws -> [Network] {
    let body = try await perform(CloudRequests.listNetworks)
    let networks = try RequestExecutor.decode(body.request, service: .network) { () throws(WireError) in
      try NetworkBody.decodeList(body.json)
    }
    await cache.remember(networks: networks)
    return networks
  }

  package func listHypervisors() async throws -> [Hypervisor] {
    let body = try await perform(CloudRequests.listHypervisors)
    return try RequestExecutor.decode(body.request, service: .compute) { () throws(WireError) in
      try ComputeAdminBodies.decodeHypervisors(body.json)
    }
  }

  package func limits() async throws -> Limits {
    let body = try await perform(CloudRequests.limits)
    return try RequestExecutor.decode(body.request, service: .compute) { () throws(WireError) in
      try ComputeAdminBodies.decodeLimits(body.json)
    }
  }
}
