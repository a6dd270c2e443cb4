import Foundation

/// The room page's files (`Sources/SandboxServer/Web`): from the resource bundle next to the executable, else from
/// the source tree sgtutor was built from; `SGTUTOR_WEB` names another folder. Read on each request (they are small).
enum WebFiles {
  static let types = [
    "html": "text/html; charset=UTF-8", "css": "text/css; charset=UTF-8",
    "js": "text/javascript; charset=UTF-8",
  ]

  static var folders: [URL] {
    var list: [URL] = []
    if let override = ProcessInfo.processInfo.environment["SGTUTOR_WEB"], !override.isEmpty {
      list.append(URL(fileURLWithPath: override))
    }
    if let executable = Bundle.main.executableURL?.resolvingSymlinksInPath().deletingLastPathComponent() {
      list.append(executable.appendingPathComponent("sgtutor_SandboxServer.resources/Web"))
    }
    list.append(
      URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Web"))
    return list
  }

  static func read(_ name: String) -> [UInt8]? {
    for folder in folders {
      if let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) {
        return Array(data)
      }
    }
    return nil
  }
}

extension Sandbox {
  /// One of the page's files, or a plain 500 saying what is missing.
  func webFile(_ name: String) -> SandboxReply {
    guard let bytes = WebFiles.read(name) else {
      return .text(500, "The room page's file \(name) is missing from this sgtutor installation.\n")
    }
    let type = WebFiles.types[String(name.split(separator: ".").last ?? "")] ?? "application/octet-stream"
    return SandboxReply(
      status: 200, headers: [("Cache-Control", "no-cache"), ("X-Content-Type-Options", "nosniff")], body: bytes,
      contentType: type)
  }
}
