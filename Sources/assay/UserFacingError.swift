import Extraction
import Pipeline
import ReviewStore
import RulesEngine

/// The one place that says which errors are the user's to act on: each is printed as one
/// `error: <description>` line, and the command exits with 2.
enum UserFacingError {
    static func message(_ error: any Error) -> String? {
        switch error {
        case let error as WorkbenchError: error.description
        case let error as InputError: error.description
        case let error as RuleFileError: error.description
        case let error as IngestStopped: error.description
        case let error as ComparedDocumentError: error.description
        case let error as CommandError: error.description
        default: nil
        }
    }
}
