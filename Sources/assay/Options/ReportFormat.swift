import ArgumentParser
import Reporting

/// `--format` of `assay report`.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case md
    case html
    case json
    case csv
    case claimreview

    var reporter: any ReviewReporter {
        switch self {
        case .md: MarkdownReporter()
        case .html: HTMLReporter()
        case .json: ReviewJSONReporter()
        case .csv: CSVReporter()
        case .claimreview: ClaimReviewReporter()
        }
    }
}

/// `--format` of `assay analyze`: its own text and JSON, or a review report without verdicts.
enum AnalyzeFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
    case md
    case html

    /// The report renderer for the review-report formats; nil for text and json.
    var reviewReporter: (any ReviewReporter)? {
        switch self {
        case .text, .json: nil
        case .md: ReportFormat.md.reporter
        case .html: ReportFormat.html.reporter
        }
    }
}
