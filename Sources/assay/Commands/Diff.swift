import ArgumentParser
import Comparison
import Extraction
import Pipeline
import Reporting
import ReviewStore
import RulesEngine

/// `assay diff`: two versions of a document compared assertion by assertion.
struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two versions of a document, claim by claim.",
        discussion: """
        Each side is a file or a web address (extracted and flagged as 'assay analyze' does) \
        or a stored version: NAME@N is version N of a workbench document, NAME its latest \
        version. A single NAME compares the document's latest two versions; NAME against the \
        document's address tells what changed on the page since it was stored.

        Claims are aligned and each is unchanged, modified (with the words deleted and \
        inserted), added, removed or moved. Changes that matter to a fact-checker are called \
        out: a changed figure (30,000 → 3,000, over → about), an amount of money or its \
        currency changed ($3 million → $30 million), a date changed (2030 → 2031), a source \
        added, removed or changed (the minister → a spokesperson), framing added or removed, \
        a claim's kind changed. Verdicts recorded on the old version are kept by unchanged \
        and moved claims, marked for re-review on modified ones, and listed as orphaned \
        when their claim is gone.

        Formats:
          text   the summary, then each claim that changed (all of them with --all)
          json   every aligned claim; spans in scalar offsets of each side's text
                 (schema: docs/diff-json.md)
          md     Markdown: the changes, struck through and in bold
          html   one self-contained page, both versions side by side

        Exit codes:
          0   compared (whether or not anything changed)
          2   a file or page could not be read, or a document or version is not in the
              workbench
          64  the command line is malformed

        Examples:
          assay diff mek-article                 the latest two versions
          assay diff mek-article@1 mek-article@3 --format html > diff.html
          assay diff old.txt new.txt --format json
          assay diff mek-article@2 draft.md
          assay diff mek-article https://example.org/news/mek-article.html
        """
    )

    @Argument(help: ArgumentHelp("OLD NEW (files or NAME@N), or one stored document's NAME.", valueName: "side"))
    var sides: [String]

    @Option(help: "text, json, md or html.")
    var format: DiffFormat = .text

    @Flag(help: "List unchanged claims too (text and md).")
    var all = false

    @Option(help: "Read files as this format: auto, text, markdown or html.")
    var inputFormat: InputFormatChoice = .auto

    @Option(help: ArgumentHelp("Read every input in this legacy encoding: windows-1252, latin1 or latin9 (default: UTF-8, or UTF-16 with a byte-order mark).", valueName: "encoding"))
    var encoding: LegacyEncoding?

    @Option(help: ArgumentHelp("The files' publisher, for self-sourcing.", valueName: "name"))
    var publisher: String?

    @OptionGroup(title: "Workbench")
    var workbench: WorkbenchOptions

    @OptionGroup(title: "Rules")
    var rules: RuleOptions

    @OptionGroup(title: "Models")
    var models: ModelOptions

    func validate() throws {
        guard sides.count == 1 else {
            if sides.count != 2 { throw ValidationError("Give OLD and NEW (files or NAME@N), or one stored document's name.") }
            return
        }
        guard case .stored(_, nil)? = sides.first.map(DiffSide.init) else {
            throw ValidationError("One side alone must be a stored document's name (its latest two versions are compared); else give OLD and NEW.")
        }
    }

    func run() throws {
        let rules = rules, inputFormat = inputFormat.format, encoding = encoding, publisher = publisher
        var documents = ComparedDocuments(workbenchPath: try workbench.path, publisher: publisher,
                                          analyzer: { try rules.load(models: models).analyzer(publisher: publisher, format: inputFormat, encoding: encoding) },
                                          notice: StandardStream.standardError.notice)
        let (old, new) = try documents.diffSides(sides.map(DiffSide.init))
        StandardStream.standardOutput.write(format.reporter(all: all).render(DocumentDiff(old: old, new: new)))
    }
}
