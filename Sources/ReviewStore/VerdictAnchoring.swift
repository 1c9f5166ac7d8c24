import AssayCore
import GRDB

/// Re-attaches verdicts to their claims in a new version of a document, the way web-annotation
/// tools re-attach notes to an edited page: each verdict-bearing assertion that is no longer in
/// the text is looked for by its quote and the text just before and after it. Found, its
/// verdicts follow it (marked for re-review); not found, they are orphaned — recorded as such,
/// never dropped.
enum VerdictAnchoring {
    struct Result {
        /// Earlier assertions whose verdicts now sit, for re-review, on a reworded assertion.
        var moved = 0
        /// Earlier assertions with verdicts that no assertion of the new version matches.
        var orphaned = 0
    }

    /// How alike the quote and an assertion's text must be (Dice over content words).
    static let threshold = 0.5
    /// Scalars of context taken on each side of a quote.
    static let contextLength = 60

    private struct Anchor {
        var id: String
        var quote: ContentWords
        var context: ContentWords
    }

    static func reanchor(_ db: Database, documentID: Int64, versionID: Int64, text: String,
                         assertions: [Assertion]) throws -> Result {
        let present = Set(assertions.map(\.id))
        let lost = try String.fetchAll(db, sql: "SELECT DISTINCT assertion_id FROM verdicts WHERE document_id = ? ORDER BY 1",
                                       arguments: [documentID]).filter { !present.contains($0) }
        guard !lost.isEmpty else { return Result() }
        let scalars = Array(text.unicodeScalars)
        let candidates = assertions.map { ($0.id, ContentWords($0.text), ContentWords(context(scalars, $0.start, $0.end))) }
        var texts: [Int64: [Unicode.Scalar]] = [:]
        var result = Result()
        for id in lost {
            guard let anchor = try anchor(db, documentID: documentID, versionID: versionID, id: id, texts: &texts) else { continue }
            var best: (id: String, score: Double)?
            for (candidateID, words, around) in candidates {
                let similarity = anchor.quote.similarity(to: words)
                guard similarity >= threshold else { continue }
                // The context breaks ties between similar sentences, as in annotation anchoring.
                let score = 0.8 * similarity + 0.2 * anchor.context.similarity(to: around)
                if score > (best?.score ?? 0) { best = (candidateID, score) }
            }
            try db.execute(sql: "INSERT INTO claim_moves (version_id, old_id, new_id, similarity) VALUES (?, ?, ?, ?)",
                           arguments: [versionID, id, best?.id, best?.score])
            if best == nil { result.orphaned += 1 } else { result.moved += 1 }
        }
        return result
    }

    /// The assertion as it last stood before this version: its words and its surroundings.
    private static func anchor(_ db: Database, documentID: Int64, versionID: Int64, id: String,
                               texts: inout [Int64: [Unicode.Scalar]]) throws -> Anchor? {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT a.version_id, a.text, a.start, a."end" FROM assertions a JOIN versions ver ON ver.id = a.version_id
            WHERE ver.document_id = ? AND a.id = ? AND a.version_id <> ? ORDER BY a.version_id DESC LIMIT 1
            """, arguments: [documentID, id, versionID]) else { return nil }
        let oldVersion: Int64 = row["version_id"]
        if texts[oldVersion] == nil {
            let text = try String.fetchOne(db, sql: "SELECT text FROM versions WHERE id = ?", arguments: [oldVersion]) ?? ""
            texts[oldVersion] = Array(text.unicodeScalars)
        }
        let scalars = texts[oldVersion] ?? [], start: Int = row["start"], end: Int = row["end"]
        return Anchor(id: id, quote: ContentWords(row["text"] ?? ScalarSlice.string(scalars, start, end)),
                      context: ContentWords(context(scalars, start, end)))
    }

    /// The text just before and just after `[start, end)`.
    private static func context(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
        ScalarSlice.string(scalars, start - contextLength, start) + " " + ScalarSlice.string(scalars, end, end + contextLength)
    }
}
