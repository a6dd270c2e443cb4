import ArgumentParser
import LessonEngine

extension ShellCommand {
  /// `help [COMMAND …]`
  package struct Help: ShellRunnable {
    package static let configuration = CommandConfiguration(
      abstract: "List the commands, or show one command's options.")
    @Argument(help: ArgumentHelp("A command, e.g. 'server group create'", valueName: "command")) var command: [String] =
      []
    package init() {}
    package static var origin: CommandOrigin { .session }

    package func run(_ ctx: inout ShellContext) async throws -> CommandResult {
      let words = command.first == "openstack" ? Array(command.dropFirst()) : command
      guard !words.isEmpty else { return CommandResult([.help(Self.overview(in: ctx.language))]) }
      try CommandTree.check(words)
      let (type, consumed) = CommandTree.resolve(words)
      if consumed < words.count {
        throw ShellError.unknownCommand(words.joined(separator: " "), suggestion: nil)
      }
      return CommandResult([
        .help(CommandTree.help(for: type, columns: ctx.style.columns, language: ctx.language))
      ])
    }

    /// The list of commands in `language`.
    package static func overview(in language: Language) -> String {
      language == .nb ? norwegianOverview : overview
    }

    /// The list of commands.
    package static let overview = """
      openstack commands (typed as for the real CLI; a leading 'openstack' is optional):
        server group create [--policy POLICY] [--rule max_server_per_host=N] NAME
        server group list [--long] [--all-projects] | show GROUP | delete GROUP...
        server create --flavor FLAVOR --image IMAGE [--server-group GROUP] [--min N --max N] NAME
        server list [--long] | show SERVER | delete SERVER...
        server evacuate SERVER [--host HOST]   (admin)
        flavor list | flavor show FLAVOR | image list | network list
        hypervisor list | hypervisor show HOST   (admin)
        Lists and shows take -f table|json|yaml|value and -c COLUMN.
        (admin): needs the admin role; in the simulator, `set role admin` gives it.

      Tutor commands:
        lessons               the lessons, with a mark for each one done
        lesson N              start lesson N, or go on where you left it
        next, back            the next step (once this one is done), the previous step
        hint                  the step's next hint
        goal                  compare the cloud with the step's goal, condition by condition
        solution              show the step's solution, then ask before running it
        skip                  have the step done for you and go on
        reset                 in a lesson: the cloud back as the step began
        progress              how far you are in each lesson
        sandbox               leave the lesson to play freely; again to go back

      Shell commands (sgtutor's own, not openstack CLI commands):
        hosts                 draw the hosts and the servers on them
        why SERVER            why the scheduler put a server where it did
        explain [POLICY]      what a policy does; alone, the four side by side
        host fail|recover|disable|enable|fill|drain HOST
                              break and mend simulated hosts
        host evacuate HOST    move every server of a failed host elsewhere
        equivalent [on|off]   show the openstack command and REST calls after each command
        set [diagram|equivalent on|off]
                              change or show settings
        set role admin|member in the simulator: the admin's view, or the member's
        reset                 put the simulated cloud back as it was (outside a lesson)
        help [COMMAND]        this list, or one command's options ('help server create')
        quit, exit            leave (Ctrl-D too)
      """

    /// The list of commands in Norwegian Bokmål (the terms of lessons/README.md's glossary).
    package static let norwegianOverview = """
      openstack-kommandoer (skrives som for den ekte CLI-en; 'openstack' først kan sløyfes):
        server group create [--policy POLICY] [--rule max_server_per_host=N] NAVN
        server group list [--long] [--all-projects] | show GRUPPE | delete GRUPPE...
        server create --flavor FLAVOR --image IMAGE [--server-group GRUPPE] [--min N --max N] NAVN
        server list [--long] | show SERVER | delete SERVER...
        server evacuate SERVER [--host VERT]   (admin)
        flavor list | flavor show FLAVOR | image list | network list
        hypervisor list | hypervisor show VERT   (admin)
        Lister og visninger tar -f table|json|yaml|value og -c KOLONNE.
        (admin): krever admin-rollen; i simulatoren gir `set role admin` deg den.

      Lærerkommandoer:
        lessons               leksjonene, med et merke for hver som er fullført
        lesson N              start leksjon N, eller fortsett der du slapp
        next, back            neste steg (når dette er fullført), forrige steg
        hint                  stegets neste hint
        goal                  sammenlign skyen med stegets mål, betingelse for betingelse
        solution              vis stegets løsning, og spør før den kjøres
        skip                  få steget gjort for deg og gå videre
        reset                 i en leksjon: skyen tilbake slik den var da steget begynte
        progress              hvor langt du har kommet i hver leksjon
        sandbox               forlat leksjonen for å leke fritt; igjen for å gå tilbake

      Skallkommandoer (sgtutors egne, ikke openstack CLI-kommandoer):
        hosts                 tegn vertene og serverne på dem
        why SERVER            hvorfor scheduleren satte en server der den gjorde
        explain [POLICY]      hva en policy gjør; alene: alle fire side om side
        host fail|recover|disable|enable|fill|drain VERT
                              ødelegg og reparer simulerte verter
        host evacuate VERT    flytt hver server på en vert som har feilet, et annet sted
        equivalent [on|off]   vis openstack-kommandoen og REST-kallene etter hver kommando
        set [diagram|equivalent on|off]
                              endre eller vis innstillingene
        set role admin|member i simulatoren: admin-rollens syn, eller member-rollens
        reset                 sett den simulerte skyen tilbake slik den var (utenfor en leksjon)
        help [KOMMANDO]       denne listen, eller én kommandos valg ('help server create')
        quit, exit            avslutt (Ctrl-D også)
      """
  }
}
