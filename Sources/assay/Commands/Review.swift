import ArgumentParser
import Foundation
import ReviewStore

/// `assay review`: the interactive review, one assertion at a time, one key per decision.
struct Review: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Review the unreviewed claims one by one at the terminal, one key per verdict.",
        discussion: """
        Shows the next claim without a verdict — the most check-worthy first, or in the \
        order of the text with --order document — in its paragraph, with its findings marked, \
        and takes single keys: 1 to 7 record the rating at that place of the verdict scale \
        and move on; g asks for the credibility of the information (Admiralty, 1 to 6) and h \
        for the confidence (l low, m medium, h high), recorded on your verdict on the claim \
        as a new entry in its history with the same rating, or kept for the verdict you give \
        next; c cites evidence (URL, stance, optional quote); n types a note, saved with the \
        next verdict given to the claim; t tags it; d dismisses it as not a claim (asking \
        why); s skips; b goes back to the previous claim (a new verdict there is added to \
        its history); u lists the session's last decisions, the latest first, and takes back \
        the one chosen (Enter or 1 the latest; a verdict is retracted as 'assay retract' does, \
        a dismissal withdrawn, tags removed; citations stay); ? shows the keys; q quits.

        The screen fits the terminal and is drawn again when the terminal is resized: a long \
        paragraph is cut around the claim, with how many lines are left out above and below.

        A new session starts at the first claim still without a verdict, so a skipped \
        claim comes back and an interrupted review resumes where it was left. Claims \
        dismissed as not claims are left out.

        Needs a terminal: from a script, use 'assay verdict CLAIM RATING'.

        Examples:
          assay review
          assay review 000_0b590991ea34db62 --order document --analyst alice
        """
    )

    @Argument(help: ArgumentHelp("Review this document only (default: every document).", valueName: "doc"))
    var document: String?

    @Option(help: "checkworthiness (most check-worthy first) or document (the order of the text).")
    var order: ReviewOrder = .checkworthiness

    @OptionGroup(title: "Workbench")
    var workbench: WorkbenchOptions

    func run() throws {
        guard isatty(STDIN_FILENO) == 1, Terminal.isTerminal(.standardOutput) else {
            throw CommandError("assay review needs a terminal; use 'assay verdict CLAIM RATING' to record verdicts from scripts")
        }
        // Opened for reading so a missing workbench is an error rather than created empty.
        let store = try workbench.open(.read)
        if store.isReadOnly { throw WorkbenchError.readOnly(path: store.path) }
        let queue = try store.reviewQueue(document: document, order: order)
        guard !queue.isEmpty else {
            return StandardStream.standardError.write("nothing to review in \(document ?? store.path)\n")
        }
        let screen = ReviewScreen(style: ScreenStyle(colors: !Terminal.noColorRequested), scale: try store.verdictScale(),
                                  analyst: workbench.analystName)
        let ran = RawTerminal.run(input: STDIN_FILENO, output: STDOUT_FILENO) { terminal in
            var controller = ReviewController(store: store, analyst: workbench.analystName, screen: screen,
                                              keys: KeyReader(descriptor: terminal.input, resizes: terminal.resizes), queue: queue)
            return controller.run()
        }
        guard let summary = ran else { throw CommandError("cannot read single keys from this terminal") }
        StandardStream.standardError.write(line(summary, left: try? store.reviewQueue(document: document, order: order).count))
    }

    /// `reviewed 3, skipped 1; 37 left`.
    private func line(_ summary: ReviewController.Summary, left: Int?) -> String {
        var line = "reviewed \(summary.reviewed), skipped \(summary.skipped)"
        if let left { line += "; \(left) left" }
        if summary.unsavedDrafts > 0 {
            line += " (\(summary.unsavedDrafts) note(s) or grade(s) not saved: no verdict was given)"
        }
        return line + "\n"
    }
}

extension ReviewOrder: ExpressibleByArgument {}
