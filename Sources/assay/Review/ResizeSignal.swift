import Foundation

/// SIGWINCH as a descriptor to poll (the self-pipe trick): the handler writes a byte to a pipe
/// that the key reader polls beside the terminal, so a resize wakes it as a key does, and the
/// screen is drawn again outside the handler.
enum ResizeSignal {
    /// On for the duration of a review; nonisolated(unsafe) because the handler reads it.
    nonisolated(unsafe) fileprivate static var writeEnd: Int32 = -1
    nonisolated(unsafe) private static var readEnd: Int32 = -1

    /// Starts turning resizes into bytes; the descriptor to poll, nil when no pipe could be made.
    static func watch() -> Int32? {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { return nil }
        for end in ends {
            // Non-blocking: the handler must never wait on a full pipe, nor `drain` on an empty one.
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
        }
        readEnd = ends[0]
        writeEnd = ends[1]
        signal(SIGWINCH, noteResize)
        // A parent may have started the review with signals blocked; resizes must get through.
        var resizes = sigset_t()
        sigemptyset(&resizes)
        sigaddset(&resizes, SIGWINCH)
        pthread_sigmask(SIG_UNBLOCK, &resizes, nil)
        return readEnd
    }

    static func stop() {
        guard readEnd >= 0 else { return }
        signal(SIGWINCH, SIG_DFL)
        close(writeEnd)
        close(readEnd)
        writeEnd = -1
        readEnd = -1
    }

    /// Reads away the bytes of resizes already seen: several resizes make one redraw.
    static func drain(_ descriptor: Int32) {
        var bytes = [UInt8](repeating: 0, count: 64)
        while read(descriptor, &bytes, bytes.count) > 0 {}
    }
}

/// Only `write`, which is async-signal-safe; errno is kept for the code the signal interrupted.
private func noteResize(_: Int32) {
    let saved = errno
    var byte: UInt8 = 1
    _ = write(ResizeSignal.writeEnd, &byte, 1)
    errno = saved
}
