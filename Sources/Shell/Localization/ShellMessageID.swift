/// The shell's own sentences, by id: what sgtutor says around the openstack commands (argument errors, the
/// simulator's host actions, `help`). `{1}`, `{2}`, … mark arguments. Texts live in `ShellMessages+English.swift`
/// and `ShellMessages+Norwegian.swift`; the tutor's sentences are `LessonEngine.MessageID`.
package enum ShellMessageID: String, CaseIterable, Sendable {
  // ArgumentParser's verdicts on a command line, as it words them in English.
  case usageUnexpectedArgument, usageUnexpectedArguments, usageUnknownOption, usageUnknownOptionSuggestion
  case usageMissingValue, usageMissingArgument, usageMissingOneOf, usageInvalidValue, usageTakesNoValue
  case usageChoices, usageKeyValue, choicesOr, choicesAnd
  // The line around such a verdict.
  case seeHelp, policyIsAnOption, adminHint
  // Prefixes of the shell's lines.
  case prefixError, prefixNote, prefixWarning, prefixHint
  // The shell's own errors.
  case unbalancedQuote, unknownCommand, unknownCommandHelp, didYouMean, lineTooLong, controlCharacter, invalidUTF8
  case simulatorOnly
  // Before the first prompt of `sgtutor shell`.
  case bannerSimulator, bannerRealCloud
  // The simulator's host actions.
  case hostFailed, hostRecovered, hostDisabled, hostEnabled, hostFilled, hostDrained, hostEvacuated
  case evacuatedNothing, evacuatedHeader, evacuatedMoved, evacuatedStuck
  // `explain POLICY`.
  case explainHard, explainSoft, explainTry, explainAffinity1, explainAffinity2, explainAffinity3
  case explainAntiAffinity1, explainAntiAffinity2, explainAntiAffinity3, explainFullHosts, explainFullOneHost,
    explainFullUnknown
  case explainSoftAffinity1, explainSoftAffinity2, explainSoftAntiAffinity1, explainSoftAntiAffinity2
  // `explain` alone: the four policies side by side.
  case compareTitle, comparePolicy, compareKind, compareNext, compareNextUnknown, compareFailure, compareHard,
    compareSoft
  case compareAffinityNext, compareAffinityFailure, compareAntiAffinityNext, compareAntiAffinityFailure
  case compareSoftAffinityNext, compareSoftAffinityFailure, compareSoftAntiAffinityNext,
    compareSoftAntiAffinityFailure
  case compareFooter
  // The simulated scheduler's reasons for ruling a host out, as it words them in English.
  case reasonDisabled, reasonNoRoom, reasonEvacuated, reasonNotRequested, reasonDown, reasonHoldsMember,
    reasonHoldsMembers, reasonAffinityElsewhere, reasonCapabilityFound, reasonCapabilityMissing, reasonImage
  // Session commands: `equivalent`, `set role`, `reset`.
  case equivalentOn, equivalentOff, roleAdmin, roleMember, roleRealCloud, resetQuestion, resetDeclined, resetDone
  // `equivalent` after a command that is not the openstack CLI's, and what a real cloud does instead.
  case equivalentNone, equivalentSimulatorOnly
  case realWorldFail, realWorldDisable, realWorldEnable, realWorldFill, realWorldEvacuate, realWorldReset
  // A real cloud's safety rules: the once-per-session question, the network question, the ledger, `cleanup`.
  case consentNoTerminal, consentDeclined, consentAbout, consentAboutOne, consentQuota, consentCost, consentAsk
  case networkQuestion, networkNoneChosen, networkUnknown, ledgerUnwritten, groupNotInLedger
  case cleanupOnSimulator, cleanupNothing, cleanupDeletedServer, cleanupDeletedGroup, cleanupServerFailed,
    cleanupGroupFailed
  // The room: a message the instructor sent.
  case instructorMessage
  // Notes the shell adds to an openstack command's output.
  case hintNameNote, evacuateNotFollowed, evacuateStopped
}
