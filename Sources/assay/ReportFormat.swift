import ArgumentParser
import Reporting

/// `--format` of `assay report`.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case md
    case json

    var reporter: any ReviewReporter {
        switch self {
        case .md: MarkdownReporter()
        case .json: ReviewJSONReporter()
        }
    }
}

/// `--format` of `assay analyze`: its own text and JSON, or a review report without verdicts.
enum AnalyzeFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
    case md

    /// The report renderer for the review-report formats; nil for text and json.
    var reviewReporter: (any ReviewReporter)? {
        switch self {
        case .text, .json: nil
        case .md: ReportFormat.md.reporter
        }
    }
}
