import AssayText
import GRDB

/// The workbench's schema as an append-only list of migrations. A migration, once released, is
/// never edited: a change to the schema is a new migration at the end.
enum WorkbenchSchema {
    /// `PRAGMA application_id` of every workbench ("ASSY"), so any other SQLite file is recognised.
    static let applicationID: Int32 = 0x4153_5359

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-documents-and-verdicts", migrate: createCoreTables)
        migrator.registerMigration("v2-review-tools", migrate: createReviewTables)
        migrator.registerMigration("v3-claim-moves-and-authors", migrate: createClaimMoves)
        migrator.registerMigration("v4-texts-stored-once", migrate: storeTextsOnce)
        migrator.registerMigration("v5-sentence-spans", migrate: storeSentencesAsSpans)
        migrator.registerMigration("v6-verdict-retractions", migrate: addRetractions)
        migrator.registerMigration("v7-citation-titles-searched", migrate: searchCitationTitles)
        migrator.registerMigration("v8-version-evidence", migrate: addVersionEvidence)
        migrator.registerMigration("v9-compact-rows", migrate: CompactRowsMigration.migrate)
        migrator.registerMigration("v10-accounts", migrate: addAccounts)
        migrator.registerMigration("v11-assignments", migrate: addAssignments)
        return migrator
    }

    /// Migrations that copy whole tables into new ones: a workbench they upgrade is vacuumed
    /// after, to return the old tables' pages.
    static let rewritingMigrations: Set<String> = ["v4-texts-stored-once", "v9-compact-rows"]

    /// Migrations that change nothing an export holds (`WorkbenchExport.schemaVersion`): how rows
    /// are stored, or tables an export leaves out (the accounts). An export is read the same by an
    /// assay before them.
    static let exportNeutralMigrations: Set<String> = ["v9-compact-rows", "v10-accounts"]

    /// Which member of the desk is to review which claim (`assay assign`).
    private static func addAssignments(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE assignments (
              document_id INTEGER NOT NULL REFERENCES documents(id),
              assertion_id TEXT NOT NULL,
              analyst TEXT NOT NULL,
              assigned_by TEXT NOT NULL REFERENCES analysts(name),
              assigned_at TEXT NOT NULL,
              PRIMARY KEY (document_id, assertion_id, analyst)
            ) WITHOUT ROWID;
            CREATE INDEX assignments_by_analyst ON assignments(analyst, document_id);
            """)
    }

    /// The desk's accounts for the team server: a name, a role, a password's bcrypt hash.
    private static func addAccounts(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE accounts (
              name TEXT PRIMARY KEY NOT NULL,
              role TEXT NOT NULL CHECK (role IN ('analyst', 'curator', 'admin')),
              password_hash TEXT NOT NULL,
              created_at TEXT NOT NULL,
              changed_at TEXT NOT NULL
            ) WITHOUT ROWID
            """)
    }

    /// Documents, versions, assertions, findings, the source registry, analysts, verdicts,
    /// citations and the audit log.
    private static func createCoreTables(_ db: Database) throws {
        try db.execute(sql: "PRAGMA application_id = \(applicationID)")
        try db.execute(sql: """
            CREATE TABLE analysts (
              name TEXT PRIMARY KEY NOT NULL,
              created_at TEXT NOT NULL
            );
            CREATE TABLE documents (
              id INTEGER PRIMARY KEY,
              name TEXT NOT NULL UNIQUE,
              path TEXT,
              url TEXT,
              publisher TEXT,
              created_at TEXT NOT NULL
            );
            CREATE INDEX documents_by_path ON documents(path);
            CREATE INDEX documents_by_url ON documents(url);
            CREATE TABLE versions (
              id INTEGER PRIMARY KEY,
              document_id INTEGER NOT NULL REFERENCES documents(id),
              number INTEGER NOT NULL,
              content_hash TEXT NOT NULL,
              title TEXT,
              url TEXT,
              publisher TEXT,
              source TEXT NOT NULL,
              format TEXT NOT NULL,
              retrieved_at TEXT NOT NULL,
              ingested_by TEXT NOT NULL REFERENCES analysts(name),
              text TEXT NOT NULL,
              boilerplate TEXT NOT NULL,
              paragraphs TEXT NOT NULL,
              sentences TEXT NOT NULL,
              UNIQUE (document_id, number)
            );
            CREATE INDEX versions_by_hash ON versions(content_hash);
            CREATE INDEX versions_by_url ON versions(url);
            CREATE VIEW latest_versions AS
              SELECT * FROM versions v WHERE number = (SELECT max(number) FROM versions WHERE document_id = v.document_id);
            CREATE TABLE assertions (
              version_id INTEGER NOT NULL REFERENCES versions(id),
              id TEXT NOT NULL,
              position INTEGER NOT NULL,
              sentence INTEGER NOT NULL,
              paragraph INTEGER NOT NULL,
              start INTEGER NOT NULL,
              "end" INTEGER NOT NULL,
              text TEXT NOT NULL,
              kind TEXT NOT NULL,
              checkworthiness REAL NOT NULL,
              reasons TEXT NOT NULL,
              origin TEXT NOT NULL DEFAULT 'extractor',
              PRIMARY KEY (version_id, id)
            ) WITHOUT ROWID;
            CREATE INDEX assertions_by_id ON assertions(id);
            CREATE TABLE findings (
              version_id INTEGER NOT NULL REFERENCES versions(id),
              id TEXT NOT NULL,
              rule TEXT NOT NULL,
              category TEXT NOT NULL,
              severity TEXT NOT NULL,
              start INTEGER NOT NULL,
              "end" INTEGER NOT NULL,
              text TEXT NOT NULL,
              message TEXT NOT NULL,
              assertion_id TEXT,
              fields TEXT NOT NULL,
              PRIMARY KEY (version_id, id)
            ) WITHOUT ROWID;
            CREATE INDEX findings_by_id ON findings(id);
            CREATE TABLE sources (
              id INTEGER PRIMARY KEY,
              name TEXT NOT NULL UNIQUE COLLATE NOCASE,
              type TEXT,
              reliability TEXT CHECK (reliability IN ('A', 'B', 'C', 'D', 'E', 'F')),
              notes TEXT,
              aliases TEXT NOT NULL DEFAULT '[]',
              affiliations TEXT NOT NULL DEFAULT '[]',
              updated_at TEXT NOT NULL
            );
            CREATE TABLE verdicts (
              id INTEGER PRIMARY KEY,
              document_id INTEGER NOT NULL REFERENCES documents(id),
              assertion_id TEXT NOT NULL,
              version_id INTEGER NOT NULL REFERENCES versions(id),
              rating TEXT NOT NULL,
              credibility INTEGER CHECK (credibility BETWEEN 1 AND 6),
              confidence TEXT CHECK (confidence IN ('low', 'medium', 'high')),
              note TEXT,
              analyst TEXT NOT NULL REFERENCES analysts(name),
              created_at TEXT NOT NULL,
              request_key TEXT UNIQUE
            );
            CREATE INDEX verdicts_by_assertion ON verdicts(document_id, assertion_id);
            CREATE TRIGGER verdicts_no_update BEFORE UPDATE ON verdicts
              BEGIN SELECT RAISE(ABORT, 'verdicts are append-only: record a new verdict instead'); END;
            CREATE TRIGGER verdicts_no_delete BEFORE DELETE ON verdicts
              BEGIN SELECT RAISE(ABORT, 'verdicts are append-only: record a new verdict instead'); END;
            CREATE TABLE citations (
              id INTEGER PRIMARY KEY,
              document_id INTEGER NOT NULL REFERENCES documents(id),
              assertion_id TEXT NOT NULL,
              url TEXT NOT NULL,
              title TEXT,
              publisher TEXT,
              published TEXT,
              quote TEXT,
              stance TEXT NOT NULL CHECK (stance IN ('supports', 'refutes', 'context')),
              file_hash TEXT,
              file_name TEXT,
              analyst TEXT NOT NULL REFERENCES analysts(name),
              created_at TEXT NOT NULL
            );
            CREATE INDEX citations_by_assertion ON citations(document_id, assertion_id);
            CREATE TABLE audit_log (
              id INTEGER PRIMARY KEY,
              at TEXT NOT NULL,
              analyst TEXT NOT NULL,
              action TEXT NOT NULL,
              subject TEXT NOT NULL,
              detail TEXT NOT NULL
            );
            """)
    }

    /// Tags, analyst corrections (added and dismissed assertions, dismissed findings), attached
    /// files, per-workbench settings (the verdict scale) and the full-text index, which is
    /// filled from what the first migration set stored (as the index was then: with its own copy
    /// of the text, which the fourth migration drops).
    private static func createReviewTables(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE settings (
              key TEXT PRIMARY KEY NOT NULL,
              value TEXT NOT NULL
            );
            CREATE TABLE tags (
              document_id INTEGER NOT NULL REFERENCES documents(id),
              assertion_id TEXT NOT NULL,
              tag TEXT NOT NULL,
              analyst TEXT NOT NULL REFERENCES analysts(name),
              created_at TEXT NOT NULL,
              PRIMARY KEY (document_id, assertion_id, tag)
            );
            CREATE TABLE annotations (
              id INTEGER PRIMARY KEY,
              document_id INTEGER NOT NULL REFERENCES documents(id),
              assertion_id TEXT NOT NULL,
              quote TEXT NOT NULL,
              note TEXT,
              analyst TEXT NOT NULL REFERENCES analysts(name),
              created_at TEXT NOT NULL,
              UNIQUE (document_id, assertion_id)
            );
            CREATE TABLE dismissals (
              id INTEGER PRIMARY KEY,
              document_id INTEGER NOT NULL REFERENCES documents(id),
              target TEXT NOT NULL CHECK (target IN ('assertion', 'finding')),
              target_id TEXT NOT NULL,
              reason TEXT NOT NULL,
              analyst TEXT NOT NULL REFERENCES analysts(name),
              created_at TEXT NOT NULL,
              undone_by TEXT REFERENCES analysts(name),
              undone_at TEXT
            );
            CREATE INDEX dismissals_by_target ON dismissals(document_id, target, target_id);
            CREATE TABLE attachments (
              hash TEXT PRIMARY KEY NOT NULL,
              size INTEGER NOT NULL,
              content BLOB NOT NULL
            );
            CREATE VIRTUAL TABLE search_index USING fts5(
              body, kind UNINDEXED, document_id UNINDEXED, subject UNINDEXED,
              tokenize = 'unicode61 remove_diacritics 2'
            );
            INSERT INTO search_index (body, kind, document_id, subject)
              SELECT a.text, 'assertion', v.document_id, a.id
              FROM assertions a JOIN versions v ON v.id = a.version_id
              WHERE v.number = (SELECT max(v2.number) FROM versions v2 JOIN assertions a2 ON a2.version_id = v2.id
                                WHERE v2.document_id = v.document_id AND a2.id = a.id);
            INSERT INTO search_index (body, kind, document_id, subject)
              SELECT note, 'note', document_id, assertion_id FROM verdicts WHERE coalesce(note, '') <> '' ORDER BY id;
            INSERT INTO search_index (body, kind, document_id, subject)
              SELECT quote, 'citation', document_id, assertion_id FROM citations WHERE coalesce(quote, '') <> '' ORDER BY id;
            """)
    }

    /// Where each verdict-bearing assertion went in a later version: to a reworded assertion
    /// (its verdicts follow, marked for re-review) or nowhere (`new_id` NULL: the verdicts are
    /// orphaned, listed rather than dropped). Filled by every ingest of a new version.
    private static func createClaimMoves(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE claim_moves (
              version_id INTEGER NOT NULL REFERENCES versions(id),
              old_id TEXT NOT NULL,
              new_id TEXT,
              similarity REAL,
              PRIMARY KEY (version_id, old_id)
            ) WITHOUT ROWID;
            CREATE INDEX claim_moves_by_new ON claim_moves(version_id, new_id);
            ALTER TABLE versions ADD COLUMN author TEXT;
            """)
    }

    /// Every text stored once. An assertion's or a finding's `text` is NULL when it is its span of
    /// the version's text (`VersionText`), and the full-text index keeps no copy of what it
    /// indexes: an FTS5 external-content table that reads each entry's text through the
    /// `search_content` view from where it is stored. `search_entries` says what each indexed
    /// row is (`SearchIndex`); like the index, it is derived data, rebuilt here and by import.
    ///
    /// The indexes on assertion and finding ids alone go: a lookup by id goes through the
    /// versions (a primary-key search per document), and random ids scattered every batch of
    /// new rows over all of those indexes' pages, each rewritten at every commit.
    ///
    /// Frozen: it uses only its own SQL and `FrozenV4`, never application code, so that what it
    /// does to a third-version workbench cannot change when that code does.
    private static func storeTextsOnce(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE new_assertions (
              version_id INTEGER NOT NULL REFERENCES versions(id),
              id TEXT NOT NULL,
              position INTEGER NOT NULL,
              sentence INTEGER NOT NULL,
              paragraph INTEGER NOT NULL,
              start INTEGER NOT NULL,
              "end" INTEGER NOT NULL,
              text TEXT,
              kind TEXT NOT NULL,
              checkworthiness REAL NOT NULL,
              reasons TEXT NOT NULL,
              origin TEXT NOT NULL DEFAULT 'extractor',
              PRIMARY KEY (version_id, id)
            ) WITHOUT ROWID;
            CREATE TABLE new_findings (
              version_id INTEGER NOT NULL REFERENCES versions(id),
              id TEXT NOT NULL,
              rule TEXT NOT NULL,
              category TEXT NOT NULL,
              severity TEXT NOT NULL,
              start INTEGER NOT NULL,
              "end" INTEGER NOT NULL,
              text TEXT,
              message TEXT NOT NULL,
              assertion_id TEXT,
              fields TEXT NOT NULL,
              PRIMARY KEY (version_id, id)
            ) WITHOUT ROWID;
            """)
        try FrozenV4.copyLeavingOutSpanTexts(db, from: "assertions", to: "new_assertions", columns: [
            "version_id", "id", "position", "sentence", "paragraph", "start", "end", "text", "kind", "checkworthiness", "reasons", "origin",
        ])
        try FrozenV4.copyLeavingOutSpanTexts(db, from: "findings", to: "new_findings", columns: [
            "version_id", "id", "rule", "category", "severity", "start", "end", "text", "message", "assertion_id", "fields",
        ])
        try db.execute(sql: """
            DROP TABLE assertions;
            ALTER TABLE new_assertions RENAME TO assertions;
            DROP TABLE findings;
            ALTER TABLE new_findings RENAME TO findings;
            DROP TABLE search_index;
            CREATE TABLE search_entries (
              id INTEGER PRIMARY KEY,
              document_id INTEGER NOT NULL,
              subject TEXT NOT NULL,
              version_id INTEGER,
              verdict_id INTEGER,
              citation_id INTEGER
            );
            CREATE VIEW search_content AS
              SELECT e.id, CASE
                WHEN e.version_id IS NOT NULL THEN (
                  SELECT coalesce(a.text, substr(ver.text, a.start + 1, a."end" - a.start)) FROM assertions a JOIN versions ver ON ver.id = a.version_id
                  WHERE a.version_id = e.version_id AND a.id = e.subject)
                WHEN e.verdict_id IS NOT NULL THEN (SELECT note FROM verdicts WHERE id = e.verdict_id)
                ELSE (SELECT quote FROM citations WHERE id = e.citation_id)
              END AS body
              FROM search_entries e;
            CREATE VIRTUAL TABLE search_index USING fts5(
              body, content = 'search_content', content_rowid = 'id',
              tokenize = 'unicode61 remove_diacritics 2'
            );
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
              SELECT document_id, assertion_id, id FROM citations WHERE coalesce(quote, '') <> '' ORDER BY id;
            INSERT INTO search_index (rowid, body)
              SELECT e.id, v.note FROM search_entries e JOIN verdicts v ON v.id = e.verdict_id;
            INSERT INTO search_index (rowid, body)
              SELECT e.id, c.quote FROM search_entries e JOIN citations c ON c.id = e.citation_id;
            """)
        try FrozenV4.indexAssertionTexts(db)
    }

    /// Sentences stored in one shape. Versions stored before sentences were kept as spans hold
    /// full sentence objects (`[{"index":…,"paragraph":…,"start":…,"end":…,"text":…}, …]`);
    /// they become `[[index, paragraph, start, end], …]` (`SentenceSpans`), the text left to the
    /// version's. JSON that is not an array of objects is left as it is.
    /// A retraction is a verdict row of its own (rating `retracted`) naming the verdict it takes
    /// back, so the history stays append-only. `standing_verdicts` are the verdicts neither
    /// retracted nor retractions: a claim's current verdict is its latest standing one.
    private static func addRetractions(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE verdicts ADD COLUMN retracts INTEGER REFERENCES verdicts(id);
            CREATE UNIQUE INDEX verdicts_by_retracted ON verdicts(retracts) WHERE retracts IS NOT NULL;
            CREATE VIEW standing_verdicts AS
              SELECT * FROM verdicts v WHERE v.retracts IS NULL
                AND NOT EXISTS (SELECT 1 FROM verdicts r WHERE r.retracts = v.id);
            """)
    }

    /// A citation is searched by its excerpt, title and publisher together (`SearchIndex.citationBody`:
    /// the same text, computed the same way). Frozen with the migration.
    private static func searchCitationTitles(_ db: Database) throws {
        try db.execute(sql: """
            DROP VIEW search_content;
            CREATE VIEW search_content AS
              SELECT e.id, CASE
                WHEN e.version_id IS NOT NULL THEN (
                  SELECT coalesce(a.text, substr(ver.text, a.start + 1, a."end" - a.start)) FROM assertions a JOIN versions ver ON ver.id = a.version_id
                  WHERE a.version_id = e.version_id AND a.id = e.subject)
                WHEN e.verdict_id IS NOT NULL THEN (SELECT note FROM verdicts WHERE id = e.verdict_id)
                ELSE (SELECT trim(coalesce(quote, '') || coalesce(' ' || nullif(title, ''), '') || coalesce(' ' || nullif(publisher, ''), ''))
                      FROM citations WHERE id = e.citation_id)
              END AS body
              FROM search_entries e;
            INSERT INTO search_entries (document_id, subject, citation_id)
              SELECT document_id, assertion_id, id FROM citations
              WHERE coalesce(quote, '') = '' AND trim(coalesce(title, '') || coalesce(publisher, '')) <> '' ORDER BY id;
            INSERT INTO search_index (search_index) VALUES ('rebuild');
            """)
    }

    /// A version read from a web address or a PDF keeps the bytes it was read from (its
    /// evidence, in `attachments` by content hash) and, when fetched, the address the fetch
    /// ended at after redirects. `media_type` is what the server or the file said it was.
    private static func addVersionEvidence(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE versions ADD COLUMN evidence_hash TEXT REFERENCES attachments(hash);
            ALTER TABLE versions ADD COLUMN fetched_from TEXT;
            ALTER TABLE attachments ADD COLUMN media_type TEXT;
            CREATE INDEX versions_by_evidence ON versions(evidence_hash) WHERE evidence_hash IS NOT NULL;
            """)
    }

    private static func storeSentencesAsSpans(_ db: Database) throws {
        try db.execute(sql: legacySentencesToSpans)
    }

    /// The rewrite of the fifth migration, frozen with it; import runs it too, on rows exported
    /// before it. (`json_each` yields an array's elements in order, and the aggregate keeps it.)
    static let legacySentencesToSpans = """
        UPDATE versions SET sentences = (
          SELECT json_group_array(json_array(json_extract(value, '$.index'), json_extract(value, '$.paragraph'),
                                             json_extract(value, '$.start'), json_extract(value, '$.end')))
          FROM json_each(versions.sentences)
        )
        WHERE CASE WHEN json_valid(sentences) THEN json_type(sentences, '$[0]') = 'object' ELSE 0 END
        """
}

/// What the fourth migration computes over rows, frozen on purpose: a copy of `VersionText` and
/// of the assertion half of `SearchIndex.rebuild` as they were when the migration was released.
/// Never change it to follow those types; a change to how texts are stored is a new migration.
private enum FrozenV4 {
    /// Copies every row of `table` (whose columns, as the third migration left them, are
    /// `columns`), one version at a time, with its text left out where its span gives it back.
    static func copyLeavingOutSpanTexts(_ db: Database, from table: String, to newTable: String, columns: [String]) throws {
        guard let textColumn = columns.firstIndex(of: "text") else { return }
        let names = columns.map { "\"\($0)\"" }.joined(separator: ", ")
        let insert = try db.makeStatement(sql: """
            INSERT INTO \(newTable) (\(names)) VALUES (\(Array(repeating: "?", count: columns.count).joined(separator: ", ")))
            """)
        let versions = try Row.fetchCursor(db, sql: "SELECT id, text FROM versions ORDER BY id")
        while let version = try versions.next() {
            let text = SpanText(version["text"])
            let rows = try Row.fetchAll(db, sql: "SELECT \(names) FROM \(table) WHERE version_id = ?", arguments: [version["id"]])
            for row in rows {
                var values = Array(row.databaseValues)
                values[textColumn] = text.stored(row["text"], start: row["start"], end: row["end"]).databaseValue
                try insert.execute(arguments: StatementArguments(values))
            }
        }
    }

    /// Indexes the words of every assertion entry, its text cut from its version's text one
    /// version at a time (through `search_content`, SQLite would read the whole version's text
    /// again for every assertion).
    static func indexAssertionTexts(_ db: Database) throws {
        let index = try db.makeStatement(sql: "INSERT INTO search_index (rowid, body) VALUES (?, ?)")
        let rows = try Row.fetchCursor(db, sql: """
            SELECT e.id, e.version_id, a.text, a.start, a."end" FROM search_entries e
            JOIN assertions a ON a.version_id = e.version_id AND a.id = e.subject
            ORDER BY e.version_id, e.id
            """)
        var version: (id: Int64, text: SpanText)?
        while let row = try rows.next() {
            let id: Int64 = row["version_id"]
            if version?.id != id {
                let text = try String.fetchOne(db, sql: "SELECT text FROM versions WHERE id = ?", arguments: [id]) ?? ""
                version = (id, SpanText(text))
            }
            let body = version?.text.text(stored: row["text"], start: row["start"], end: row["end"]) ?? ""
            try index.execute(arguments: [row["id"] as Int64, body])
        }
    }

    /// `VersionText` as released with the fourth migration: what it stores and reads is frozen
    /// here; cutting by Unicode scalars is `ScalarIndexedText`, whose meaning is the definition of
    /// a span. A text holding a NUL never leaves its rows' texts out (SQLite's `substr()` stops
    /// at a NUL).
    struct SpanText {
        private let text: ScalarIndexedText
        private let sliceable: Bool

        init(_ text: String) {
            self.text = ScalarIndexedText(text)
            sliceable = !self.text.utf8.contains(0)
        }

        /// What to store in a row's `text` column: nil when the span gives the text back.
        func stored(_ text: String, start: Int, end: Int) -> String? {
            guard sliceable, 0 <= start, start <= end, end <= self.text.scalarCount else { return text }
            let bytes = self.text.byteRange(start, end)
            guard text.utf8.count == bytes.count else { return text }
            return text.utf8.elementsEqual(self.text.utf8[bytes]) ? nil : text
        }

        /// A row's text: the stored one, else its span, clamped to the text.
        func text(stored: String?, start: Int, end: Int) -> String {
            stored ?? text.slice(start, end)
        }
    }
}
