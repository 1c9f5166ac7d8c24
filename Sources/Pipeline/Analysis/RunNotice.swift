import Extraction
import RulesEngine

/// What a run tells its front end about one input as it goes, in input order: the input could
/// not be read (the run goes on with the others), or the rules warn about its document.
public enum RunNotice: Sendable {
    case inputFailed(InputError)
    case ruleWarning(RuleWarning)
}
