import ArgumentParser
import AssayCore

/// Every command names itself in its configuration (`commandName`): a name left out is derived
/// with `String(describing:)`, which scans the runtime's conformances on every start
/// (`CommandNameTests` keeps it so; the cost is in Benchmarks/README.md).
@main
struct Assay: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: AssayVersion.name,
        abstract: "Extract, flag and review the claims an article makes.",
        discussion: """
        Exit codes: 0 success · 1 a finding at or above --fail-on · 2 an input, rule file or workbench error · 64 a malformed command line.

        Examples:
          assay analyze seeds/                 print each seed's claims and findings
          assay ingest seeds/                  store them in ./assay.sqlite
          assay claims --unreviewed            what is left to review
          assay review                         one assertion at a time, one key per verdict
          assay verdict 3f2a9c1e misleading --note "…"
          assay diff mek-article               what changed between its latest two versions
          assay segment seeds/                 only the sentences the seeds split into
        """,
        version: AssayVersion.current,
        subcommands: [
            Analyze.self, Segment.self, Init.self, Ingest.self, Rename.self, Delete.self, Claims.self, Show.self, Verdict.self, Retract.self, Cite.self, Tag.self, Untag.self,
            Review.self, Annotate.self, Dismiss.self, Findings.self, DismissFinding.self, SourcesCommand.self, Evidence.self, Reflag.self,
            Search.self, Stats.self, Report.self, Diff.self, Match.self, Scale.self, Check.self, Export.self, Import.self,
            Backup.self, Users.self, Assign.self, Assignments.self, Serve.self, RulesCommand.self, ModelCommand.self,
        ]
    )

    /// Runs the command the arguments name. Errors of Assay's own (an input, a rule file, the
    /// workbench) print one `error: …` line and exit with 2; a malformed command line prints
    /// `error: …` in the same style, with ArgumentParser's usage lines, and exits with 64; help
    /// and the version go to standard output as ArgumentParser prints them.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as ExitCode {
            exit(withError: error)
        } catch {
            guard UserFacingError.report(error) else { reportUsage(error) }
            exit(withError: ExitCode(2))
        }
    }

    private static func reportUsage(_ error: any Error) -> Never {
        let message = fullMessage(for: error)
        guard exitCode(for: error) == .validationFailure, message.hasPrefix("Error: ") else { exit(withError: error) }
        StandardStream.standardError.write("error: " + message.dropFirst("Error: ".count) + "\n")
        exit(withError: ExitCode.validationFailure)
    }
}
