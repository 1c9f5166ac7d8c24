import Foundation
import TestSupport

/// Runs `assay` with its standard output discarded and measures that one child as the kernel
/// counts it (`wait4`): CPU time, which a busy shared machine disturbs far less than wall time,
/// and peak resident memory.
struct MeasuredRun {
    var status: Int32
    var cpuSeconds: Double
    var peakMegabytes: Double
    var stderr: String

    /// Whether peak memory means anything here: under a sanitizer (scripts/sanitized-tests.sh
    /// sets ASSAY_SANITIZER) it is mostly the sanitizer's own shadow memory and quarantine.
    static let measuresMemory = ProcessInfo.processInfo.environment["ASSAY_SANITIZER"] == nil

    /// `standardInput` is a file to redirect from; without it the child reads nothing.
    static func run(_ arguments: [String], standardInput: String = "/dev/null") throws -> MeasuredRun {
        let errorFile = try Repository.temporaryFolder().appendingPathComponent("stderr").path
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, standardInput, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, errorFile, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv = ([AssayBinary.url.path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, AssayBinary.url.path, &actions, nil, argv, environ)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let seconds = { (time: timeval) in Double(time.tv_sec) + Double(time.tv_usec) / 1_000_000 }
        let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return MeasuredRun(status: exitStatus, cpuSeconds: seconds(usage.ru_utime) + seconds(usage.ru_stime),
                           peakMegabytes: Double(usage.ru_maxrss) / 1024,  // Linux reports kilobytes
                           stderr: (try? String(contentsOfFile: errorFile, encoding: .utf8)) ?? "")
    }
}
