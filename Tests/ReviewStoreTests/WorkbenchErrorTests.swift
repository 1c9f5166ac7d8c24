import ReviewStore
import Testing

@Suite("Workbench errors: the messages a user sees")
struct WorkbenchErrorTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var error: WorkbenchError
        var message: String
        var testDescription: String { message }
    }

    /// Each message as the catch-all `invalid(String)` case spelled it before the cases took its place.
    static let cases = [
        Case(error: .unknownRating("true", scale: ["accurate", "mixed"]), message: "unknown rating 'true' (expected: accurate, mixed)"),
        Case(error: .credibilityOutOfRange(7),
             message: "credibility must be 1 to 6 (Admiralty: 1 confirmed … 6 cannot be judged), not 7"),
        Case(error: .unknownConfidence("sure"), message: "unknown confidence 'sure' (expected: low, medium, high)"),
        Case(error: .missingTag(claim: "3f2a9c1e55", tag: "needs-expert"), message: "claim 3f2a9c1e55 has no tag 'needs-expert'"),
        Case(error: .invalidDocumentName("a@b"), message: "document name 'a@b' cannot contain '@', ':' or control characters"),
        Case(error: .unknownVersion(document: "mek", number: 3, latest: 1), message: "mek has no version 3 (it has 1)"),
        Case(error: .ambiguousQuote(document: "mek", version: 2, occurrences: 3),
             message: "the quote occurs 3 times in mek@2; quote more of the sentence"),
        Case(error: .assertionExists(document: "mek", id: "3f2a9c1e55aa"), message: "mek already has this claim (3f2a9c1e55aa)"),
        Case(error: .alreadyDismissed(kind: "finding", id: "0123456789ab"), message: "finding 0123456789ab is already dismissed"),
        Case(error: .notDismissed(kind: "claim", id: "0123456789ab"), message: "claim 0123456789ab is not dismissed"),
        Case(error: .unknownGrade("G", source: nil),
             message: "unknown reliability 'G' (Admiralty grades: A completely reliable, B usually reliable, C fairly reliable, D not usually reliable, E unreliable, F cannot be judged)"),
        Case(error: .unknownGrade("G", source: "MEK"), message: "unknown reliability 'G' for MEK (Admiralty grades: A–F)"),
        Case(error: .invalidSearchQuery("prisoners AND", reason: "fts5: syntax error near \"\"", isFTS: true),
             message: "search query 'prisoners AND' is not valid FTS5 syntax: fts5: syntax error near \"\" — close every \"phrase\" and bracket, put AND, OR and NOT between words; or search plain words without quotes, brackets or operators"),
        Case(error: .exportLine(source: "a.jsonl", line: 1, .noHeader),
             message: "a.jsonl:1: no header: an export starts with {\"format\":\"assay-workbench\",\"schemaVersion\":…}"),
        Case(error: .exportLine(source: "a.jsonl", line: 5, .nulCharacter(table: "verdicts", column: "note")),
             message: "a.jsonl:5: the verdicts row's note holds a NUL character (\\u0000), which a workbench cannot keep"),
        Case(error: .importIntoNonEmpty(path: "w.sqlite", filled: ["1 analysts", "2 verdicts"]),
             message: "w.sqlite: the workbench is not empty (1 analysts, 2 verdicts); import only into a new workbench, e.g. --db new.sqlite (nothing was imported)"),
        Case(error: .unknownTables(["reports", "notes"]),
             message: "this assay does not know how to export the table(s) reports, notes; nothing was written"),
        Case(error: .backupDamaged(path: "copy.sqlite", problems: String(repeating: "x", count: 300)),
             message: "copy.sqlite: the copy failed its integrity check (\(String(repeating: "x", count: 200))); no copy was left"),
    ]

    @Test("a case's description is the message the user has always seen", arguments: cases)
    func message(_ example: Case) {
        #expect(example.error.description == example.message)
    }
}
