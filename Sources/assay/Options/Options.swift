import ArgumentParser
import AssayCore
import Extraction

/// `--format` for commands whose output is data.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
}

/// INPUTS of the commands that read documents (analyze, ingest, segment): files, folders, '-'.
enum InputArguments {
    /// Rejects what cannot work before any input is read.
    static func validate(_ inputs: [String]) throws {
        if inputs.isEmpty { throw ValidationError("Give at least one file, folder or '-' for standard input.") }
        if inputs.filter({ $0 == "-" }).count > 1 { throw ValidationError("Standard input ('-') can be read only once.") }
    }
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

/// `--encoding`: the legacy encoding of old archives.
extension LegacyEncoding: ExpressibleByArgument {}

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
