import Foundation
import GRDB

/// The FTS5 index over assertion text, verdict notes and citation excerpts. It keeps no copy of
/// the text: each indexed row is an entry of `search_entries` — the document and assertion it
/// belongs to, and where its text is stored: an assertion of a version (`version_id`), a
/// verdict's note (`verdict_id`) or a citation's excerpt (`citation_id`) — and FTS5 reads the
/// text back through the `search_content` view for snippets. It is derived data: every row can
/// be rebuilt from the tables it indexes (after an import or an upgrade).
///
/// Entries are only ever added, and the rows they point to are never changed or deleted, so the
/// index never has to delete a row — which an external-content index can do only given the
/// text it indexed.
enum SearchIndex {
    /// What an entry is: an assertion's text, a verdict's note or a citation's excerpt.
    enum Kind {
        case assertion
        case note
        case citation

        /// The entry's column that says where its text is stored.
        fileprivate var sourceColumn: EntryColumn {
            switch self {
            case .assertion: .versionID
            case .note: .verdictID
            case .citation: .citationID
            }
        }
    }

    /// An entry whose words are still to be indexed.
    struct Pending {
        var entry: Int64
        var body: String
    }

    /// Records entries and indexes their words, each statement prepared once for many rows.
    struct Writer {
        private let db: Database
        private let entries: RowInserter<EntryColumn>
        private let words: RowInserter<WordColumn>

        init(_ db: Database) throws {
            self.db = db
            entries = try RowInserter(db)
            words = try RowInserter(db)
        }

        /// Records what an entry is: `source` is the version of an assertion, the verdict of a
        /// note, the citation of an excerpt. Returns the entry, to `index`.
        func enter(_ kind: Kind, documentID: Int64, assertionID: String, source: Int64) throws -> Int64 {
            entries.bind(documentID, to: .documentID)
            entries.bind(assertionID, to: .subject)
            entries.bind(source, to: kind.sourceColumn)
            try entries.insert()
            return db.lastInsertedRowID
        }

        func index(_ pending: Pending) throws {
            words.bind(pending.entry, to: .rowid)
            words.bind(pending.body, to: .body)
            try words.insert()
        }
    }

    /// The columns of `search_entries`; an entry's two other sources stay NULL.
    fileprivate enum EntryColumn: Int32, InsertColumn {
        case documentID = 1, subject, versionID, verdictID, citationID

        static let table = "search_entries"

        var name: String {
            switch self {
            case .documentID: "document_id"
            case .subject: "subject"
            case .versionID: "version_id"
            case .verdictID: "verdict_id"
            case .citationID: "citation_id"
            }
        }
    }

    fileprivate enum WordColumn: Int32, InsertColumn {
        case rowid = 1, body

        static let table = "search_index"

        var name: String {
            switch self {
            case .rowid: "rowid"
            case .body: "body"
            }
        }
    }

    /// What a citation is searched by: its excerpt, title and publisher, as `search_content`
    /// reads them: the parts there are, a space between, spaces trimmed at the ends.
    static func citationBody(quote: String?, title: String?, publisher: String?) -> String {
        let parts = (quote ?? "") + [title, publisher].map { part in part.map { $0.isEmpty ? "" : " " + $0 } ?? "" }.joined()
        return parts.trimmingCharacters(in: CharacterSet(charactersIn: " "))
    }

    /// Records and indexes one text; an empty one is not indexed.
    static func add(_ db: Database, kind: Kind, body: String, documentID: Int64, assertionID: String, source: Int64) throws {
        guard !body.isEmpty else { return }
        let writer = try Writer(db)
        try writer.index(Pending(entry: try writer.enter(kind, documentID: documentID, assertionID: assertionID, source: source),
                                 body: body))
    }

    /// Indexes every assertion of a document once (its text in the latest version that has it),
    /// every verdict note and every citation excerpt. Import runs this; the fourth migration has
    /// its own frozen copy, so this may change with the index's tables.
    static func rebuild(_ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO search_index (search_index) VALUES ('delete-all');
            DELETE FROM search_entries;
            INSERT INTO search_entries (document_id, subject, version_id)
              SELECT v.document_id, a.id, a.version_id
              FROM assertions a JOIN versions v ON v.id = a.version_id
              WHERE v.number = (SELECT max(v2.number) FROM versions v2 JOIN assertions a2 ON a2.version_id = v2.id
                                WHERE v2.document_id = v.document_id AND a2.id = a.id)
              ORDER BY a.version_id, a.position;
            INSERT INTO search_entries (document_id, subject, verdict_id)
              SELECT document_id, assertion_id, id FROM verdicts WHERE coalesce(note, '') <> '' ORDER BY id;
            INSERT INTO search_entries (document_id, subject, citation_id)
              SELECT document_id, assertion_id, id FROM citations
              WHERE trim(coalesce(quote, '') || coalesce(' ' || nullif(title, ''), '') || coalesce(' ' || nullif(publisher, ''), '')) <> '' ORDER BY id;
            INSERT INTO search_index (rowid, body)
              SELECT e.id, v.note FROM search_entries e JOIN verdicts v ON v.id = e.verdict_id;
            INSERT INTO search_index (rowid, body)
              SELECT e.id, trim(coalesce(c.quote, '') || coalesce(' ' || nullif(c.title, ''), '') || coalesce(' ' || nullif(c.publisher, ''), ''))
              FROM search_entries e JOIN citations c ON c.id = e.citation_id;
            """)
        // Assertion texts are cut from their version's text here, one version at a time: through
        // `search_content`, SQLite would read the whole version's text again for every assertion.
        let writer = try Writer(db)
        let rows = try Row.fetchCursor(db, sql: """
            SELECT e.id, e.version_id, a.text, a.start, a."end" FROM search_entries e
            JOIN assertions a ON a.version_id = e.version_id AND a.id = e.subject
            ORDER BY e.version_id, e.id
            """)
        var version: (id: Int64, text: VersionText)?
        while let row = try rows.next() {
            let id: Int64 = row["version_id"]
            if version?.id != id {
                version = (id, try ClaimQueries.text(db, version: id))
            }
            let body = version?.text.text(stored: row["text"], start: row["start"], end: row["end"]) ?? ""
            try writer.index(Pending(entry: row["id"], body: body))
        }
    }
}
