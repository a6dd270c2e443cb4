extension ShellMessages {
  /// Norwegian Bokmål, in the terms of the glossary in lessons/README.md (server group = servergruppe, host = vert,
  /// weigher = vekter). A missing id falls back to English.
  static let norwegian: [ShellMessageID: String] = [
    .usageUnexpectedArgument: "Uventet argument '{1}'",
    .usageUnexpectedArguments: "{1} uventede argumenter: '{2}'",
    .usageUnknownOption: "Ukjent valg '{1}'",
    .usageUnknownOptionSuggestion: "Ukjent valg '{1}'. Mente du '{2}'?",
    .usageMissingValue: "Mangler verdi for '{1}'",
    .usageMissingArgument: "Mangler argumentet '{1}'",
    .usageMissingOneOf: "Mangler ett av: '{1}'",
    .usageInvalidValue: "Verdien '{1}' er ugyldig for '{2}'{3}",
    .usageTakesNoValue: "Valget '{1}' tar ingen verdi, men fikk '{2}'.",
    .usageChoices: ". Velg en av {1}.",
    .choicesOr: "{1} eller {2}",
    .choicesAnd: "{1} og {2}",
    .usageKeyValue: "argumentet {1}: ventet formen 'nøkkel=verdi', men fikk: {2}",
    .seeHelp: "{1} (se 'help {2}')",
    .policyIsAnOption: "{1}: policyen er et valg, skriv --policy {2}",
    .adminHint: "dette krever admin; skriv `set role admin` (og `set role member` for å gå tilbake)",
    .prefixError: "feil: ",
    .prefixNote: "merk: ",
    .prefixWarning: "advarsel: ",
    .prefixHint: "tips: ",
    .unbalancedQuote:
      "{1}-anførselstegnet er ikke lukket: lukk det (navn med mellomrom står i anførselstegn: \"DB Cluster\")",
    .unknownCommand: "ukjent kommando '{1}'.{2}",
    .unknownCommandHelp: " Skriv 'help' for listen over kommandoer.",
    .didYouMean: " Mente du '{1}'?",
    .lineTooLong: "linjen er {1} tegn lang; skallet tar linjer på opptil {2} tegn",
    .controlCharacter: "linjen inneholder et kontrolltegn (U+{1}); skriv vanlig tekst",
    .invalidUTF8: "linjen inneholder byte som ikke er UTF-8-tekst; skriv vanlig tekst",
    .simulatorOnly: "'{1}' virker bare i simulatoren: en ekte sky har ikke dette.",
    .bannerSimulator:
      "sgtutor shell: server-kommandoene fra openstack CLI-en i en simulert sky ('hosts' tegner den).\n"
      + "Prøv: server group create \"DB Cluster\" --policy anti-affinity. Skriv 'help' for mer, 'quit' for å "
      + "avslutte.\n\n",
    .bannerRealCloud:
      "sgtutor shell: server-kommandoene fra openstack CLI-en i en ekte sky ('hosts' tegner vertene til serverne "
      + "dine).\nServerne er ekte og kan koste penger; 'cleanup' sletter det sgtutor laget. Skriv 'help' for mer, "
      + "'quit' for å avslutte.\n\n",
    .hostFailed: "{1} er NEDE: serverne der er utilgjengelige, og nye servere går utenom den (ComputeFilter).",
    .hostRecovered: "{1} er OPPE igjen og tar imot nye servere.",
    .hostDisabled: "{1} er deaktivert: serverne der går videre, men scheduleren sender den ingen nye servere.",
    .hostEnabled: "{1} er aktivert igjen.",
    .hostFilled: "{1} er full: last fra utenfor prosjektet bruker opp plassen, så ingenting mer får plass (placement).",
    .hostDrained: "{1} har fått plassen tilbake.",
    .hostEvacuated: "{1} er evakuert.",
    .evacuatedNothing: "{1} hadde ingen servere å evakuere.",
    .evacuatedHeader: "Evakuerte {1}:",
    .evacuatedMoved: "{1}: {2} -> {3}",
    .evacuatedStuck: "{1}: ingen vert passet; den er ERROR og blir på {2}",
    .explainHard: "{1} (hard: en regel)",
    .explainSoft: "{1} (myk: en preferanse)",
    .explainTry: "Prøv: server group create --policy {1}{2} NAVN",
    .explainAffinity1:
      "Alle serverne i gruppen havner på samme vert. Det første medlemmet kan lande på hvilken som helst vert; deretter beholder ServerGroupAffinityFilter bare vertene som allerede har et medlem.",
    .explainAffinity2:
      "Når den verten er full, nede eller deaktivert, blir neste medlem ikke plassert et annet sted: det går til ERROR med 'No valid host was found. There are not enough hosts available.' Medlemmer av en affinity-gruppe kan heller ikke migreres.",
    .explainAffinity3:
      "Bruk den for servere som snakker mye med hverandre. Den er også openstackclients standard når --policy er utelatt.",
    .explainAntiAffinity1:
      "To servere i gruppen deler aldri vert. ServerGroupAntiAffinityFilter utelukker hver vert som allerede har max_server_per_host medlemmer (1 med mindre --rule max_server_per_host=N sier noe annet, mikroversjon 2.64).",
    .explainAntiAffinity2:
      "{1} til ERROR med 'No valid host was found. There are not enough hosts available.' En flerforespørsel (--min/--max) som ikke får plass, feiler i sin helhet.",
    .explainAntiAffinity3:
      "Bruk den slik at én vert som feiler, bare tar ned én replika av en database eller et web-lag.",
    .explainFullHosts: "Med {1} verter og standardregelen går medlem nr. {2}",
    .explainFullOneHost: "Med én vert og standardregelen går medlem nr. 2",
    .explainFullUnknown:
      "Med standardregelen går neste medlem, når hver vert som kan ta et medlem allerede har ett,",
    .explainSoftAffinity1:
      "Serverne i gruppen foretrekker verten som har flest av dem, men alle verter kan brukes. ServerGroupSoftAffinityWeigher gir vekt til verter med medlemmer; ingen filter utelukker en vert, så gruppen fører aldri til ERROR.",
    .explainSoftAffinity2:
      "Preferansen konkurrerer med de andre vektene (ledig RAM, vCPU, disk), så medlemmene kan likevel spre seg når vertene har ulik ledig kapasitet. Regler avvises: 'Only anti-affinity policy supports rules.'",
    .explainSoftAntiAffinity1:
      "Serverne i gruppen foretrekker vertene som har færrest av dem, men kan dele vert når de må. ServerGroupSoftAntiAffinityWeigher trekker fra vekt på verter med medlemmer; ingen filter utelukker en vert.",
    .explainSoftAntiAffinity2:
      "Med flere medlemmer enn verter dobler de opp i stedet for å feile. Regler avvises også her: 'Only anti-affinity policy supports rules.' (max_server_per_host virker bare med anti-affinity).",
    .compareTitle: "De fire policyene side om side:",
    .comparePolicy: "policy",
    .compareKind: "type",
    .compareNext: "medlem nr. {1} på {2} verter",
    .compareNextUnknown: "medlem nr. N+1 på N verter",
    .compareFailure: "én vert feiler",
    .compareHard: "hard",
    .compareSoft: "myk",
    .compareAffinityNext: "samme vert, eller ERROR når den er full",
    .compareAffinityFailure: "hvert medlem",
    .compareAntiAffinityNext: "ERROR: ingen gyldig vert",
    .compareAntiAffinityFailure: "ett medlem",
    .compareSoftAffinityNext: "samme vert så lenge det er plass",
    .compareSoftAffinityFailure: "de fleste eller alle",
    .compareSoftAntiAffinityNext: "dobler opp på en vert",
    .compareSoftAntiAffinityFailure: "ett eller to",
    .compareFooter:
      "Harde policyer er filtre: en vert som bryter regelen, blir aldri brukt, så et medlem kan gå til ERROR. Myke policyer er vekter: de foretrekker bare verter og avviser aldri en. `explain POLICY` forteller mer om én.",
    .reasonDisabled: "compute-tjenesten er deaktivert, så placement tilbyr den ikke",
    .reasonNoRoom:
      "ikke plass til {1} (trenger {2} vCPU, {3} MB RAM, {4} GB disk; ledig {5} vCPU, {6} MB, {7} GB)",
    .reasonEvacuated: "det er verten som evakueres: serveren flyttes bort fra den fordi den er nede",
    .reasonNotRequested: "forespørselen nevner en annen vert",
    .reasonDown: "verten er nede: compute-tjenesten rapporterer ikke",
    .reasonHoldsMember: "har allerede 1 medlem av {1}, maks {2}",
    .reasonHoldsMembers: "har allerede {1} medlemmer av {2}, maks {3}",
    .reasonAffinityElsewhere: "har ikke noe medlem av {1}; affinity holder alle medlemmene på {2}",
    .reasonCapabilityFound: "flavorens extra spec `{1}` krever `{2}`; verten har `{3}`",
    .reasonCapabilityMissing: "flavorens extra spec `{1}` krever `{2}`; verten oppgir ingen slik egenskap",
    .reasonImage: "imaget krever {1}; verten tilbyr {2}, versjon {3}",
    .equivalentOn:
      "equivalent er på: etter hver kommando ser du openstack-kommandoen og REST-kallene bak den.",
    .equivalentOff: "equivalent er av.",
    .roleAdmin:
      "Nå ser du den simulerte skyen som admin: vertsnavn, alle prosjekter, hypervisor list. `set role member` går tilbake.",
    .roleMember:
      "Nå ser du den simulerte skyen som medlem av prosjektet ditt, slik de fleste brukere av en ekte sky gjør.",
    .roleRealCloud:
      "bare simulatoren lar deg bytte rolle; i en ekte sky har du de rollene Keystone har gitt deg",
    .resetQuestion:
      "Dette sletter alle servere og grupper du har laget og tar tilbake alle vertene. Tilbakestille? [j/N]",
    .resetDeclined: "Ingenting ble tilbakestilt.",
    .resetDone: "Den simulerte skyen er tilbake slik den var ved start.",
    .equivalentNone: "equivalent: ingen (en kommando som bare sgtutor har; openstack CLI-en har ingen slik kommando)",
    .equivalentSimulatorOnly: "equivalent: ingen (bare i simulatoren). {1}",
    .realWorldFail: "I en ekte sky svikter en vert av seg selv; nova-compute melder den da som DOWN.",
    .realWorldDisable: "En administrator kjører 'openstack compute service set --disable HOST nova-compute'.",
    .realWorldEnable: "En administrator kjører 'openstack compute service set --enable HOST nova-compute'.",
    .realWorldFill: "I en ekte sky fylles en vert av andre prosjekters servere.",
    .realWorldEvacuate:
      "En administrator kjører 'openstack server evacuate SERVER' for hver server på verten som sviktet.",
    .realWorldReset: "En ekte sky kan ikke tilbakestilles; slett det du har laget i stedet.",
    .consentNoTerminal:
      "sgtutor lager ikke servere i en ekte sky uten å spørre, og det er ingen terminal å spørre i: kjør den i en terminal, eller legg til --yes på 'sgtutor run' for å si ja på forhånd (fjern dem etterpå med skallets 'cleanup')",
    .consentDeclined: "ingen server ble laget: du svarte nei. Gjenta kommandoen for å bli spurt igjen.",
    .consentAbout: "sgtutor skal til å lage {1} servere med flavor {2} i den ekte skyen {3}.",
    .consentAboutOne: "sgtutor skal til å lage 1 server med flavor {1} i den ekte skyen {2}.",
    .consentQuota: "Prosjektet bruker {1} av {2} instanser og {3} av {4} vCPU-er.",
    .consentCost:
      "Ekte servere kan koste penger. Hver av dem merkes created-by=sgtutor; 'cleanup' sletter akkurat dem.",
    .consentAsk: "Lage servere i denne økten? [j/N] ",
    .networkQuestion: "Flere nettverk er tilgjengelige: {1}. Hvilket skal serveren kobles til? (et navn, eller none) ",
    .networkNoneChosen:
      "ingen server ble laget: du valgte ikke noe nettverk (velg ett av {1}, eller none; --network NAVN velger det på kommandolinjen)",
    .networkUnknown:
      "ingen server ble laget: det finnes ikke noe nettverk {1} (velg ett av {2}, eller none; --network NAVN velger det på kommandolinjen)",
    .ledgerUnwritten: "sgtutor kunne ikke skrive listen sin over servergrupper i {1}: {2}",
    .groupNotInLedger:
      "servergruppen {1} ble laget ({2}), men {3}; 'cleanup' kommer ikke til å slette den: bruk 'server group delete {2}'",
    .cleanupOnSimulator: "cleanup er for ekte skyer; i simulatoren begynner 'reset' på nytt.",
    .cleanupNothing: "Ingenting å rydde: ingen server eller servergruppe laget av sgtutor er igjen.",
    .cleanupDeletedServer: "Slettet serveren {1} ({2})",
    .cleanupDeletedGroup: "Slettet servergruppen {1} ({2})",
    .cleanupServerFailed: "Kunne ikke slette serveren {1} ({2}): {3}",
    .cleanupGroupFailed: "Kunne ikke slette servergruppen {1} ({2}): {3}",
    .instructorMessage: "Melding fra instruktøren: {1}",
    .hintNameNote:
      "den ekte openstack CLI-en sender --hint group={1} til Nova slik det er skrevet, og Nova avviser et navn der (den vil ha gruppens UUID). I en ekte sky bruker du --hint group={2} eller --server-group {3}. Skallet brukte UUID-en for deg.",
    .evacuateNotFollowed: "sgtutor følger ikke gjenoppbyggingen i en ekte sky: se den med 'server show'.",
    .evacuateStopped:
      "Serveren er {1} på den nye verten (mikroversjon 2.95 og senere stopper en evakuert server): 'openstack server evacuate --wait' ville ventet på ACTIVE til den ble avbrutt.",
  ]
}
