import Foundation

/// Which workbench a command uses, found as git finds `.git`: `--db`, then `ASSAY_DB`, then the
/// `db` of the nearest project file (`assay.toml`), then an `assay.sqlite` in the working
/// folder or the nearest folder above it. Only the commands that create a workbench (`init`,
/// `ingest`, `import`) fall back to a new `assay.sqlite` in the working folder; every other
/// command says where it looked.
public struct WorkbenchLocation: Sendable, Equatable {
    public static let defaultName = "assay.sqlite"

    public enum Origin: Sendable, Equatable {
        case option
        case environment
        case project(String)
        /// An `assay.sqlite` found in the working folder or above it.
        case found
        /// Nothing found: `assay.sqlite` in the working folder, for a command that creates one.
        case newInWorkingFolder
    }

    public var path: String
    public var origin: Origin
    /// The folders searched, nearest first, when nothing was found.
    public var searched: [String]

    public static func resolve(option: String?, environment: [String: String], project: ProjectFile?,
                               workingFolder: String) -> WorkbenchLocation {
        if let option, !option.isEmpty { return WorkbenchLocation(path: option, origin: .option, searched: []) }
        if let path = environment["ASSAY_DB"], !path.isEmpty {
            return WorkbenchLocation(path: path, origin: .environment, searched: [])
        }
        if let project, let db = project.db { return WorkbenchLocation(path: db, origin: .project(project.path), searched: []) }
        var searched: [String] = []
        var folder = URL(fileURLWithPath: workingFolder).standardizedFileURL
        while true {
            searched.append(folder.path)
            let candidate = folder.appendingPathComponent(defaultName).path
            if FileManager.default.fileExists(atPath: candidate) { return WorkbenchLocation(path: candidate, origin: .found, searched: []) }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { break }
            folder = parent
        }
        let here = URL(fileURLWithPath: workingFolder).appendingPathComponent(defaultName).standardizedFileURL.path
        return WorkbenchLocation(path: here, origin: .newInWorkingFolder, searched: searched)
    }

    /// Why a command that does not create workbenches has none to use.
    public var notFound: WorkbenchNotFound? {
        origin == .newInWorkingFolder ? WorkbenchNotFound(searched: searched) : nil
    }
}

/// No workbench anywhere a command looked.
public struct WorkbenchNotFound: Error, Equatable, Sendable, CustomStringConvertible {
    public var searched: [String]

    public var description: String {
        let folders = searched.first.map { searched.count > 1 ? "\($0) or a folder above it" : $0 } ?? "the working folder"
        return "no workbench found: no --db, no ASSAY_DB, and no \(ProjectFile.name) or \(WorkbenchLocation.defaultName) in \(folders); "
            + "create one here with 'assay init', or store documents with 'assay ingest FILE'"
    }
}
