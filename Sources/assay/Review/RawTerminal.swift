import Foundation

/// The terminal as `assay review` needs it: keystrokes delivered one byte at a time, without
/// echo, and the review drawn on the alternate screen, so the shell's screen comes back intact.
///
/// `run` always puts the terminal back as it found it: when the body returns, when it throws,
/// and when the process is ended by SIGTERM, SIGHUP or SIGQUIT. Ctrl-C and Ctrl-Z arrive as
/// bytes (signals are off in raw mode), so the review handles them as keys. Resizes are watched
/// meanwhile (`ResizeSignal`).
struct RawTerminal {
    /// Standard input, from which keys are read.
    let input: Int32
    /// Readable after a resize; nil if resizes could not be watched.
    let resizes: Int32?

    /// Runs `body` with `input` in raw mode and `output` on the alternate screen, restoring both after.
    /// Nil when `input` is not a terminal whose settings can be changed.
    static func run<T>(input: Int32, output: Int32, _ body: (RawTerminal) throws -> T) rethrows -> T? {
        var original = termios()
        guard tcgetattr(input, &original) == 0 else { return nil }
        var raw = original
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO | ISIG | IEXTEN)
        raw.c_iflag &= ~tcflag_t(IXON | ICRNL)
        withUnsafeMutableBytes(of: &raw.c_cc) { controls in
            controls[Int(VMIN)] = 1
            controls[Int(VTIME)] = 0
        }
        // TCSANOW, not TCSAFLUSH: keys typed before the screen appeared are kept, not dropped.
        guard tcsetattr(input, TCSANOW, &raw) == 0 else { return nil }
        SavedTerminal.remember(original, input: input, output: output)
        writeAll(output, SavedTerminal.enterScreen)
        let resizes = ResizeSignal.watch()
        defer {
            ResizeSignal.stop()
            writeAll(output, SavedTerminal.leaveScreen)
            tcsetattr(input, TCSANOW, &original)
            SavedTerminal.forget()
        }
        return try body(RawTerminal(input: input, resizes: resizes))
    }

    private static func writeAll(_ descriptor: Int32, _ sequence: StaticString) {
        _ = write(descriptor, sequence.utf8Start, sequence.utf8CodeUnitCount)
    }
}

/// What a signal handler needs to put the terminal back. Signal handlers can only reach globals,
/// and may only call async-signal-safe functions (`tcsetattr`, `write`, `signal`, `raise`): the
/// escape sequences are static strings, so the handler allocates nothing.
private enum SavedTerminal {
    static let enterScreen: StaticString = "\u{1B}[?1049h\u{1B}[H"
    static let leaveScreen: StaticString = "\u{1B}[0m\u{1B}[?25h\u{1B}[?1049l"
    static let signals = [SIGTERM, SIGHUP, SIGQUIT]

    /// On the heap, sized by Swift's own layout of `termios`: AddressSanitizer caught the copy into
    /// a global `termios` writing past what the global holds.
    nonisolated(unsafe) static let settings = UnsafeMutablePointer<termios>.allocate(capacity: 1)
    nonisolated(unsafe) static var input: Int32 = -1
    nonisolated(unsafe) static var output: Int32 = -1

    static func remember(_ original: termios, input: Int32, output: Int32) {
        settings.initialize(to: original)
        self.input = input
        self.output = output
        for number in signals { signal(number, restoreAndResend) }
    }

    static func forget() {
        for number in signals { signal(number, SIG_DFL) }
        input = -1
    }
}

/// Puts the terminal back, then lets the signal end the process as it would have.
private func restoreAndResend(_ number: Int32) {
    if SavedTerminal.input >= 0 {
        _ = write(SavedTerminal.output, SavedTerminal.leaveScreen.utf8Start, SavedTerminal.leaveScreen.utf8CodeUnitCount)
        tcsetattr(SavedTerminal.input, TCSANOW, SavedTerminal.settings)
    }
    signal(number, SIG_DFL)
    raise(number)
}
