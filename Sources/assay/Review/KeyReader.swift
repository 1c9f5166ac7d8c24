import Foundation

/// One keystroke, as the review understands it.
enum Key: Equatable {
    /// A printable character (UTF-8 sequences are decoded whole).
    case character(Character)
    case enter
    case backspace
    case escape
    /// Ctrl-C or Ctrl-D: leave, as `q` does.
    case interrupt
    /// The terminal went away (read error or end of input): leave.
    case endOfInput
    /// An arrow or function key, or another control byte: ignored.
    case other
    /// The terminal was resized: draw the screen again at its new size.
    case resize
}

/// Reads keystrokes from a terminal in raw mode, one `read` per byte, and tells of resizes
/// between them.
struct KeyReader {
    let descriptor: Int32
    /// Readable when the terminal was resized (`ResizeSignal`); nil when resizes are not watched.
    let resizes: Int32?
    /// How long to wait for the rest of an escape sequence after ESC, in milliseconds. A lone
    /// ESC (cancel) is told from an arrow key (`ESC [ A`) by the bytes that follow it at once.
    private let sequenceWait: Int32 = 40

    init(descriptor: Int32, resizes: Int32? = nil) {
        self.descriptor = descriptor
        self.resizes = resizes
    }

    func next() -> Key {
        if waitWasResized() { return .resize }
        guard let byte = readByte() else { return .endOfInput }
        switch byte {
        case 0x0D, 0x0A: return .enter
        case 0x7F, 0x08: return .backspace
        case 0x03, 0x04: return .interrupt
        case 0x1B: return escapeOrSequence()
        case 0x20...0x7E: return .character(Character(Unicode.Scalar(byte)))
        case 0xC0...0xF7: return utf8Character(lead: byte)
        default: return .other
        }
    }

    /// A lone ESC, or a CSI/SS3 sequence (`ESC [ … final`, `ESC O x`) swallowed whole.
    private func escapeOrSequence() -> Key {
        guard let second = readByte(waitingAtMost: sequenceWait) else { return .escape }
        guard second == UInt8(ascii: "[") || second == UInt8(ascii: "O") else { return .other }
        while let byte = readByte(waitingAtMost: sequenceWait) {
            if (0x40...0x7E).contains(byte) { break }
        }
        return .other
    }

    private func utf8Character(lead: UInt8) -> Key {
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var bytes = [lead]
        while bytes.count < length, let byte = readByte(waitingAtMost: sequenceWait), byte & 0xC0 == 0x80 {
            bytes.append(byte)
        }
        guard bytes.count == length, let character = String(validating: bytes, as: UTF8.self)?.first else { return .other }
        return .character(character)
    }

    /// Waits until a key is typed or the terminal is resized; true for a resize (checked first, so
    /// a key typed with it acts on the new screen).
    private func waitWasResized() -> Bool {
        guard let resizes else { return false }
        var requests = [pollfd(fd: resizes, events: Int16(POLLIN), revents: 0),
                        pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)]
        // The signal itself interrupts poll (EINTR); its byte is then in the pipe.
        while poll(&requests, 2, -1) < 0 {
            guard errno == EINTR else { return false }
        }
        guard requests[0].revents & Int16(POLLIN) != 0 else { return false }
        ResizeSignal.drain(resizes)
        return true
    }

    /// The next byte; nil at end of input or on a read error other than an interruption.
    private func readByte() -> UInt8? {
        var byte: UInt8 = 0
        while true {
            let count = read(descriptor, &byte, 1)
            if count == 1 { return byte }
            if count < 0 && errno == EINTR { continue }
            return nil
        }
    }

    /// The next byte if one arrives within `milliseconds`.
    private func readByte(waitingAtMost milliseconds: Int32) -> UInt8? {
        var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&request, 1, milliseconds) == 1, request.revents & Int16(POLLIN) != 0 else { return nil }
        return readByte()
    }
}
