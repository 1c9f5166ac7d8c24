import ArgumentParser
import Foundation
import Pipeline
import ReviewStore

/// `assay init`: creates a workbench, the one way besides `ingest` and `import`.
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a workbench: assay.sqlite in this folder, or the file --db or ASSAY_DB names.",
        discussion: """
        Every other command finds the workbench as git finds .git: --db, then ASSAY_DB, then \
        the db of the nearest assay.toml (a project file, in this folder or above), then the \
        nearest assay.sqlite. Only init, ingest and import create one; the others say where \
        they looked. Running init where a workbench already is leaves it as it is.

        A project file, assay.toml, sets a folder's defaults, one key = "value" a line:
          db = "reviews/iran.sqlite"   # relative to the file's folder
          analyst = "ann"
          publisher = "NCRI"
          rules = "packs"              # a folder of rule packs added to the shipped ones

        Examples:
          assay init
          assay init --db reviews/iran.sqlite
        """
    )

    @OptionGroup(title: "Workbench")
    var workbench: WorkbenchOptions

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let workingFolder = FileManager.default.currentDirectoryPath
        // init names a workbench; it does not search for one.
        let projectDB = try workbench.project?.db
        let named = [workbench.db, environment["ASSAY_DB"], projectDB].compactMap { $0 }.first { !$0.isEmpty }
        let path = named ?? URL(fileURLWithPath: workingFolder).appendingPathComponent(WorkbenchLocation.defaultName).path
        let inWorkingFolder = named == nil
        let existed = FileManager.default.fileExists(atPath: path)
        let store = try Workbench.open(path: path, access: .create)
        guard !existed else {
            return StandardStream.standardError.write("a workbench is already at \(store.path); left as it is\n")
        }
        StandardStream.standardError.write("created the workbench \(store.path)\n")
        let nearest = WorkbenchLocation.resolve(option: nil, environment: [:], project: nil,
                                                workingFolder: URL(fileURLWithPath: workingFolder).deletingLastPathComponent().path)
        if inWorkingFolder, nearest.origin == .found {
            StandardStream.standardError.write("commands in this folder now use it, not \(nearest.path)\n")
        }
    }
}
