import ArgumentParser
import AssayCore

/// `--format` for commands whose output is data.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
}

/// `--input-format`: how to read inputs.
enum InputFormatChoice: String, ExpressibleByArgument, CaseIterable {
    case auto
    case text
    case markdown
    case html

    /// The forced format, or nil to decide per input.
    var format: DocumentFormat? { DocumentFormat(rawValue: rawValue) }
}

/// `--color`.
enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto
    case always
    case never

    func isEnabled(for stream: StandardStream) -> Bool {
        switch self {
        case .always: true
        case .never: false
        case .auto: Terminal.isTerminal(stream) && !Terminal.noColorRequested
        }
    }
}

/// `--fail-on info|warning|error`.
extension Severity: ExpressibleByArgument {}
