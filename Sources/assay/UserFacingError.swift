import Extraction
import Learning
import Pipeline
import ReviewStore
import RulesEngine

/// The one place that says which errors are the user's to act on. Each is printed as
/// `error: <problem>` lines (a rule pack with several bad rules gives one line per rule), and the
/// command exits with 2.
enum UserFacingError {
    /// The error's lines, or nil for an error that is not one of Assay's own.
    static func lines(_ error: any Error) -> [String]? {
        switch error {
        case let error as RuleFileError: error.problems.map(\.description)
        case let error as WorkbenchError: [error.description]
        case let error as InputError: [error.description]
        case let error as IngestStopped: [error.description]
        case let error as ComparedDocumentError: [error.description]
        case let error as VerdictFileError: [error.description]
        case let error as OutputFileError: [error.description]
        case let error as CommandError: [error.description]
        case let error as ModelFileError: [error.description]
        case let error as TrainingDataError: [error.description]
        case let error as ProjectFileError: [error.description]
        case let error as WorkbenchNotFound: [error.description]
        case let error as AccountPasswordError: [error.description]
        default: nil
        }
    }

    /// Prints the error's lines on standard error; false for an error that is not Assay's own.
    static func report(_ error: any Error) -> Bool {
        guard let lines = lines(error) else { return false }
        for line in lines { StandardStream.standardError.error(line) }
        return true
    }
}
