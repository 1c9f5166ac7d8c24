import Foundation

/// Paths inside the repository, for tests that read the seeds and fixtures.
public enum Repository {
    /// The repository root, found from this file's location (Tests/TestSupport/…).
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static func url(_ relativePath: String) -> URL { root.appendingPathComponent(relativePath) }

    /// The two seed articles every example and end-to-end test uses.
    public static let seedNames = ["000_0b590991ea34db62.txt", "004_7c6fb8ad358d5ed6.txt"]

    public static func seed(_ name: String) -> URL { url("seeds/" + name) }

    /// A fresh empty folder under the system's temporary folder.
    public static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("assay-tests-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}

/// Python-style slicing by Unicode scalar offsets: what `text[start:end]` gives in Python.
public func scalarSlice(_ text: String, _ start: Int, _ end: Int) -> String? {
    let scalars = Array(text.unicodeScalars)
    guard start >= 0, start <= end, end <= scalars.count else { return nil }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[start..<end])
    return String(view)
}
