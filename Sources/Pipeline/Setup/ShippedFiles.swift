import Foundation

/// Where the shipped rule packs (`Rules/`), models (`Models/`) and source registry
/// (`seeds/sources.yml`) are.
///
/// `ASSAY_RULES` and `ASSAY_MODELS` name the folders explicitly. Otherwise the folders above the
/// running executable are searched (the binary of `swift build` lives in
/// `.build/<triple>/debug/`, an installed one next to `share/assay/`), then the current folder.
public enum ShippedFiles {
    public static var rulesDirectory: String? {
        if let explicit = ProcessInfo.processInfo.environment["ASSAY_RULES"], !explicit.isEmpty { return explicit }
        return candidateRoots.lazy.map { $0.appendingPathComponent("Rules").path }.first(where: isDirectory)
    }

    public static var modelsDirectory: String? {
        if let explicit = ProcessInfo.processInfo.environment["ASSAY_MODELS"], !explicit.isEmpty { return explicit }
        return candidateRoots.lazy.map { $0.appendingPathComponent("Models").path }.first(where: isDirectory)
    }

    /// The source registry next to the shipped packs, if there is one.
    public static var sourceRegistry: String? {
        guard let rules = rulesDirectory else { return nil }
        let root = URL(fileURLWithPath: rules).deletingLastPathComponent()
        let registry = root.appendingPathComponent("seeds/sources.yml").path
        return FileManager.default.fileExists(atPath: registry) ? registry : nil
    }

    /// `assay-fetch`, which fetches web pages: beside the running executable (a build folder, or
    /// `PREFIX/bin` for `assay` run from the build), else in `PREFIX/libexec/assay/`.
    public static var fetcher: String? {
        let folder = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        return [folder.appendingPathComponent("assay-fetch"),
                folder.deletingLastPathComponent().appendingPathComponent("libexec/assay/assay-fetch")]
            .map(\.path).first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    private static var candidateRoots: [URL] {
        var roots: [URL] = []
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var folder = executable.deletingLastPathComponent()
        for _ in 0..<5 {
            roots.append(folder)
            roots.append(folder.appendingPathComponent("share/assay"))
            folder = folder.deletingLastPathComponent()
        }
        roots.append(URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        return roots
    }

    private static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
