import ArgumentParser
import Reporting

/// `--format` of `assay diff`.
enum DiffFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
    case md
    case html

    func reporter(all: Bool) -> any DiffReporter {
        switch self {
        case .text: DiffTextReporter(all: all)
        case .json: DiffJSONReporter()
        case .md: DiffMarkdownReporter(all: all)
        case .html: DiffHTMLReporter()
        }
    }
}
