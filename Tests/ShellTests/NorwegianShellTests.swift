import ArgumentParser
import CloudSimulator
import LessonEngine
import ServerGroupsCore
import Shell
import TestSupport
import Testing

/// With `--lang nb` the shell's own lines are Norwegian Bokmål: argument errors, prefixes, host actions,
/// evacuations and `explain`. What the openstack CLI or the cloud says stays in their words.
@Suite struct NorwegianShellTests {
  @Test(arguments: ShellMessageID.allCases)
  func everyShellMessageHasNorwegianTextWithTheSameArguments(_ id: ShellMessageID) {
    #expect(ShellMessages.hasOwnText(id, in: .nb))
    let markers = { (text: String) in (1...5).filter { text.contains("{\($0)}") } }
    #expect(markers(ShellMessages.template(id, in: .en)) == markers(ShellMessages.template(id, in: .nb)))
  }

  /// Each of ArgumentParser's verdicts, as it words them, and what the learner reads instead.
  @Test(arguments: [
    ("Unexpected argument 'Cluster'", "Uventet argument 'Cluster'"),
    ("2 unexpected arguments: 'a', 'b'", "2 uventede argumenter: 'a', 'b'"),
    ("Unknown option '--polic'. Did you mean '--policy'?", "Ukjent valg '--polic'. Mente du '--policy'?"),
    ("Unknown option '-x'", "Ukjent valg '-x'"),
    ("Missing value for '--policy <policy>'", "Mangler verdi for '--policy <policy>'"),
    ("Missing expected argument '<name>'", "Mangler argumentet '<name>'"),
    (
      "The value 'anti-afinity' is invalid for '--policy <policy>'. Please provide one of 'affinity', 'anti-affinity', 'soft-affinity' or 'soft-anti-affinity'.",
      "Verdien 'anti-afinity' er ugyldig for '--policy <policy>'. Velg en av 'affinity', 'anti-affinity', 'soft-affinity' eller 'soft-anti-affinity'."
    ),
    (
      "The value 'x' is invalid for '<admin|member>'. Please provide one of 'admin' and 'member'.",
      "Verdien 'x' er ugyldig for '<admin|member>'. Velg en av 'admin' og 'member'."
    ),
    (
      "argument --hint: Expected 'key=value' type, but got: x",
      "argumentet --hint: ventet formen 'nøkkel=verdi', men fikk: x"
    ),
    ("Something ArgumentParser may say one day", "Something ArgumentParser may say one day"),
  ])
  func argumentParsersVerdictsAreTranslated(_ english: String, _ norwegian: String) {
    #expect(UsageText.localized(english, in: .nb) == norwegian)
    #expect(UsageText.localized(english, in: .en) == english)
  }

  @Test func badCommandLinesAreAnsweredInNorwegian() async {
    var shell = ShellHarness(columns: 200)
    shell.context.language = .nb
    let unquoted = await shell.line("server group show DB Cluster")
    #expect(unquoted.output == "stderr: feil: Uventet argument 'Cluster' (se 'help server group show')\n")
    let policy = await shell.line("server group create --policy anti-afinity web")
    #expect(policy.output.hasPrefix("stderr: feil: Verdien 'anti-afinity' er ugyldig for '--policy <policy>'."))
    let positional = await shell.line("server group create web anti-affinity")
    #expect(
      positional.output
        == "stderr: feil: Uventet argument 'anti-affinity': policyen er et valg, skriv --policy anti-affinity\n")
    let unknown = await shell.line("server grup list")
    #expect(unknown.output.hasPrefix("stderr: feil: ukjent kommando 'server grup'. Mente du 'server group'?"))
    let refused = await shell.line("hypervisor list")
    #expect(refused.output.contains("stderr: tips: dette krever admin; skriv `set role admin`"))
  }

  @Test func hostActionsAndEvacuationsSpeakNorwegian() async {
    var shell = ShellHarness(columns: 200)
    shell.context.language = .nb
    _ = await shell.line("set diagram off")
    // One member on each of the four hosts: the one on compute-1 has nowhere to go.
    _ = await shell.line("server group create --policy anti-affinity g")
    _ = await shell.line(
      "server create --flavor m1.tiny --image cirros --network private --server-group g --min 4 --max 4 db")
    #expect(
      await shell.line("host fail compute-1").output
        == "compute-1 er NEDE: serverne der er utilgjengelige, og nye servere går utenom den (ComputeFilter).\n")
    let evacuated = await shell.line("host evacuate compute-1").output
    #expect(evacuated.hasPrefix("Evakuerte compute-1:\n  db-"))
    #expect(evacuated.contains(": ingen vert passet; den er ERROR og blir på compute-1"))
    #expect(await shell.line("host recover compute-1").output == "compute-1 er OPPE igjen og tar imot nye servere.\n")
  }

  @Test func explainSpeaksNorwegianAndCountsTheRegionsHosts() async {
    var shell = ShellHarness()
    shell.context.language = .nb
    let side = await shell.line("explain").output
    #expect(side.hasPrefix("De fire policyene side om side:\n"))
    #expect(side.contains("medlem nr. 5 på 4 verter"))
    #expect(side.contains("anti-affinity       hard"))
    let one = await shell.line("explain anti-affinity").output
    #expect(one.hasPrefix("anti-affinity (hard: en regel)\n"))
    #expect(one.contains("Med 4 verter og standardregelen går medlem nr. 5 til ERROR"))
    #expect(one.contains("Prøv: server group create --policy anti-affinity"))
    #expect(!one.contains("The ") && !one.contains("With "))
  }

  /// The shell's own lines around the openstack commands: `equivalent`, a simulator power's real-world note,
  /// `set role`, `cleanup` on the simulator and `reset`.
  @Test func sessionCommandsSpeakNorwegian() async {
    var shell = ShellHarness(columns: 200)
    shell.context.language = .nb
    _ = await shell.line("set diagram off")
    #expect(
      await shell.line("equivalent on").output
        == "equivalent er på: etter hver kommando ser du openstack-kommandoen og REST-kallene bak den.\n")
    let failed = await shell.line("host fail compute-2").output
    #expect(
      failed.contains(
        "equivalent: ingen (bare i simulatoren). I en ekte sky svikter en vert av seg selv; nova-compute melder den"))
    let own = await shell.line("hosts").output
    #expect(own.contains("equivalent: ingen (en kommando som bare sgtutor har;"))
    #expect(await shell.line("equivalent off").output == "equivalent er av.\n")
    #expect(await shell.line("set role admin").output.hasPrefix("Nå ser du den simulerte skyen som admin:"))
    #expect(await shell.line("set role member").output.hasPrefix("Nå ser du den simulerte skyen som medlem"))
    #expect(
      await shell.line("cleanup").output
        == "stderr: cleanup er for ekte skyer; i simulatoren begynner 'reset' på nytt.\n")
    #expect(
      await shell.line("reset --yes").output == "Den simulerte skyen er tilbake slik den var ved start.\n")
  }

  /// A real cloud's question before the first server, and its refusals, in the learner's language.
  @Test func aRealCloudsQuestionsAndRefusalsSpeakNorwegian() async throws {
    let asking = GuardedCloud(SimulatedCloud(seed: 1), cloudName: "lab", consent: .askUser, language: .nb)
    let console = RecordingConsole(columns: 400)
    var context = ShellContext(cloud: asking, console: console)
    context.language = .nb
    var repl = Repl(context: context, reader: ScriptedLineReader(["nei"]))
    #expect(await repl.handle("server create --flavor m1.tiny --image cirros --network private web") == .failed)
    #expect(
      console.transcript.contains(
        "sgtutor skal til å lage 1 server med flavor m1.tiny (1 vCPU, 512 MB RAM, 1 GB disk) i den ekte skyen lab.\n"
          + "Prosjektet bruker 0 av "))
    #expect(console.transcript.contains("Ekte servere kan koste penger."))
    #expect(
      console.transcript.hasSuffix(
        "stderr: ingen server ble laget: du svarte nei. Gjenta kommandoen for å bli spurt igjen.\n"))
    let headless = GuardedCloud(SimulatedCloud(seed: 1), cloudName: "lab", consent: .unavailable)
    await headless.speak(.nb)
    let refused = await #expect(throws: CloudError.self) {
      _ = try await headless.createServers(
        ServerCreateRequest(name: "web", flavorID: FlavorID("1"), imageID: ImageID("cirros")))
    }
    #expect(refused?.message.hasPrefix("sgtutor lager ikke servere i en ekte sky uten å spørre") == true)
  }

  @Test func notesAreMarkedInNorwegian() {
    let (text, _) = OutputRenderer.render(.note("x"), style: RenderStyle(language: .nb))
    #expect(text == "merk: x\n")
  }

  /// Every command of the tree, the root included.
  static func commands(under root: any ParsableCommand.Type = ShellCommand.self) -> [any ParsableCommand.Type] {
    [root] + CommandTree.children(of: root).flatMap { commands(under: $0) }
  }

  @Test func everyHelpScreensTextHasANorwegianTwin() {
    for command in Self.commands() {
      let english = CommandTree.help(for: command, columns: 10_000)
      #expect(HelpText.untranslated(in: english) == [], "\(command._commandName)")
    }
  }

  @Test func helpSpeaksNorwegian() async {
    var shell = ShellHarness()
    shell.context.language = .nb
    let screen = await shell.line("help server group create").output
    #expect(screen.hasPrefix("OVERSIKT: Opprett en ny servergruppe.\n"))
    #expect(screen.contains("BRUK: server group create [--policy <policy>]"))
    #expect(screen.contains("ARGUMENTER:\n  <name>                  Navnet på den nye servergruppen\n"))
    #expect(screen.contains("VALG:\n  --policy <policy>       Gi <name> en policy. (verdier: affinity,"))
    #expect(screen.contains("standard: affinity)"))
    #expect(screen.contains("  -h, --help              Vis hjelpen.\n"))
    let list = await shell.line("help").output
    #expect(list.hasPrefix("openstack-kommandoer (skrives som for den ekte CLI-en;"))
    #expect(list.contains("Lærerkommandoer:"))
    let group = await shell.line("server group").output
    #expect(group.contains("UNDERKOMMANDOER:\n  create                  Opprett en ny servergruppe.\n"))
  }

  @Test func whySpeaksNorwegian() async {
    var shell = ShellHarness(columns: 200)
    shell.context.language = .nb
    _ = await shell.line("set diagram off")
    _ = await shell.line(#"server group create --policy anti-affinity "DB Cluster""#)
    let boot = #"server create --flavor m1.tiny --image cirros --network private --server-group "DB Cluster""#
    _ = await shell.line(boot + " --min 4 --max 4 db")
    _ = await shell.line(boot + " db-5")
    let why = await shell.line("why db-5").output
    #expect(why.hasPrefix("Hvorfor «db-5» ikke fikk noen vert\n"))
    #expect(why.contains("db-5 ble opprettet i gruppen «DB Cluster», anti-affinity: høyst 1 medlem per vert."))
    #expect(why.contains("Scheduleren så på 4 verter:"))
    #expect(why.contains("utelukket av ServerGroupAntiAffinityFilter: har allerede 1 medlem av DB Cluster, maks 1"))
    #expect(why.contains("Den gikk til ERROR med feilen: No valid host was found."))
    let placed = await shell.line("why db-1").output
    #expect(placed.contains("besto alle filtrene, vekt 3,00"))
    #expect(placed.contains("db-1 havnet på compute-1"))
  }
}
