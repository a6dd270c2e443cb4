extension HelpText {
  /// Every text of the help screens, by its English wording. `HelpTextTests` fails when a help screen has a
  /// text this table lacks.
  static let norwegian: [String: String] = [
    // ArgumentParser's own.
    "Show help information.": "Vis hjelpen.",
    "Show subcommand help information.": "Vis hjelpen for en underkommando.",
    // The root and the command groups.
    "Commands of the sgtutor shell.": "Kommandoene i sgtutor-skallet.",
    "Servers (compute instances).": "Servere (compute-instanser).",
    "Server groups: a placement policy for the servers created into them.":
      "Servergrupper: en plasseringspolicy for serverne som opprettes i dem.",
    "Flavors: server sizes.": "Flavorer: serverstørrelser.",
    "Images servers boot from.": "Images som servere starter fra.",
    "Networks servers attach to.": "Nettverk som servere kobles til.",
    "Compute hosts as an administrator sees them.": "Vertene slik en administrator ser dem.",
    // server group …
    "Create a new server group.": "Opprett en ny servergruppe.",
    "Without --policy the group gets 'affinity' (openstackclient's default). The policy is an option, not a positional argument: 'server group create web anti-affinity' is refused.":
      "Uten --policy får gruppen 'affinity' (openstackclients standard). Policyen er et valg, ikke et posisjonsargument: 'server group create web anti-affinity' blir avvist.",
    "Example: server group create \"DB Cluster\" --policy anti-affinity --rule max_server_per_host=2":
      "Eksempel: server group create \"DB Cluster\" --policy anti-affinity --rule max_server_per_host=2",
    "Add a policy to <name>.": "Gi <name> en policy.",
    "A rule for the policy. Currently, only the 'max_server_per_host' rule is supported for the 'anti-affinity' policy.":
      "En regel for policyen. Foreløpig støttes bare regelen 'max_server_per_host', og bare for policyen 'anti-affinity'.",
    "New server group name": "Navnet på den nye servergruppen",
    "List all server groups.": "List alle servergrupper.",
    "Display information from all projects (admin only)": "Vis informasjon fra alle prosjekter (bare admin)",
    "List additional fields in output": "Vis flere felter",
    "Maximum number of server groups to display.": "Høyst så mange servergrupper vises.",
    "Index from which to start listing servers.": "Indeksen listen begynner fra.",
    "Maximum number of server groups to fetch in total (the client stops after this many).":
      "Høyst så mange servergrupper hentes i alt (klienten stopper etter så mange).",
    "Display server group details.": "Vis detaljene for en servergruppe.",
    "Server group to display (name or ID)": "Servergruppen som skal vises (navn eller ID)",
    "Delete existing server group(s).": "Slett servergrupper.",
    "Deleting a group does not delete its servers; they keep running, with no policy any more.":
      "Å slette en gruppe sletter ikke serverne i den; de går videre, uten noen policy.",
    "Server group(s) to delete (name or ID)": "Servergruppene som skal slettes (navn eller ID)",
    // server …
    "Create a new server.": "Opprett en ny server.",
    "To put the server in a group, use --server-group <name-or-id> (or --hint group=<uuid>, which the real CLI passes to Nova as is: Nova wants the group's UUID there).":
      "For å legge serveren i en gruppe, bruk --server-group <navn-eller-id> (eller --hint group=<uuid>, som den ekte CLI-en sender til Nova som den er: Nova vil ha gruppens UUID der).",
    "Example: server create --flavor m1.small --image cirros --server-group \"DB Cluster\" db-1":
      "Eksempel: server create --flavor m1.small --image cirros --server-group \"DB Cluster\" db-1",
    "Create server with this flavor (name or ID)": "Opprett serveren med denne flavoren (navn eller ID)",
    "Create server boot disk from this image (name or ID)":
      "Lag serverens oppstartsdisk fra dette imaget (navn eller ID)",
    "Create a NIC on the server and connect it to network (name or ID). Repeat for more.":
      "Lag et nettverkskort på serveren og koble det til nettverket (navn eller ID). Gjenta for flere.",
    "Create a NIC on the server: net-id=<network name or ID>, 'auto' or 'none'.":
      "Lag et nettverkskort på serveren: net-id=<nettverkets navn eller ID>, 'auto' eller 'none'.",
    "Do not attach a network to the server (same as --nic none)":
      "Ikke koble serveren til noe nettverk (det samme som --nic none)",
    "Hints for the scheduler, e.g. group=<server group UUID>. Repeat for more.":
      "Hint til scheduleren, f.eks. group=<servergruppens UUID>. Gjenta for flere.",
    "Server group to create the server within (name or ID)": "Servergruppen serveren opprettes i (navn eller ID)",
    "Minimum number of servers to launch": "Minste antall servere som startes",
    "Maximum number of servers to launch": "Største antall servere som startes",
    "Wait for build to complete": "Vent til serveren er bygget",
    "New server name": "Navnet på den nye serveren",
    "List servers.": "List serverne.",
    "Include all projects (admin only)": "Ta med alle prosjekter (bare admin)",
    "Show server details.": "Vis detaljene for en server.",
    "Server to show (name or ID)": "Serveren som skal vises (navn eller ID)",
    "Delete server(s).": "Slett servere.",
    "Server(s) to delete (name or ID)": "Serverne som skal slettes (navn eller ID)",
    "Wait for delete to complete": "Vent til slettingen er ferdig",
    "Evacuate a server to a different host.": "Evakuer en server til en annen vert.",
    "Recreates a server after the host it was on has failed; only when that host's compute service is down, and only as an admin. The scheduler picks the new host with the server's group policy honoured, as on a boot. ('host evacuate HOST' is the shell's own command that does this for every server of a host.)":
      "Gjenoppretter en server etter at verten den var på, har feilet; bare når vertens compute-tjeneste er nede, og bare som admin. Scheduleren velger den nye verten og følger serverens gruppepolicy, som ved oppstart. ('host evacuate VERT' er skallets egen kommando som gjør dette for hver server på en vert.)",
    "Server (name or ID)": "Server (navn eller ID)",
    "Wait for evacuation to complete": "Vent til evakueringen er ferdig",
    "Set the preferred host on which to rebuild the evacuated server. The host will be validated by the scheduler. (supported by --os-compute-api-version 2.29 or above)":
      "Verten den evakuerte serveren helst skal bygges opp igjen på. Scheduleren sjekker verten. (støttes fra --os-compute-api-version 2.29)",
    "Set the password on the evacuated instance.": "Passordet den evakuerte instansen får.",
    "Indicate that the instance is on shared storage (--os-compute-api-version 2.13 or earlier).":
      "Si at instansen ligger på delt lagring (--os-compute-api-version 2.13 eller eldre).",
    // The output options every list and show takes.
    "The output format (csv for lists only).": "Utdataformatet (csv bare for lister).",
    "Specify the column(s) to include, can be repeated to show multiple columns.":
      "Kolonnene som tas med; kan gjentas for å vise flere kolonner.",
    "Whether to disable indenting the JSON.": "Slå av innrykk i JSON.",
    "Maximum display width, <1 to disable. You can also use the CLIFF_MAX_TERM_WIDTH environment variable, but the parameter takes precedence.":
      "Største visningsbredde, <1 slår den av. Miljøvariabelen CLIFF_MAX_TERM_WIDTH virker også, men valget går foran.",
    "Fit the table to display width. Implied if --max-width greater than 0. Set the environment variable CLIFF_FIT_WIDTH=1 to always enable":
      "Tilpass tabellen til skjermbredden. Gjelder når --max-width er større enn 0. Sett miljøvariabelen CLIFF_FIT_WIDTH=1 for å alltid slå det på",
    // flavor, image, network, hypervisor
    "List flavors.": "List flavorene.",
    "Display flavor details.": "Vis detaljene for en flavor.",
    "Flavor to display (name or ID)": "Flavoren som skal vises (navn eller ID)",
    "List available images.": "List tilgjengelige images.",
    "List networks.": "List nettverkene.",
    "List hypervisors (admin only).": "List hypervisorene (bare admin).",
    "Display hypervisor details (admin only).": "Vis detaljene for en hypervisor (bare admin).",
    "Hypervisor to display (name or ID)": "Hypervisoren som skal vises (navn eller ID)",
    // The shell's own commands.
    "Draw the hosts and the servers on each.": "Tegn vertene og serverne på hver av dem.",
    "Explain why the scheduler put a server where it did, or why it found no host (simulator only).":
      "Forklar hvorfor scheduleren satte en server der den gjorde, eller hvorfor den ikke fant noen vert (bare i simulatoren).",
    "Server to explain (name or ID)": "Serveren som skal forklares (navn eller ID)",
    "Explain what a server group policy does; without one, compare the four.":
      "Forklar hva en policy for servergrupper gjør; uten policy: sammenlign alle fire.",
    "affinity, anti-affinity, soft-affinity or soft-anti-affinity":
      "affinity, anti-affinity, soft-affinity eller soft-anti-affinity",
    "Break and repair simulated hosts (simulator only; not an openstack command).":
      "Ødelegg og reparer simulerte verter (bare i simulatoren; ingen openstack-kommando).",
    "fail, recover, disable, enable, fill, drain or evacuate":
      "fail, recover, disable, enable, fill, drain eller evacuate",
    "Host name, e.g. compute-1": "Vertens navn, f.eks. compute-1",
    "Toggle showing the openstack command and REST calls each command corresponds to.":
      "Slå av eller på visningen av openstack-kommandoen og REST-kallene hver kommando svarer til.",
    "on or off (toggles when left out)": "on eller off (veksler når det utelates)",
    "Change a shell setting, or show them all.": "Endre en innstilling i skallet, eller vis alle.",
    "Settings: diagram (draw hosts after commands that move servers), equivalent (show openstack commands and REST calls), role (admin or member: in the simulator, whose view of the cloud you have).":
      "Innstillinger: diagram (tegn vertene etter kommandoer som flytter servere), equivalent (vis openstack-kommandoer og REST-kall), role (admin eller member: i simulatoren, hvem sitt syn på skyen du har).",
    "diagram, equivalent or role": "diagram, equivalent eller role",
    "on or off; for role, admin or member": "on eller off; for role: admin eller member",
    "Put the simulated cloud back as it was at start (same seed); in a lesson, as the step began.":
      "Sett den simulerte skyen tilbake slik den var ved start (samme frø); i en leksjon: slik den var da steget begynte.",
    "Do not ask first.": "Ikke spør først.",
    "Leave the shell (Ctrl-D does too).": "Forlat skallet (Ctrl-D gjør det også).",
    "List the commands, or show one command's options.": "List kommandoene, eller vis valgene til én kommando.",
    "A command, e.g. 'server group create'": "En kommando, f.eks. 'server group create'",
    "On a real cloud, delete the servers and server groups sgtutor created (and nothing else).":
      "I en ekte sky: slett serverne og servergruppene sgtutor laget (og ingenting annet).",
    // Tutor commands.
    "List the lessons and what you have done.": "List leksjonene og hva du har gjort.",
    "Start lesson N, or go on where you left it.": "Start leksjon N, eller fortsett der du slapp.",
    "The lesson's number, as 'lessons' lists it.": "Leksjonens nummer, slik 'lessons' viser det.",
    "Go on to the next step when this one is done.": "Gå videre til neste steg når dette er fullført.",
    "Go back to the previous step.": "Gå tilbake til forrige steg.",
    "Show the step's next hint.": "Vis stegets neste hint.",
    "Compare the cloud with the step's goal, condition by condition.":
      "Sammenlign skyen med stegets mål, betingelse for betingelse.",
    "Show the step's solution, then ask before running it.": "Vis stegets løsning, og spør før den kjøres.",
    "Have the step done for you and go on, so later steps still work.":
      "Få steget gjort for deg og gå videre, så senere steg fortsatt virker.",
    "Show how far you are in each lesson.": "Vis hvor langt du har kommet i hver leksjon.",
    "Leave the lesson to play freely; type it again to go back to the step.":
      "Forlat leksjonen for å leke fritt; skriv det igjen for å gå tilbake til steget.",
    "Each server is marked with its group's letter (- for no group). DOWN hosts have failed, disabled hosts take no new servers, full hosts have no room left. Servers that could not be placed are listed under the hosts. The diagram is also drawn after each command that moves servers ('set diagram off' stops that). On a real cloud only the hosts your servers run on are drawn, with what your servers use there; a project sees a host only as its servers' hostId, so hosts are called Host A, Host B, … (an admin sees their names).":
      "Hver server er merket med gruppens bokstav (- for ingen gruppe). NEDE-verter har feilet, deaktiverte verter tar ikke imot nye servere, fulle verter har ingen plass igjen. Servere som ikke kunne plasseres, står under vertene. Diagrammet tegnes også etter hver kommando som flytter servere ('set diagram off' stopper det). I en ekte sky tegnes bare vertene serverne dine kjører på, med det serverne dine bruker der; et prosjekt ser en vert bare som serverens hostId, så vertene heter Host A, Host B, … (en admin ser navnene).",
    "fail: the host's service goes DOWN. recover: it comes back UP. disable, enable: the scheduler sends it no new servers, or does again. fill, drain: other load uses up its room, or gives it back. evacuate: every server of the failed host is rebuilt elsewhere with its group's policy (the real CLI's 'openstack server evacuate SERVER' does one server at a time).":
      "fail: vertens tjeneste går NED. recover: den kommer OPP igjen. disable, enable: scheduleren sender den ingen nye servere, eller gjør det igjen. fill, drain: annen last bruker opp plassen, eller gir den tilbake. evacuate: hver server på verten som har feilet, bygges opp igjen et annet sted etter gruppens policy (den ekte CLI-ens 'openstack server evacuate SERVER' tar én server om gangen).",
    "Servers are recognised by their metadata created-by=sgtutor; server groups by the list sgtutor keeps of the groups it created. Servers are deleted first, then the groups.":
      "Servere kjennes igjen på metadataen created-by=sgtutor; servergrupper på listen sgtutor fører over gruppene den laget. Serverne slettes først, så gruppene.",
  ]
}
