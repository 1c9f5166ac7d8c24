import Foundation
import TestSupport

/// Runs `assay` with its standard output discarded and measures that one child as the kernel
/// counts it: CPU time, which a busy shared machine disturbs far less than wall time, and peak
/// resident memory.
///
/// The child runs under GNU time (`/usr/bin/time`, Debian's `time` package, which .ci/run
/// installs), which reports what its own child used. Spawned straight from the test process,
/// the child's peak would be the test process's, however small the child: Linux counts the
/// memory of the process a child was spawned from (`posix_spawn` shares it until `exec`).
struct MeasuredRun {
    var status: Int32
    var cpuSeconds: Double
    var peakMegabytes: Double
    var stderr: String

    /// Whether peak memory means anything here: under a sanitizer (scripts/sanitized-tests.sh
    /// sets ASSAY_SANITIZER) it is mostly the sanitizer's own shadow memory and quarantine.
    static let measuresMemory = ProcessInfo.processInfo.environment["ASSAY_SANITIZER"] == nil

    static let timeTool = "/usr/bin/time"

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// `standardInput` is a file to redirect from; without it the child reads nothing.
    static func run(_ arguments: [String], standardInput: String = "/dev/null") throws -> MeasuredRun {
        guard FileManager.default.isExecutableFile(atPath: timeTool) else {
            throw Failure(description: "\(timeTool) is needed to measure a run: apt-get install time")
        }
        let folder = try Repository.temporaryFolder()
        let errorFile = folder.appendingPathComponent("stderr").path
        let usageFile = folder.appendingPathComponent("usage").path
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, standardInput, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, errorFile, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let command = [timeTool, "--format", "%U %S %M", "--output", usageFile, AssayBinary.url.path] + arguments
        let argv = command.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, timeTool, &actions, nil, argv, environ)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        // GNU time exits with its child's status; its last line is the format's (a line before
        // it may say "Command exited with non-zero status N").
        let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        let report = (try? String(contentsOfFile: usageFile, encoding: .utf8)) ?? ""
        let usage = report.split(separator: "\n").last?.split(separator: " ").compactMap { Double($0) } ?? []
        guard usage.count == 3 else { throw Failure(description: "GNU time reported no usage: '\(report)'") }
        return MeasuredRun(status: exitStatus, cpuSeconds: usage[0] + usage[1],
                           peakMegabytes: usage[2] / 1024,  // GNU time reports kilobytes
                           stderr: (try? String(contentsOfFile: errorFile, encoding: .utf8)) ?? "")
    }
}
