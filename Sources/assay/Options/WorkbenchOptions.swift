import ArgumentParser
import Foundation
import Reporting
import Pipeline
import ReviewStore

/// `--db` and `--analyst`, shared by every command that uses the workbench. Which workbench:
/// `--db`, then `ASSAY_DB`, then the nearest `assay.toml`'s `db`, then the nearest
/// `assay.sqlite` (`WorkbenchLocation`).
struct WorkbenchOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "The workbench file. Default: $ASSAY_DB, else the db of the nearest assay.toml, else the nearest assay.sqlite (this folder or above).",
        valueName: "path"))
    var db: String?

    @Option(help: ArgumentHelp("Who is recording. Default: $ASSAY_ANALYST, else assay.toml's analyst, else the OS user.",
                               valueName: "name"))
    var analyst: String?

    /// The nearest project file, if any.
    var project: ProjectFile? {
        get throws(ProjectFileError) { try ProjectFile.find(from: FileManager.default.currentDirectoryPath) }
    }

    /// The workbench this command uses, found or (for a command that creates one) to be created.
    var location: WorkbenchLocation {
        get throws(ProjectFileError) {
            WorkbenchLocation.resolve(option: db, environment: ProcessInfo.processInfo.environment, project: try project,
                                      workingFolder: FileManager.default.currentDirectoryPath)
        }
    }

    /// The workbench's path; for commands that only name it (diff and match open it themselves,
    /// and only for a stored document).
    var path: String {
        get throws(ProjectFileError) { try location.path }
    }

    var analystName: String {
        if let analyst, !analyst.isEmpty { return analyst }
        let environment = ProcessInfo.processInfo.environment
        if let name = environment["ASSAY_ANALYST"], !name.isEmpty { return name }
        if let name = (try? project)??.analyst { return name }
        if let user = getpwuid(geteuid()), let name = user.pointee.pw_name { return String(cString: name) }
        return environment["USER"] ?? "unknown"
    }

    func validate() throws {
        if let analyst, analyst.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--analyst cannot be empty.")
        }
    }

    /// Opens the workbench; only `.create` makes one where none was found.
    func open(_ access: Workbench.Access) throws -> Workbench {
        let location = try location
        if access != .create, let notFound = location.notFound { throw notFound }
        return try Workbench.open(path: location.path, access: access)
    }
}

/// Writes a value as the workbench's JSON on stdout.
func printJSON(_ value: some Encodable) {
    StandardStream.standardOutput.write(PrettyJSON.string(value))
}
