import Foundation
import Pipeline
import Reporting

/// Standard output or standard error. Data goes to stdout; errors and progress to stderr.
struct StandardStream: Sendable {
    let descriptor: Int32

    static let standardOutput = StandardStream(descriptor: STDOUT_FILENO)
    static let standardError = StandardStream(descriptor: STDERR_FILENO)

    func write(_ text: String) {
        write(Array(text.utf8))
    }

    /// `error: <message>` on one line, its control, bidi and invisible characters shown, so a
    /// file name or document text quoted in it cannot act on the terminal.
    func error(_ message: String) { labelled("error", message) }

    /// `warning: <message>`, shown the same way.
    func warning(_ message: String) { labelled("warning", message) }

    private func labelled(_ label: String, _ message: String) {
        write(label + ": " + InvisibleCharacters.forTerminal(message) + "\n")
    }

    func write(_ bytes: [UInt8]) {
        guard !bytes.isEmpty else { return }
        _ = OutputFile.writeAll(bytes, to: descriptor)
    }
}

/// What the process knows about the terminal it writes to.
enum Terminal {
    static func isTerminal(_ stream: StandardStream) -> Bool { isatty(stream.descriptor) == 1 }

    /// https://no-color.org
    static var noColorRequested: Bool {
        ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
    }

    /// Columns of the terminal, else `$COLUMNS`, else 100.
    static func width(of stream: StandardStream) -> Int { size(of: stream).columns }

    /// Columns and rows of the terminal as it is now (it may have been resized), else `$COLUMNS`
    /// and `$LINES`, else 100 by 24.
    static func size(of stream: StandardStream) -> (columns: Int, rows: Int) {
        let environment = ProcessInfo.processInfo.environment
        var columns = environment["COLUMNS"].flatMap(Int.init) ?? 100, rows = environment["LINES"].flatMap(Int.init) ?? 24
        var size = winsize()
        if isTerminal(stream), ioctl(stream.descriptor, UInt(TIOCGWINSZ), &size) == 0 {
            if size.ws_col > 0 { columns = Int(size.ws_col) }
            if size.ws_row > 0 { rows = Int(size.ws_row) }
        }
        return (columns, rows)
    }
}

extension StandardStream {
    /// An input that could not be read (`error: …`) or a rule's warning about one (`warning: …`).
    func notice(_ notice: RunNotice) {
        switch notice {
        case .inputFailed(let error): self.error(error.description)
        case .ruleWarning(let warning): self.warning("\(warning)")
        }
    }
}
