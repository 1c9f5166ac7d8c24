import Foundation
import Pipeline

/// A new password, from standard input (`--password-stdin`: its first line) or typed twice at
/// the terminal without echo. Never from the command line, where `ps` and the shell's history
/// would keep it.
enum PasswordEntry {
    static func read(for name: String, fromStandardInput: Bool) throws -> String {
        if fromStandardInput {
            guard let line = readLine(strippingNewline: true), !line.isEmpty else { throw AccountPasswordError.empty }
            return line.hasSuffix("\r") ? String(line.dropLast()) : line
        }
        guard isatty(STDIN_FILENO) == 1 else {
            throw CommandError("give the password on standard input with --password-stdin, or run the command at a terminal")
        }
        let first = try prompt("Password for \(name): ")
        let second = try prompt("Again: ")
        guard first == second else { throw AccountPasswordError.mismatch }
        return first
    }

    /// One line typed with echo off; the terminal is put back as it was, whatever happens.
    private static func prompt(_ text: String) throws -> String {
        StandardStream.standardError.write(text)
        var original = termios()
        guard tcgetattr(STDIN_FILENO, &original) == 0 else { throw CommandError("cannot read a password from this terminal") }
        var silent = original
        silent.c_lflag &= ~tcflag_t(ECHO)
        tcsetattr(STDIN_FILENO, TCSANOW, &silent)
        defer {
            tcsetattr(STDIN_FILENO, TCSANOW, &original)
            StandardStream.standardError.write("\n")
        }
        guard let line = readLine(strippingNewline: true), !line.isEmpty else { throw AccountPasswordError.empty }
        return line
    }
}
