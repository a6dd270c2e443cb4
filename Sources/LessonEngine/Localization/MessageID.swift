/// The tutor's own sentences, by id. `{1}`, `{2}`, … mark arguments. Texts live in `Messages+English.swift` and
/// `Messages+Norwegian.swift`.
package enum MessageID: String, CaseIterable, Sendable {
  // Check goals and what the state shows instead.
  case goalGroupExists, goalGroupExistsWithPolicy, goalGroupExistsWithRule
  case detailNoGroup, detailPolicyIs, detailRuleIs, detailRuleUnset
  case goalGroupAbsent, detailGroupStillThere
  case goalActiveMembers, goalDistinctHosts, goalOneHost, goalMemberInError, goalErrorMembers
  case goalMembersOnUpHosts, goalMembersOnDownHosts, goalPlacementCounts, goalMaxPerHost,
    goalGroupHostFull
  case goalHostDown, goalAnyHostDown, goalAllHostsUp, goalActiveServers, goalNothingLeft, goalRan
  case detailMemberCounts, detailShare, detailSpread, detailCountsNow, detailNoMemberInError,
    detailOtherFault
  case detailHostUp, detailNoHostDown, detailHostsDown, detailHostHasRoom, detailNeedsSimulator,
    detailLeft
  case detailUnknownHost, detailHostHolds, detailNoActiveMember, detailNotYetRun
  // Debrief sentences.
  case whyPlaced, whyPlacedFirstChoice, whyPlacedSoft, whyRefused, whyFailedWithRequest, whyNoTrace
  // The shell's `why`: the scheduler's trace around the debrief's sentence.
  case traceTitlePlaced, traceTitleNoHost, traceInGroup, traceNoGroup, traceRequestPosition, traceLookedAt
  case traceLookedAtOne, traceRuledOut, traceRuledOutWord, tracePassedWord, tracePassedWeight, traceFault
  case policySummaryAffinity, policySummaryAntiAffinity, policySummarySoftAffinity, policySummarySoftAntiAffinity
  case reasonHoldMember, reasonHoldMembers, reasonAffinity, reasonNoRoom, reasonDown,
    reasonEvacuated, reasonOther
  case countMember, countMembers, countServer, countServers
  case placementOn, placementError, unknownValue, nothing, listAnd, reasonsAnd
  case hostRange, hostSize, hostSizeOr
  // Lesson flow.
  case lessonHeader, stepHeader, tryThis, stepDone, stepSkipped, typeNext, typeNextReading,
    lessonDone
  case nextLessonOffer, lastLessonDone, hintStage, noHints, noMoreHints, notDoneYet, stuckOptions
  case confirmSolution, solutionHeader, solutionCancelled, solutionFailed, firstStepAlready,
    resetDone
  case freshCloud, realCloudNoReset, goalHeader, goalReading, goalYourPicture, stepAlreadyDone,
    lessonOver
  case notYet, answerYesOrNo
  // Mistakes every lesson recognises.
  case mistakeUnquoted, mistakeHintName, mistakeGroupTwice, mistakeNoGroup, mistakeGroupDeleted, mistakeWrongHost
  // The tutor around the lessons.
  case welcome, welcomeHosts, welcomeOneHost, menuHeader, menuStart, resumeOffer, noSuchLesson, needsSimulator,
    notInLesson
  case sandboxOn, sandboxOff, progressHeader, progressLine, progressNone, progressCorrupt,
    progressUnmovable
  case progressSaveFailed, lessonCompletedMark, progressSavedOnQuit, progressPredictions
  // Predict, then observe.
  case predictAsk, predictNoted, predictSkipped, predictRight, predictWrong
  case predictUnreadable, predictGaveUp, predictWantNumber, predictWantCounts, predictWantHost, predictWantStatus,
    predictWantYesNo
  // Mistakes recognised by the state they leave; the goal drawn beside the learner's cloud.
  case rehearsalNotRestored, goalNow, goalDiffers, goalRowDown, goalRowEmpty, goalNoHost, goalLegend
  // On a real cloud.
  case welcomeRealCloud, simulatorOnlyMark, realCloudSetup, explainedStep, explainedSolution, goalExplained
  case leftoversOnLeaving, leftoversOnQuit, confirmCleanup, cleanupLater, countGroup, countGroups
  // A lesson on a real cloud keeps to what the lessons made.
  case lastRealCloudLessonDone, ownObjectRefused, ownObjectLeftAlone, alreadyMadeByLesson, kindServerGroup,
    kindServer
  // A read that failed, told rather than swallowed.
  case leftoversUnknown, stateUnread
  // A workshop sandbox (`sgtutor serve`) is simulated: nothing there costs money.
  case welcomeSandbox, sandboxLessonMark, needsOwnSimulator, leftoversOnLeavingSandbox, leftoversOnQuitSandbox
  case leftoversUnknownSandbox
}
