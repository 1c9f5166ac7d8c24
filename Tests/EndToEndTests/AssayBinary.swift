import Foundation
import TestSupport

/// Runs the built `assay` executable the way a user does, capturing its output and exit code.
struct AssayBinary {
    struct Run {
        var status: Int32
        var stdout: Data
        var stderr: String
        var stdoutText: String { String(decoding: stdout, as: UTF8.self) }

        func json() throws -> [String: Any] {
            guard let object = try JSONSerialization.jsonObject(with: stdout) as? [String: Any] else {
                throw CocoaError(.coderInvalidValue)
            }
            return object
        }
    }

    /// The executable sits next to the test bundle in the build folder.
    static let url: URL = {
        let buildFolder = Bundle.main.bundleURL.deletingLastPathComponent()
        let candidates = [buildFolder.appendingPathComponent("assay"),
                          Bundle.main.bundleURL.appendingPathComponent("assay")]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }()

    /// Runs `assay` (or, for tests that change user, another `executable` that starts it).
    /// `removing` names environment variables the run must not see; `directory` is its working folder.
    static func run(_ arguments: [String], stdin: Data? = nil, environment: [String: String] = [:],
                    removing: Set<String> = [], directory: URL = Repository.root, executable: URL = url) throws -> Run {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }.filter { !removing.contains($0.key) }
        // Output goes to files, so a large output cannot fill a pipe and block the child.
        let folder = try Repository.temporaryFolder()
        let outURL = folder.appendingPathComponent("stdout"), errURL = folder.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let input = Pipe()
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        process.standardInput = input
        try start(process)
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        let outData = try Data(contentsOf: outURL), errData = try Data(contentsOf: errURL)
        try? FileManager.default.removeItem(at: folder)
        return Run(status: process.terminationStatus, stdout: outData, stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Starts `process`, retrying while its executable is "busy": a binary a test has just
    /// copied can be held open for writing for a moment by a child another test forked then.
    private static func start(_ process: Process) throws {
        for attempt in 1... {
            do {
                return try process.run()
            } catch let error as CocoaError where attempt < 50
                        && (error.userInfo[NSUnderlyingErrorKey] as? NSError)?.code == Int(ETXTBSY) {
                usleep(100_000)
            }
        }
    }
}
