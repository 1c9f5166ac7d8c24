import ArgumentParser
import Foundation
import Reporting
import ReviewStore

/// `--db` and `--analyst`, shared by every command that uses the workbench.
struct WorkbenchOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The workbench file. Default: $ASSAY_DB, else ./assay.sqlite.", valueName: "path"))
    var db: String?

    @Option(help: ArgumentHelp("Who is recording. Default: $ASSAY_ANALYST, else the OS user.", valueName: "name"))
    var analyst: String?

    var path: String {
        if let db, !db.isEmpty { return db }
        if let environment = ProcessInfo.processInfo.environment["ASSAY_DB"], !environment.isEmpty { return environment }
        return "assay.sqlite"
    }

    var analystName: String {
        if let analyst, !analyst.isEmpty { return analyst }
        let environment = ProcessInfo.processInfo.environment
        if let name = environment["ASSAY_ANALYST"], !name.isEmpty { return name }
        if let user = getpwuid(geteuid()), let name = user.pointee.pw_name { return String(cString: name) }
        return environment["USER"] ?? "unknown"
    }

    func validate() throws {
        if let analyst, analyst.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--analyst cannot be empty.")
        }
    }

    func open(_ access: Workbench.Access) throws(WorkbenchError) -> Workbench {
        try Workbench.open(path: path, access: access)
    }
}

/// Writes a value as the workbench's JSON on stdout.
func printJSON(_ value: some Encodable) {
    StandardStream.standardOutput.write(PrettyJSON.string(value))
}
