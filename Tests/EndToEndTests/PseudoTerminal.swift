import Foundation
import TestSupport

/// The built `assay` running in a pseudo-terminal, the way an analyst runs it at a terminal:
/// keys are written to the master side and the screen is read back from it by a background
/// thread into a buffer that tests poll, with a deadline, for what they expect to see.
final class PseudoTerminal: @unchecked Sendable {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    private let master: Int32
    /// Kept open until `close`, so the terminal's settings can be read after the program ends.
    private let slave: Int32
    private let process = Process()
    private let lock = NSLock()
    private var bytes: [UInt8] = []
    private var stopped = false
    private var reader: Thread?

    init(_ arguments: [String], columns: UInt16 = 100, rows: UInt16 = 40) throws {
        var master: Int32 = -1, slave: Int32 = -1
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&master, &slave, nil, nil, &size) == 0 else { throw Failure(description: "openpty failed: errno \(errno)") }
        self.master = master
        self.slave = slave
        let terminal = FileHandle(fileDescriptor: slave, closeOnDealloc: false)
        process.executableURL = AssayBinary.url
        process.arguments = arguments
        process.currentDirectoryURL = Repository.root
        process.environment = ProcessInfo.processInfo.environment.merging(["TERM": "xterm-256color"]) { $1 }
        process.standardInput = terminal
        process.standardOutput = terminal
        process.standardError = terminal
        let thread = Thread { [weak self] in self?.readUntilStopped() }
        reader = thread
        thread.start()
        try process.run()
    }

    deinit { close() }

    /// How much has been read so far: pass it to `waitFor` to look only at what comes after.
    var mark: Int { lock.withLock { bytes.count } }

    /// What the program wrote since `mark`, without its escape sequences (colours, clearing).
    func screen(since mark: Int = 0) -> String {
        let slice = lock.withLock { Array(bytes[min(mark, bytes.count)...]) }
        return Self.plain(String(decoding: slice, as: UTF8.self))
    }

    /// Every byte the program wrote, escape sequences included.
    var raw: [UInt8] { lock.withLock { bytes } }

    /// Waits until `needle` shows after `mark`; throws with the screen when it does not in time.
    func waitFor(_ needle: String, since mark: Int = 0, timeout: TimeInterval = 10) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if screen(since: mark).contains(needle) { return }
            usleep(20_000)
        }
        throw Failure(description: "'\(needle)' did not show within \(timeout) s; the screen was:\n\(screen(since: mark))")
    }

    /// The last screen drawn after `mark` (what follows its last clear), once it shows `needle`:
    /// one string per terminal row, without escape sequences; the last is the cursor's row.
    func waitForScreen(showing needle: String, since mark: Int = 0, timeout: TimeInterval = 10) throws -> [String] {
        let clear = Array("\u{1B}[H\u{1B}[2J".utf8)
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            let written = lock.withLock { Array(bytes[min(mark, bytes.count)...]) }
            let start = (0...max(0, written.count - clear.count)).last { written[$0...].starts(with: clear) }
            if let start {
                last = Self.plain(String(decoding: written[(start + clear.count)...], as: UTF8.self))
                if last.contains(needle) { return last.components(separatedBy: "\n") }
            }
            usleep(20_000)
        }
        throw Failure(description: "no screen showing '\(needle)' was drawn within \(timeout) s; the last was:\n\(last)")
    }

    /// Resizes the terminal as a window manager does: the new size on the master side, then
    /// SIGWINCH to the program, as the kernel sends it to the foreground process group of the
    /// terminal that controls it (this one may not control the program's session).
    func resize(columns: UInt16, rows: UInt16) {
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
        kill(process.processIdentifier, SIGWINCH)
    }

    /// Types `keys`, returning the mark from before them.
    @discardableResult
    func send(_ keys: String) -> Int {
        let before = mark
        let data = Array(keys.utf8)
        data.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            _ = write(master, base, buffer.count)
        }
        return before
    }

    /// Types `keys` and waits until `needle` shows after them.
    func send(_ keys: String, thenWaitFor needle: String) throws {
        try waitFor(needle, since: send(keys))
    }

    /// The exit status, once the program has ended; it is ended if it does not within `timeout`.
    func waitForExit(timeout: TimeInterval = 10) throws -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        guard !process.isRunning else {
            process.terminate()
            throw Failure(description: "assay did not exit within \(timeout) s; the screen was:\n\(screen())")
        }
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// Whether the terminal reads lines with echo again, as it did before the program ran.
    var isCooked: Bool {
        var settings = termios()
        guard tcgetattr(slave, &settings) == 0 else { return false }
        return settings.c_lflag & tcflag_t(ICANON) != 0 && settings.c_lflag & tcflag_t(ECHO) != 0
    }

    func close() {
        let wasStopped = lock.withLock {
            defer { stopped = true }
            return stopped
        }
        guard !wasStopped else { return }
        if process.isRunning { process.terminate() }
        while reader?.isFinished == false { usleep(10_000) }
        Foundation.close(master)
        Foundation.close(slave)
    }

    private func readUntilStopped() {
        var buffer = [UInt8](repeating: 0, count: 4096)
        while !lock.withLock({ stopped }) {
            var request = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard poll(&request, 1, 50) == 1 else { continue }
            let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
            if count > 0 {
                lock.withLock { bytes += buffer[0..<count] }
            } else if count < 0 && errno != EINTR && errno != EAGAIN {
                return
            }
        }
    }

    /// `text` without CSI escape sequences (`ESC [ parameters final-byte`) and carriage returns.
    static func plain(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            guard scalar == "\u{1B}" else {
                if scalar != "\r" { out.append(scalar) }
                continue
            }
            guard scalars.next() == "[" else { continue }
            while let next = scalars.next(), !(0x40...0x7E).contains(next.value) {}
        }
        return String(out)
    }
}
