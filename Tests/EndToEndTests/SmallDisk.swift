import Foundation
import Testing
import TestSupport

/// A tmpfs of a few megabytes, to fill a disk on purpose. Mounting needs root (and a system
/// that lets it mount); elsewhere the tests that need one are skipped, saying why.
struct SmallDisk {
    let folder: URL

    init(megabytes: Int) throws {
        folder = try Repository.temporaryFolder()
        let mount = try Self.run("/bin/mount", ["-t", "tmpfs", "-o", "size=\(megabytes)m,mode=0700", "tmpfs", folder.path])
        guard mount == 0 else { throw MountError(status: mount) }
    }

    func unmount() {
        _ = try? Self.run("/bin/umount", [folder.path])
    }

    /// Whether a tmpfs can be mounted here: tried once, for real.
    static let available: Bool = {
        guard getuid() == 0, let disk = try? SmallDisk(megabytes: 1) else { return false }
        disk.unmount()
        return true
    }()

    static let unavailableReason: Comment = "a full disk is tested on a small tmpfs, which only root can mount (and this system refused or the test is not root)"

    struct MountError: Error { var status: Int32 }

    private static func run(_ tool: String, _ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}
