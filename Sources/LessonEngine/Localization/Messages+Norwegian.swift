extension Messages {
  /// Norwegian Bokmål. A missing id falls back to English.
  static let norwegian: [MessageID: String] = [
    .goalGroupExists: "gruppen {1} finnes",
    .goalGroupExistsWithPolicy: "gruppen {1} finnes med policyen {2}",
    .goalGroupExistsWithRule: "gruppen {1} finnes med policyen {2} og max_server_per_host={3}",
    .detailNoGroup: "det finnes ingen gruppe med navnet {1} ennå",
    .detailPolicyIs: "policyen er {1}",
    .detailRuleIs: "max_server_per_host er {1}",
    .detailRuleUnset: "den har ingen max_server_per_host-regel",
    .goalGroupAbsent: "ingen gruppe med navnet {1}",
    .detailGroupStillThere: "{1} finnes fortsatt",
    .goalActiveMembers: "{2} av {1} er ACTIVE",
    .goalDistinctHosts: "{2} av {1} er ACTIVE, hver på sin vert",
    .goalOneHost: "{2} av {1} er ACTIVE, alle på samme vert",
    .goalMemberInError: "et medlem av {1} står i ERROR med «No valid host was found»",
    .goalErrorMembers: "{2} av {1} står i ERROR",
    .goalMembersOnUpHosts: "{2} av {1} er ACTIVE på verter som er oppe",
    .goalMembersOnDownHosts: "{2} av {1} er på en vert som er nede",
    .goalPlacementCounts: "medlemmer av {1} per vert: {2}",
    .goalMaxPerHost: "{3} av {1} er ACTIVE, høyst {2} på hver vert",
    .goalGroupHostFull: "verten med {1} er full",
    .goalHostDown: "{1} er nede",
    .goalAnyHostDown: "en vert er nede",
    .goalAllHostsUp: "alle vertene er oppe",
    .goalActiveServers: "{1} er ACTIVE",
    .goalNothingLeft: "ingen servergrupper og ingen servere igjen",
    .goalRan: "kjør `{1}`",
    .detailMemberCounts: "nå {1} ACTIVE, {2} ERROR",
    .detailShare: "{1} deler {2}",
    .detailSpread: "de er på {1}",
    .detailCountsNow: "nå {1}",
    .detailNoMemberInError: "ingen medlemmer står i ERROR",
    .detailOtherFault: "{1} står i ERROR med «{2}»",
    .detailHostUp: "{1} er oppe",
    .detailNoHostDown: "alle vertene er oppe",
    .detailHostsDown: "nede: {1}",
    .detailHostHasRoom: "{1} har fortsatt plass",
    .detailNeedsSimulator: "bare simulatoren kan vise dette",
    .detailLeft: "grupper igjen: {1}, servere igjen: {2}",
    .detailUnknownHost: "det finnes ingen vert som heter {1}",
    .detailHostHolds: "{1} har {2}",
    .detailNoActiveMember: "ingen medlemmer er ACTIVE",
    .detailNotYetRun: "ikke kjørt ennå",
    .whyPlaced: "{1} havnet på {2} fordi {3}",
    .whyPlacedFirstChoice:
      "{1} havnet på {2}: ingen vert ble utelukket, og {2} veide tyngst (poengsum {3})",
    .whyPlacedSoft:
      "{1} havnet på {2}: ingen vert ble utelukket, og med {4} medregnet veide {2} tyngst (poengsum {3})",
    .whyRefused: "{1} fikk ingen vert fordi {2}",
    .whyFailedWithRequest:
      "{1} ble ikke plassert: en annen server i samme forespørsel fant ingen vert, og Nova plasserer alt eller ingenting i én forespørsel",
    .whyNoTrace: "{1} er på {2}",
    .reasonHoldMember: "{1} allerede har et medlem av {2}",
    .reasonHoldMembers: "{1} allerede har medlemmer av {2}",
    .reasonAffinity: "affinity holder alle medlemmene av {2} på {3}, så {1} kan ikke ta imot den",
    .reasonNoRoom: "{1} ikke hadde plass",
    .reasonDown: "{1} er nede eller deaktivert",
    .reasonEvacuated: "{1} er verten som evakueres",
    .reasonOther: "{1} ble utelukket av {2}",
    .placementOn: "{1} på {2}",
    .placementError: "{1} i ERROR",
    .hostRange: "{1} til {2}",
    .hostSize: "{1} vCPU-er, {2} MB RAM og {3} GB disk",
    .hostSizeOr: "{1} eller {2}",
    .countMember: "1 medlem",
    .countMembers: "{1} medlemmer",
    .countServer: "1 server",
    .countServers: "{1} servere",
    .unknownValue: "(ukjent)",
    .nothing: "ingen",
    .listAnd: "{1} og {2}",
    .reasonsAnd: "{1}, og {2}",
    .lessonHeader: "Leksjon {1}: {2}",
    .stepHeader: "Steg {1} av {2}: {3}",
    .tryThis: "Prøv:",
    .stepDone: "Steg {1} av {2} er fullført.",
    .stepSkipped: "Steg {1} av {2} er hoppet over: løsningen ble kjørt for deg.",
    .typeNext: "Skriv `next` for å gå videre.",
    .typeNextReading: "Skriv `next` når du har lest dette.",
    .lessonDone: "Leksjon {1} er fullført: {2}.",
    .nextLessonOffer:
      "Neste er leksjon {1}, {2}. Skriv `next` for å starte den, eller `lessons` for å se listen.",
    .lastLessonDone: "Det var siste leksjon. Skriv `sandbox` for å fortsette å leke med skyen.",
    .hintStage: "Tips {1} av {2}: {3}",
    .noHints: "Dette steget har ingen tips.",
    .noMoreHints: "Det var siste tips. Skriv `solution` for å se svaret.",
    .notDoneYet: "Dette steget er ikke fullført ennå:",
    .stuckOptions:
      "Skriv `hint` for et tips, `goal` for å sammenligne, eller `skip` for å få steget gjort for deg.",
    .confirmSolution: "Skal jeg kjøre kommandoene for deg? [j/N]",
    .solutionHeader: "Løsning:",
    .solutionCancelled: "Greit: skriv dem selv, eller prøv videre på din egen måte.",
    .solutionFailed:
      "Løsningen nådde ikke målet. Det er en feil i denne leksjonen; meld gjerne fra om den.",
    .firstStepAlready: "Dette er første steg.",
    .resetDone: "Skyen er tilbake slik den var da steg {1} begynte.",
    .freshCloud: "Denne leksjonen starter med en ny, simulert sky.",
    .realCloudNoReset:
      "I en ekte sky blir ingenting tilbakestilt: steget fortsetter fra det som finnes nå.",
    .goalHeader: "Mål for steg {1}: {2}",
    .goalReading: "Dette steget har ikke noe mål å nå: les det og skriv `next`.",
    .goalYourPicture: "Mål:",
    .stepAlreadyDone: "Dette steget er fullført. Skriv `next` for å gå videre.",
    .lessonOver: "Denne leksjonen er fullført. Skriv `lessons` for å velge en ny.",
    .notYet: "Ikke ennå:",
    .answerYesOrNo: "Svar j eller n.",
    .progressPredictions: "Riktige spådommer: {1} av {2}.",
    .predictAsk: "Spå først: {1} Skriv svaret ditt (Enter for å hoppe over):",
    .predictNoted: "Notert: {1}. Kjør nå steget og se hva skyen gjør.",
    .predictSkipped: "Ingen spådom denne gangen.",
    .predictRight: "Du spådde {1}, og skyen sier {2}: riktig.",
    .predictWrong: "Du spådde {1}, men skyen sier {2}. Her er hvorfor:",
    .progressSavedOnQuit: "Fremgangen din er lagret i {1}. Start sgtutor igjen for å fortsette der du slapp.",
    .mistakeUnquoted:
      "Et navn med mellomrom må stå i anførselstegn: {1}. Uten dem leser skallet {2} som separate argumenter.",
    .mistakeHintName:
      "`--hint group=` tar gruppens ID, ikke navnet: `--hint group={2}`, eller bare `--server-group {1}`.",
    .mistakeGroupTwice:
      "Nå finnes det {1} grupper med navnet {2}: Nova tillater like navn, og da sier navnet ikke lenger hvilken gruppe du mener. Slett den nye med ID-en: `server group delete {3}`.",
    .mistakeNoGroup:
      "{1} er ikke med i noen gruppe: en server blir medlem av en gruppe bare når den opprettes. Slett den (`server delete {2}`) og opprett den på nytt med `--server-group {3}`.",
    .mistakeGroupDeleted:
      "Gruppen {1} er borte, men {2} finnes fortsatt: å slette en gruppe sletter aldri serverne, og nå hører de ikke til noen gruppe. Angre ved å opprette den igjen: `server group create --policy {3} {4}`.",
    .mistakeWrongHost:
      "{1} har ikke noe medlem av {2}, så feilen koster ikke gruppen noe. Hent den tilbake med `host recover {1}` og la en vert som har et medlem feile: {3}.",
    .welcome:
      "Velkommen til sgtutor: servergrupper i OpenStack, med egne hender, i en simulert sky.",
    .welcomeHosts:
      "Velkommen til sgtutor: servergrupper i OpenStack, med egne hender, i en simulert sky med {1} verter.",
    .welcomeOneHost:
      "Velkommen til sgtutor: servergrupper i OpenStack, med egne hender, i en simulert sky med én vert.",
    .menuHeader: "Leksjoner:",
    .menuStart:
      "Skriv `lesson 1` for å begynne, `lesson N` for en hvilken som helst leksjon, eller `sandbox` for å leke fritt.",
    .resumeOffer:
      "Sist var du på leksjon {1}, steg {2}: {3}. Skriv `lesson {1}` for å fortsette der du slapp.",
    .noSuchLesson: "Det finnes ingen leksjon {1}; velg en fra 1 til {2}.",
    .needsSimulator:
      "Leksjon {1} krever den simulerte skyen: det den viser, avhenger av simulatorens like verter. Start sgtutor uten --os-cloud for å ta den.",
    .notInLesson: "Du er ikke i en leksjon. Skriv `lessons` for å velge en.",
    .sandboxOn:
      "Sandkasse: leksjonen står på pause, og ingenting blir sjekket. Skriv `sandbox` igjen for å gå tilbake til leksjon {1}.",
    .sandboxOff: "Tilbake i leksjon {1}, steg {2}.",
    .progressHeader: "Fremdriften din:",
    .progressLine: "{1}. {2}: {3} av {4} steg",
    .progressNone: "Ingen leksjon er påbegynt ennå.",
    .progressCorrupt:
      "Fremdriftsfilen {1} kunne ikke leses ({3}). Den er flyttet til {2}, og du starter på nytt.",
    .progressUnmovable:
      "Fremdriftsfilen {1} kunne ikke leses ({2}) og kunne heller ikke flyttes til side; du starter på nytt, og fremdriften blir ikke lagret.",
    .progressSaveFailed: "Kunne ikke lagre fremdriften: {1}",
    .lessonCompletedMark: "fullført",
    .welcomeRealCloud:
      "Velkommen til sgtutor: servergrupper i OpenStack, med egne hender, i ditt eget prosjekt i en ekte sky. Det du lager her, er ekte og kan koste penger: sgtutor merker det, og `cleanup` sletter det.",
    .simulatorOnlyMark: "(bare i simulatoren)",
    .realCloudSetup:
      "I en ekte sky blir ingenting satt opp for deg: denne leksjonen fortsetter fra det disse kommandoene lager (leksjonene før den laget det). Kjør dem du ikke har kjørt:",
    .explainedStep:
      "En ekte sky lar deg ikke gjøre dette: {1} krever simulatoren. Skriv `next` for å se hva som ville skjedd med dine egne servere.",
    .explainedSolution: "I simulatoren er løsningen denne; her skriver du `next` for å se hva den ville gjort:",
    .goalExplained:
      "En ekte sky kan ikke gjøre dette steget; det blir forklart i stedet. Skriv `next` for å se hva som ville skjedd.",
    .leftoversOnLeaving:
      "Fortsatt i den ekte skyen fra sgtutor: {1}. Senere leksjoner bygger på dem; skriv `cleanup` når du ikke trenger dem lenger.",
    .leftoversOnQuit: "Fortsatt i den ekte skyen fra sgtutor, der servere kan koste penger: {1}.",
    .welcomeSandbox:
      "Velkommen til sgtutor: servergrupper i OpenStack, med egne hender, i ditt eget prosjekt i workshop-sandkassen. Den er en simulert sky som snakker de ekte API-ene, så ingenting her koster penger; sgtutor merker det den lager, og `cleanup` sletter det.",
    .sandboxLessonMark: "(i din egen sgtutor)",
    .needsOwnSimulator:
      "Leksjon {1} trenger en simulert sky som er din egen: den starter fra en ny sky og lar verter feile, fylles eller tømmes, noe bare instruktøren kan gjøre i workshop-sandkassen. Leksjon {2} går her; kjør `sgtutor` på din egen maskin for denne.",
    .leftoversOnLeavingSandbox:
      "Fortsatt i prosjektet ditt i sandkassen fra sgtutor: {1}. Senere leksjoner bygger på dem; skriv `cleanup` når du ikke trenger dem lenger.",
    .leftoversOnQuitSandbox: "Fortsatt i prosjektet ditt i sandkassen fra sgtutor (det koster ingenting): {1}.",
    .leftoversUnknownSandbox:
      "sgtutor kunne ikke liste det den laget i prosjektet ditt i sandkassen ({1}). `cleanup` sletter det når sandkassen svarer.",
    .confirmCleanup: "Slette dem nå med `cleanup`? [j/N]",
    .cleanupLater: "De blir liggende. `cleanup` sletter dem i en senere økt.",
    .countGroup: "1 servergruppe",
    .countGroups: "{1} servergrupper",
    .leftoversUnknown:
      "sgtutor fikk ikke listet det den laget i den ekte skyen ({1}): servere den laget kan fortsatt finnes og koste penger. `cleanup` sletter dem når skyen svarer igjen.",
    .stateUnread:
      "Skyen kunne ikke leses for å sjekke dette steget ({1}); sjekken bruker det som ble sett sist.",
  ]
}
