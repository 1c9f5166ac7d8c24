import ArgumentParser
import AssayCore
import Foundation
import Pipeline
import Reporting
import ReviewStore

/// `assay verdict`: record a rating on a claim (or many, from a file).
struct Verdict: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verdict",
        abstract: "Record a verdict on a claim.",
        discussion: """
        Verdicts are append-only: a new verdict supersedes the earlier ones, which stay in \
        the claim's history ('assay show'). RATING is one of the workbench's verdict scale \
        (default: accurate, mostly-accurate, mixed, misleading, inaccurate, unsupported, \
        not-checkable; see 'assay scale').

        --batch FILE records many verdicts, one JSON object per line: \
        {"claim": "3f2a9c1e", "rating": "misleading", "note": "…", "credibility": 4, \
        "confidence": "high"}. Each line is its own transaction and is recorded once: running \
        the same file again (after an interruption, say) records only the lines not yet \
        recorded.

        Examples:
          assay verdict 3f2a9c1e misleading --credibility 4 --confidence medium --note "Figure is the NCRI's own."
          assay verdict --batch verdicts.jsonl --analyst alice
        """
    )

    @Argument(help: ArgumentHelp("The claim id or a unique prefix.", valueName: "claim"))
    var claim: String?

    @Argument(help: ArgumentHelp("The rating, from the verdict scale.", valueName: "rating"))
    var rating: String?

    @Option(help: ArgumentHelp("Admiralty information credibility: 1 confirmed, 2 probably true, 3 possibly true, 4 doubtful, 5 improbable, 6 cannot be judged.",
                               valueName: "1-6"))
    var credibility: Int?

    @Option(help: ArgumentHelp("How sure the analyst is: low, medium or high.", valueName: "level"))
    var confidence: String?

    @Option(help: ArgumentHelp("A note on the reasoning, stored verbatim.", valueName: "text"))
    var note: String?

    @Option(help: ArgumentHelp("Record the verdicts of a JSON Lines file ('-' for standard input).", valueName: "file"))
    var batch: String?

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @OptionGroup(title: "Workbench")
    var workbench: WorkbenchOptions

    func validate() throws {
        if batch == nil && (claim == nil || rating == nil) { throw ValidationError("Give CLAIM and RATING, or --batch FILE.") }
        if batch != nil && (claim != nil || rating != nil) { throw ValidationError("--batch takes the claims from the file: give no CLAIM.") }
    }

    func run() throws {
        let recorded: [RecordedVerdict]
        if let batch {
            let file = try VerdictBatchFile(reading: batch, analyst: workbench.analystName)
            let store = try workbench.open(.write)
            recorded = try file.record(into: store)
        } else {
            let request = VerdictRequest(claim: claim ?? "", rating: rating ?? "", credibility: credibility, confidence: confidence,
                                         note: note, analyst: workbench.analystName)
            let store = try workbench.open(.write)
            recorded = [try store.recordVerdict(request)]
        }
        if format == .json { return printJSON(recorded.map(\.verdict)) }
        if batch != nil {
            let fresh = recorded.filter { !$0.alreadyRecorded }.count
            StandardStream.standardOutput.write("recorded \(Noun.count(fresh, "verdict")) (\(recorded.count - fresh) \(recorded.count - fresh == 1 ? "was" : "were") already recorded)\n")
            return
        }
        for item in recorded {
            StandardStream.standardOutput.write("\(item.verdict.rating)  \(item.document):\(AssertionID.shown(item.assertion))  by \(item.verdict.analyst)\n")
        }
    }
}
