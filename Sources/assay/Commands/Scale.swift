import ArgumentParser
import ReviewStore

/// `assay scale`: the workbench's verdict scale.
struct Scale: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scale",
        abstract: "Show or set the verdict scale of the workbench.",
        discussion: """
        The default scale is: accurate, mostly-accurate, mixed, misleading, inaccurate, \
        unsupported, not-checkable. A workbench can use its own; verdicts already recorded \
        keep their rating.

        Examples:
          assay scale
          assay scale --set true mostly-true half-true mostly-false false unproven
        """
    )

    @Option(parsing: .upToNextOption, help: ArgumentHelp("Replace the scale with these ratings, best first.", valueName: "rating"))
    var set: [String] = []

    @OptionGroup(title: "Workbench")
    var workbench: WorkbenchOptions

    func run() throws {
        let store = try workbench.open(set.isEmpty ? .read : .write)
        if !set.isEmpty {
            try store.setVerdictScale(set, analyst: workbench.analystName)
        }
        let scale = try store.verdictScale()
        for (index, rating) in scale.enumerated() { StandardStream.standardOutput.write("\(index + 1)  \(rating)\n") }
    }
}
