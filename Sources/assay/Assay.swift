import ArgumentParser
import AssayCore

@main
struct Assay: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: AssayVersion.name,
        abstract: "Extract, flag and review the claims an article makes.",
        discussion: """
        Exit codes: 0 success · 2 an input could not be read · 64 a malformed command line.

        Example:
          assay analyze seeds/
        """,
        version: AssayVersion.current,
        subcommands: [Analyze.self, RulesCommand.self]
    )
}
