import Foundation
import Testing

/// Runs `assay` so that file permissions bind. As root they do not, so the binary runs as
/// `nobody` (util-linux `setpriv`) — possible only when `nobody` can reach the build folder.
enum PermissionRun {
    static let asNobody = geteuid() == 0
    private static let setpriv = URL(fileURLWithPath: "/usr/bin/setpriv")
    private static let nobody = ["--reuid=nobody", "--regid=nogroup", "--clear-groups", AssayBinary.url.path]

    static let testable = !asNobody || (try? AssayBinary.run(nobody + ["--version"], executable: setpriv))?.status == 0
    static let untestableReason: Comment =
        "running as root, and 'nobody' cannot start the built binary here (setpriv missing or the build folder unreadable)"

    static func run(_ arguments: [String]) throws -> AssayBinary.Run {
        asNobody ? try AssayBinary.run(nobody + arguments, executable: setpriv) : try AssayBinary.run(arguments)
    }
}
