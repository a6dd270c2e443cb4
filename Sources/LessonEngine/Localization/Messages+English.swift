extension Messages {
  /// English, the fallback: every id has a text here (the switch is exhaustive).
  static func english(_ id: MessageID) -> String {
    switch id {
    case .goalGroupExists: "group {1} exists"
    case .goalGroupExistsWithPolicy: "group {1} exists with policy {2}"
    case .goalGroupExistsWithRule: "group {1} exists with policy {2} and max_server_per_host={3}"
    case .detailNoGroup: "there is no group named {1} yet"
    case .detailPolicyIs: "its policy is {1}"
    case .detailRuleIs: "its max_server_per_host is {1}"
    case .detailRuleUnset: "it has no max_server_per_host rule"
    case .goalGroupAbsent: "no group named {1}"
    case .detailGroupStillThere: "{1} is still there"
    case .goalActiveMembers: "{2} of {1} ACTIVE"
    case .goalDistinctHosts: "{2} of {1} ACTIVE, each on a different host"
    case .goalOneHost: "{2} of {1} ACTIVE, all on one host"
    case .goalMemberInError: "a member of {1} in ERROR with \"No valid host was found\""
    case .goalErrorMembers: "{2} of {1} in ERROR"
    case .goalMembersOnUpHosts: "{2} of {1} ACTIVE on hosts that are up"
    case .goalMembersOnDownHosts: "{2} of {1} on a host that is down"
    case .goalPlacementCounts: "members of {1} per host: {2}"
    case .goalMaxPerHost: "{3} of {1} ACTIVE, at most {2} on any host"
    case .goalGroupHostFull: "the host holding {1} is full"
    case .goalHostDown: "{1} is down"
    case .goalAnyHostDown: "a host is down"
    case .goalAllHostsUp: "every host is up"
    case .goalActiveServers: "{1} ACTIVE"
    case .goalNothingLeft: "no server groups and no servers left"
    case .goalRan: "run `{1}`"
    case .detailMemberCounts: "now {1} ACTIVE, {2} ERROR"
    case .detailShare: "{1} share {2}"
    case .detailSpread: "they are on {1}"
    case .detailCountsNow: "now {1}"
    case .detailNoMemberInError: "no member is in ERROR"
    case .detailOtherFault: "{1} is in ERROR with \"{2}\""
    case .detailHostUp: "{1} is up"
    case .detailNoHostDown: "every host is up"
    case .detailHostsDown: "down: {1}"
    case .detailHostHasRoom: "{1} still has room"
    case .detailNeedsSimulator: "only the simulator can show this"
    case .detailLeft: "groups left: {1}, servers left: {2}"
    case .detailUnknownHost: "there is no host {1}"
    case .detailHostHolds: "{1} holds {2}"
    case .detailNoActiveMember: "no member is ACTIVE"
    case .detailNotYetRun: "not run yet"
    case .whyPlaced: "{1} went to {2} because {3}"
    case .whyPlacedFirstChoice:
      "{1} went to {2}: no host was ruled out, and {2} weighed most (score {3})"
    case .whyPlacedSoft:
      "{1} went to {2}: no host was ruled out, and counting {4}, {2} weighed most (score {3})"
    case .whyRefused: "{1} got no host, because {2}"
    case .whyFailedWithRequest:
      "{1} was not placed: another server in the same request found no host, and Nova places a request all or nothing"
    case .whyNoTrace: "{1} is on {2}"
    case .traceTitlePlaced: "Why '{1}' is on {2}"
    case .traceTitleNoHost: "Why '{1}' has no host"
    case .traceInGroup: "{1} was created into group {2}, {3}."
    case .traceNoGroup: "{1} was created into no server group, so only capacity and weights mattered."
    case .traceRequestPosition: "It was server {1} of {2} created by one request (--min/--max)."
    case .traceLookedAt: "The scheduler looked at {1} hosts:"
    case .traceLookedAtOne: "The scheduler looked at 1 host:"
    case .traceRuledOut: "{1} by {2}: {3}"
    case .traceRuledOutWord: "ruled out"
    case .tracePassedWord: "passed every filter"
    case .tracePassedWeight: "{1}, weight {2}"
    case .traceFault: "It went to ERROR with the fault: {1}"
    case .policySummaryAffinity: "affinity: every member must share one host"
    case .policySummaryAntiAffinity: "anti-affinity: at most {1} per host"
    case .policySummarySoftAffinity: "soft-affinity: members prefer the host that holds most of them"
    case .policySummarySoftAntiAffinity: "soft-anti-affinity: members prefer hosts holding fewest of them"
    case .reasonHoldMember: "{1} already holds a member of {2}"
    case .reasonHoldMembers: "{1} already hold members of {2}"
    case .reasonAffinity: "affinity keeps every member of {2} on {3}, so {1} may not take it"
    case .reasonNoRoom: "{1} had no room"
    case .reasonDown: "{1} is down or disabled"
    case .reasonEvacuated: "{1} is the host being evacuated"
    case .reasonOther: "{1} was ruled out by {2}"
    case .placementOn: "{1} on {2}"
    case .placementError: "{1} in ERROR"
    case .hostRange: "{1} to {2}"
    case .hostSize: "{1} vCPUs, {2} MB of RAM and {3} GB of disk"
    case .hostSizeOr: "{1} or {2}"
    case .countMember: "1 member"
    case .countMembers: "{1} members"
    case .countServer: "1 server"
    case .countServers: "{1} servers"
    case .unknownValue: "(unknown)"
    case .nothing: "none"
    case .listAnd: "{1} and {2}"
    case .reasonsAnd: "{1}, and {2}"
    case .lessonHeader: "Lesson {1}: {2}"
    case .stepHeader: "Step {1} of {2}: {3}"
    case .tryThis: "Try:"
    case .stepDone: "Step {1} of {2} done."
    case .stepSkipped: "Step {1} of {2} skipped: the solution was run for you."
    case .typeNext: "Type `next` to go on."
    case .typeNextReading: "Type `next` when you have read this."
    case .lessonDone: "Lesson {1} done: {2}."
    case .nextLessonOffer:
      "Next is lesson {1}, {2}. Type `next` to start it, or `lessons` for the list."
    case .lastLessonDone: "That was the last lesson. Type `sandbox` to keep playing with the cloud."
    case .hintStage: "Hint {1} of {2}: {3}"
    case .noHints: "This step has no hints."
    case .noMoreHints: "That was the last hint. Type `solution` to see the answer."
    case .notDoneYet: "This step is not done yet:"
    case .stuckOptions:
      "Type `hint` for a hint, `goal` to compare, or `skip` to have it done for you."
    case .confirmSolution: "Run these commands for you? [y/N]"
    case .solutionHeader: "Solution:"
    case .solutionCancelled: "Fine: type them yourself, or keep trying your own way."
    case .solutionFailed:
      "The solution did not reach the goal. That is a bug in this lesson; please report it."
    case .firstStepAlready: "This is the first step."
    case .resetDone: "The cloud is back as it was when step {1} began."
    case .freshCloud: "This lesson starts from a fresh simulated cloud."
    case .realCloudNoReset:
      "On a real cloud nothing is reset: the step goes on from what is there now."
    case .goalHeader: "Goal of step {1}: {2}"
    case .goalReading: "This step has nothing to reach: read it and type `next`."
    case .goalYourPicture: "Target:"
    case .stepAlreadyDone: "This step is done. Type `next` to go on."
    case .lessonOver: "This lesson is done. Type `lessons` to pick another."
    case .notYet: "Not yet:"
    case .answerYesOrNo: "Please answer y or n."
    case .progressPredictions: "Predictions right: {1} of {2}."
    case .predictAsk: "Predict first: {1} Type your answer (Enter or `skip` to skip):"
    case .predictUnreadable: "I cannot read {1} as {2}. Once more, or `skip`:"
    case .predictGaveUp: "That is not {1} either; no prediction this time."
    case .predictWantNumber: "a number (like 2)"
    case .predictWantCounts: "members per host (like 2/1)"
    case .predictWantHost: "a host (like {1})"
    case .predictWantStatus: "ACTIVE or ERROR"
    case .predictWantYesNo: "yes or no"
    case .rehearsalNotRestored:
      "The cloud could not be put back after a mistake was tried behind the scenes ({1}); type `reset` to start the step again."
    case .goalNow: "Your cloud:"
    case .goalDiffers: "✗ marks a host that differs from the target."
    case .goalRowDown: "down"
    case .goalRowEmpty: "empty"
    case .goalNoHost: "on no host"
    case .goalLegend: "Groups: {1}"
    case .predictNoted: "Noted: {1}. Now run the step and see what the cloud does."
    case .predictSkipped: "No prediction this time."
    case .predictRight: "You predicted {1}, and the cloud says {2}: right."
    case .predictWrong: "You predicted {1}, but the cloud says {2}. Here is why:"
    case .progressSavedOnQuit:
      "Your progress is saved in {1}. Start sgtutor again to go on where you left off."
    case .mistakeUnquoted:
      "A name with a space needs quotes: {1}. Without them the shell reads {2} as separate arguments."
    case .mistakeHintName:
      "`--hint group=` takes the group's ID, not its name: `--hint group={2}`, or simply `--server-group {1}`."
    case .mistakeGroupTwice:
      "There are now {1} groups named {2}: Nova lets names repeat, and then the name no longer says which group you mean. Delete the new one by its ID: `server group delete {3}`."
    case .mistakeNoGroup:
      "{1} is in no group: a server joins a group only when it is created. Delete it (`server delete {2}`) and create it again with `--server-group {3}`."
    case .mistakeGroupDeleted:
      "The group {1} is gone, but {2} are still there: deleting a group never deletes its servers, and they now belong to no group. To undo, create it again: `server group create --policy {3} {4}`."
    case .mistakeWrongHost:
      "{1} holds no member of {2}, so its failure costs the group nothing. Bring it back with `host recover {1}` and fail a host that holds one: {3}."
    case .welcome:
      "Welcome to sgtutor: OpenStack server groups, hands on, on a simulated cloud."
    case .welcomeHosts:
      "Welcome to sgtutor: OpenStack server groups, hands on, on a simulated cloud of {1} compute hosts."
    case .welcomeOneHost:
      "Welcome to sgtutor: OpenStack server groups, hands on, on a simulated cloud of one compute host."
    case .menuHeader: "Lessons:"
    case .menuStart:
      "Type `lesson {1}` to begin, `lesson N` for any lesson, or `sandbox` to play freely."
    case .resumeOffer:
      "You were at lesson {1}, step {2}: {3}. Type `lesson {1}` to go on where you left off."
    case .noSuchLesson: "There is no lesson {1}; pick one from 1 to {2}."
    case .needsSimulator:
      "Lesson {1} needs the simulated cloud: what it shows depends on the simulator's equal hosts. Start sgtutor without --os-cloud to take it."
    case .notInLesson: "You are not in a lesson. Type `lessons` to pick one."
    case .sandboxOn:
      "Sandbox: the lesson is paused and nothing is checked. Type `sandbox` again to go back to lesson {1}."
    case .sandboxOff: "Back in lesson {1}, step {2}."
    case .progressHeader: "Your progress:"
    case .progressLine: "{1}. {2}: {3} of {4} steps"
    case .progressNone: "No lesson started yet."
    case .progressCorrupt:
      "Your progress file {1} could not be read ({3}). It was moved to {2}, and you start fresh."
    case .progressUnmovable:
      "Your progress file {1} could not be read ({2}) and could not be moved aside; you start fresh, and progress will not be saved."
    case .progressSaveFailed: "Could not save your progress: {1}"
    case .lessonCompletedMark: "done"
    case .welcomeRealCloud:
      "Welcome to sgtutor: OpenStack server groups, hands on, in your own project on a real cloud. What you create here is real and may cost money: sgtutor marks it, and `cleanup` deletes it."
    case .simulatorOnlyMark: "(simulator only)"
    case .realCloudSetup:
      "On a real cloud nothing is set up for you: this lesson goes on from what these commands make (the lessons before it made it). Run any you have not:"
    case .explainedStep:
      "A real cloud does not let you do this: {1} needs the simulator. Type `next` to see what would happen to your own servers."
    case .explainedSolution: "On the simulator the solution is this; here, type `next` to see what it would do:"
    case .goalExplained:
      "A real cloud cannot do this step; it is explained instead. Type `next` to see what would happen."
    case .leftoversOnLeaving:
      "Still on the real cloud from sgtutor: {1}. Later lessons build on them; type `cleanup` when you no longer need them."
    case .leftoversOnQuit: "Still on the real cloud from sgtutor, where servers may cost money: {1}."
    case .confirmCleanup: "Delete them now with `cleanup`? [y/N]"
    case .cleanupLater: "They stay. `cleanup` deletes them in any later session."
    case .countGroup: "1 server group"
    case .countGroups: "{1} server groups"
    case .leftoversUnknown:
      "sgtutor could not list what it created on the real cloud ({1}): servers it made may still be there and cost money. `cleanup` deletes them once the cloud answers."
    case .lastRealCloudLessonDone:
      "That was the last lesson a real cloud can take. Lessons {1} need the simulated cloud: start sgtutor without --os-cloud to take them. `cleanup` deletes what the lessons made here."
    case .ownObjectRefused:
      "{1} is a {2} of your own, made outside the lessons, and lesson {3} leaves it alone; the lesson has made no {2} of that name yet. If you do mean yours, give its ID: {4}"
    case .ownObjectLeftAlone:
      "your own {2} {1} ({4}) is left alone: lesson {3} uses the one the lessons made, {5}."
    case .alreadyMadeByLesson: "{1} is already there ({2}, made by the lessons): not created a second time."
    case .kindServerGroup: "server group"
    case .kindServer: "server"
    case .welcomeSandbox:
      "Welcome to sgtutor: OpenStack server groups, hands on, in your own project on the workshop's sandbox. It is a simulated cloud that speaks the real APIs, so nothing here costs money; sgtutor marks what it creates, and `cleanup` deletes it."
    case .sandboxLessonMark: "(on your own sgtutor)"
    case .needsOwnSimulator:
      "Lesson {1} needs a simulated cloud of your own: it starts from a fresh one and fails, fills or drains its hosts, which the workshop's sandbox lets only the instructor do. Lessons {2} run here; run `sgtutor` on your own machine for this one."
    case .leftoversOnLeavingSandbox:
      "Still in your project on the sandbox from sgtutor: {1}. Later lessons build on them; type `cleanup` when you no longer need them."
    case .leftoversOnQuitSandbox: "Still in your project on the sandbox from sgtutor (it costs nothing): {1}."
    case .leftoversUnknownSandbox:
      "sgtutor could not list what it created in your project on the sandbox ({1}). `cleanup` deletes it once the sandbox answers."
    case .stateUnread:
      "The cloud could not be read to check this step ({1}); the check uses what was seen last."
    }
  }
}
