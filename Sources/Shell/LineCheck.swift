/// Refuses lines the shell cannot take as commands, before tokenising: too long, control characters, bytes
/// that were not UTF-8.
package enum LineCheck {
  package static func check(_ line: String) throws(ShellError) {
    let length = line.count
    if length > Repl.maxLineLength { throw .lineTooLong(length) }
    for scalar in line.unicodeScalars {
      if scalar == "\u{FFFD}" { throw .invalidUTF8 }
      if scalar == "\t" { continue }
      if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) {
        throw .controlCharacter(scalar.value)
      }
    }
  }
}
