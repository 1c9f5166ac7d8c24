import AssayCore

/// Why a workbench operation was refused. Each case says what went wrong in the analyst's words
/// and carries what the message names; the CLI prints `error: <description>` and exits 2. A
/// refused operation changes nothing.
public enum WorkbenchError: Error, Equatable, CustomStringConvertible {
    // The workbench file.
    /// The file exists but is not an SQLite database.
    case notADatabase(path: String)
    /// An SQLite database that some other program owns.
    case notAWorkbench(path: String)
    /// Written by a newer `assay`: refused rather than touched.
    case newerSchema(path: String)
    case missing(path: String)
    case cannotOpen(path: String, reason: String)
    case readOnly(path: String)
    /// SQLite's quick check found the file damaged: commands that write refuse it.
    case damaged(path: String, problem: String)
    case storage(String)

    // What a command names.
    case unknownClaim(String)
    case ambiguousClaim(String, candidates: [String])
    /// A claim no longer in its document's latest version: `show` opens it, nothing records on it.
    case claimOfEarlierVersion(String, document: String, version: Int)
    case unknownFinding(String)
    case ambiguousFinding(String, candidates: [String])
    case unknownDocument(String)
    case unknownEvidence(String)
    case ambiguousEvidence(String, candidates: [String])
    case unknownSource(String)
    /// A document's version that was never stored; `latest` is the number of its latest version.
    case unknownVersion(document: String, number: Int, latest: Int)
    /// A name that is blank (only spaces and tabs).
    case emptyDocumentName
    /// A name holding `@` or `:` (which separate versions and claim ids) or a control character.
    case invalidDocumentName(String)
    /// Renaming a document to a name another document has.
    case documentNameTaken(String)
    /// Deleting a document (or version) that holds review work, without `--force`.
    case deletionHoldsReviewWork(document: String, work: String)

    // Verdicts and the verdict scale.
    /// A rating that is not on the workbench's verdict scale.
    case unknownRating(String, scale: [String])
    /// An Admiralty credibility outside 1…6.
    case credibilityOutOfRange(Int)
    case unknownConfidence(String)
    /// A scale with no rating, or with a blank rating or one holding spaces.
    case invalidVerdictScale
    case repeatedRating
    /// `retract` on a claim with no standing verdict of this analyst's.
    case noVerdictToRetract(claim: String, analyst: String)

    // Citations and tags.
    /// Not an absolute http(s) URL with a host.
    case invalidURL(String)
    case noTags
    /// A tag that is empty or holds whitespace.
    case invalidTag(String)
    /// Removing a tag the claim does not have.
    case missingTag(claim: String, tag: String)

    // Corrections: added assertions and dismissals.
    case emptyQuote
    /// The quote is not in the document's latest version, `number`.
    case quoteNotFound(document: String, version: Int)
    /// The quote occurs more than once in the document's latest version, `number`.
    case ambiguousQuote(document: String, version: Int, occurrences: Int)
    /// The quoted assertion is already one of the document's (`id` its assertion id).
    case assertionExists(document: String, id: String)
    /// Undoing a dismissal that is not there; `kind` is `claim` or `finding`.
    case notDismissed(kind: String, id: String)
    /// Dismissing again what is dismissed; `kind` is `claim` or `finding`.
    case alreadyDismissed(kind: String, id: String)
    /// A dismissal given without a reason.
    case dismissalNeedsReason

    // The source registry.
    /// A name or alias that another source already has (`existing` is that source's name).
    case sourceExists(String, existing: String)
    /// Not an Admiralty grade A–F; `source` names the source when the grade came with one.
    case unknownGrade(String, source: String?)
    case emptyAffiliate
    case unnamedSource

    // Accounts.
    case accountExists(String)
    case unknownAccount(String)
    /// Empty, longer than 64 characters, or holding a space or a control character.
    case invalidAccountName(String)
    /// An overlap below one, or above the number of members given.
    case invalidOverlap(Int, members: Int)

    // Search.
    case emptySearchQuery
    /// SQLite's full-text search refused the query; `reason` is its message.
    case invalidSearchQuery(String, reason: String, isFTS: Bool)

    // Export, import and backup.
    /// A line of a workbench export that cannot be read, or whose row this workbench refuses.
    case exportLine(source: String, line: Int, ExportLineProblem)
    /// An import into a workbench that has rows; `filled` lists each such table with its count
    /// (`3 verdicts`).
    case importIntoNonEmpty(path: String, filled: [String])
    /// Tables in the workbench that this assay's export list does not name.
    case unknownTables([String])
    /// A REAL value that is infinite, which JSON cannot carry.
    case infiniteNumber(table: String, column: String)
    /// A backup's destination that already exists (a file, or a symlink, even a dangling one).
    case backupExists(path: String)
    case backupNotCreated(path: String, reason: String)
    /// The backup's mode could not be set to owner-only.
    case backupNotOwnerOnly(path: String, reason: String)
    case backupFailed(path: String, reason: String)
    /// The copy failed `PRAGMA integrity_check`; `problems` is what the check said.
    case backupDamaged(path: String, problems: String)

    public var description: String {
        switch self {
        case .notADatabase(let path): "\(path): is not an SQLite database (not an Assay workbench); nothing was changed"
        case .notAWorkbench(let path): "\(path): is an SQLite database but not an Assay workbench; nothing was changed"
        case .newerSchema(let path): "\(path): was written by a newer version of assay; upgrade assay to use it (nothing was changed)"
        case .missing(let path): "\(path): no workbench there; create it with 'assay init --db \(path)', or store documents in it with 'assay ingest FILE --db \(path)'"
        case .cannotOpen(let path, let reason): "\(path): cannot open the workbench: \(reason)"
        case .readOnly(let path): "\(path): the workbench is read-only; this command writes, so nothing was changed"
        case .damaged(let path, let problem):
            "\(path): the workbench file is damaged (\(problem)), so this command, which writes, changed nothing; "
                + "'assay check' lists the problems, read commands still work, restore from a backup"
        case .storage(let message): "the workbench could not be written: \(message); nothing was changed"

        case .unknownClaim(let id): "no claim with id '\(id)' (see 'assay claims')"
        case .noVerdictToRetract(let claim, let analyst): "claim \(claim) has no verdict of \(analyst)'s to retract (see 'assay show \(claim)')"
        case .ambiguousClaim(let id, let candidates):
            "claim id '\(id)' is ambiguous: it matches \(candidates.prefix(5).joined(separator: ", "))\(candidates.count > 5 ? "…" : ""); give more characters"
        case .claimOfEarlierVersion(let id, let document, let version):
            "claim '\(id)' is in \(document)@\(version) but not in the latest version of \(document): "
                + "'assay show \(id)' shows it and where it went; record on the latest version's claims ('assay claims \(document)')"
        case .unknownFinding(let id): "no finding with id '\(id)' (see 'assay findings')"
        case .ambiguousFinding(let id, let candidates):
            "finding id '\(id)' is ambiguous: it matches \(candidates.prefix(5).joined(separator: ", "))\(candidates.count > 5 ? "…" : ""); give more characters"
        case .unknownEvidence(let hash): "no stored evidence with hash '\(hash)' (see 'assay evidence')"
        case .ambiguousEvidence(let hash, let candidates):
            "evidence hash '\(hash)' is ambiguous: it matches \(candidates.prefix(5).map { String($0.prefix(16)) }.joined(separator: ", "))\(candidates.count > 5 ? "…" : ""); give more characters"
        case .unknownDocument(let name): "no document named '\(name)' in the workbench (see 'assay claims' or 'assay stats')"
        case .unknownSource(let name): "no source named '\(name)' in the registry (see 'assay sources list')"
        case .unknownVersion(let document, let number, let latest): "\(document) has no version \(number) (it has \(latest))"
        case .emptyDocumentName: "a document name cannot be empty"
        case .invalidDocumentName(let name): "document name '\(name)' cannot contain '@', ':' or control characters"
        case .documentNameTaken(let name): "a document named '\(name)' is already in the workbench; choose another name"
        case .deletionHoldsReviewWork(let document, let work):
            "\(document) holds \(work); nothing was deleted. Give --force to delete it anyway: that work is first written, with the document, to an export file (--export FILE, or one beside the workbench) that 'assay import' reads into a new workbench"

        case .accountExists(let name): "an account named '\(name)' already exists (see 'assay users list')"
        case .unknownAccount(let name): "no account named '\(name)' (see 'assay users list')"
        case .invalidOverlap(let overlap, let members):
            members == 0 ? "name the members to assign to (--to maria,tom)"
                : "each claim can go to 1 to \(members) of the \(members) member\(members == 1 ? "" : "s") named, not \(overlap)"
        case .invalidAccountName(let name):
            "account name '\(name)' must be 1 to 64 characters without spaces or control characters"

        case .unknownRating(let rating, let scale): "unknown rating '\(rating)' (expected: \(scale.joined(separator: ", ")))"
        case .credibilityOutOfRange(let credibility):
            "credibility must be 1 to 6 (Admiralty: 1 confirmed … 6 cannot be judged), not \(credibility)"
        case .unknownConfidence(let confidence):
            "unknown confidence '\(confidence)' (expected: \(Workbench.confidenceLevels.joined(separator: ", ")))"
        case .invalidVerdictScale: "a verdict scale is one or more ratings without spaces, such as: accurate mixed inaccurate"
        case .repeatedRating: "the verdict scale names a rating twice"

        case .invalidURL(let url): "invalid URL '\(url)': a citation needs an absolute http:// or https:// address"
        case .noTags: "give at least one tag"
        case .invalidTag(let tag): "invalid tag '\(tag)': a tag is one word without spaces, such as needs-expert"
        case .missingTag(let claim, let tag): "claim \(claim) has no tag '\(tag)'"

        case .emptyQuote: "the quote is empty"
        case .quoteNotFound(let document, let version):
            "the quote is not in \(document)@\(version) (it must match the text exactly)"
        case .ambiguousQuote(let document, let version, let occurrences):
            "the quote occurs \(occurrences) times in \(document)@\(version); quote more of the sentence"
        case .assertionExists(let document, let id): "\(document) already has this claim (\(AssertionID.shown(id)))"
        case .notDismissed(let kind, let id): "\(kind) \(AssertionID.shown(id)) is not dismissed"
        case .alreadyDismissed(let kind, let id): "\(kind) \(AssertionID.shown(id)) is already dismissed"
        case .dismissalNeedsReason: "give the reason with --reason"

        case .sourceExists(let name, let existing): "'\(name)' is already in the registry as \(existing)"
        case .unknownGrade(let grade, nil):
            "unknown reliability '\(grade)' (Admiralty grades: A completely reliable, B usually reliable, C fairly reliable, "
                + "D not usually reliable, E unreliable, F cannot be judged)"
        case .unknownGrade(let grade, let source?): "unknown reliability '\(grade)' for \(source) (Admiralty grades: A–F)"
        case .emptyAffiliate: "the affiliate's name is empty"
        case .unnamedSource: "a source needs a name"

        case .emptySearchQuery: "the search query is empty"
        case .invalidSearchQuery(let query, let reason, let isFTS):
            isFTS ? "search query '\(query)' is not valid FTS5 syntax: \(reason) — close every \"phrase\" and bracket, "
                + "put AND, OR and NOT between words; or search plain words without quotes, brackets or operators"
                : "cannot search for '\(query)': \(reason)"

        case .exportLine(let source, let line, let problem): "\(source):\(line): \(problem)"
        case .importIntoNonEmpty(let path, let filled):
            "\(path): the workbench is not empty (\(filled.joined(separator: ", "))); "
                + "import only into a new workbench, e.g. --db new.sqlite (nothing was imported)"
        case .unknownTables(let tables):
            "this assay does not know how to export the table(s) \(tables.joined(separator: ", ")); nothing was written"
        case .infiniteNumber(let table, let column):
            "\(table).\(column) holds an infinite number, which JSON cannot carry; the export stopped"
        case .backupExists(let path):
            "\(path): already exists; a backup never overwrites a file, so give a new path (nothing was written)"
        case .backupNotCreated(let path, let reason): "\(path): cannot create the backup: \(reason)"
        case .backupNotOwnerOnly(let path, let reason): "\(path): cannot make the backup owner-only: \(reason)"
        case .backupFailed(let path, let reason): "\(path): the backup failed: \(reason) (no copy was left)"
        case .backupDamaged(let path, let problems):
            "\(path): the copy failed its integrity check (\(problems.prefix(200))); no copy was left"
        }
    }
}
