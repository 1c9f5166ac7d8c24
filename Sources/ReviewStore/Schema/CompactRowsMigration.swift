import GRDB

/// The ninth migration, `v9-compact-rows`: assertions and findings store their repeated texts as
/// phrases (`CompactRows`, `Phrases`). Every row is copied into the new tables as ingest now
/// stores it; what each row reads back as is unchanged.
enum CompactRowsMigration {
    static func migrate(_ db: Database) throws {
        // The view reads `assertions`: renaming a table under it would fail.
        try db.execute(sql: """
            DROP VIEW search_content;
            CREATE TABLE phrases (
              id INTEGER PRIMARY KEY,
              hash INTEGER NOT NULL,
              text TEXT NOT NULL
            );
            CREATE INDEX phrases_by_hash ON phrases(hash);
            CREATE TABLE new_assertions (
              version_id INTEGER NOT NULL REFERENCES versions(id),
              id TEXT NOT NULL,
              position INTEGER NOT NULL,
              sentence INTEGER NOT NULL,
              paragraph INTEGER NOT NULL,
              start INTEGER NOT NULL,
              "end" INTEGER NOT NULL,
              text TEXT,
              kind INTEGER NOT NULL,
              checkworthiness NOT NULL,
              reasons TEXT NOT NULL,
              origin INTEGER NOT NULL,
              PRIMARY KEY (version_id, id)
            ) WITHOUT ROWID;
            CREATE TABLE new_findings (
              version_id INTEGER NOT NULL REFERENCES versions(id),
              id TEXT NOT NULL,
              rule INTEGER NOT NULL,
              category INTEGER NOT NULL,
              severity INTEGER NOT NULL,
              start INTEGER NOT NULL,
              "end" INTEGER NOT NULL,
              text TEXT,
              message NOT NULL,
              assertion_id,
              fields TEXT NOT NULL,
              shape INTEGER,
              PRIMARY KEY (version_id, id)
            ) WITHOUT ROWID;
            """)
        let phrases = Phrases(db)
        let assertions = try db.makeStatement(sql: """
            INSERT INTO new_assertions (version_id, id, position, sentence, paragraph, start, "end", text, kind, checkworthiness,
                                        reasons, origin)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let rows = try Row.fetchCursor(db, sql: """
            SELECT version_id, id, position, sentence, paragraph, start, "end", text, kind, checkworthiness, reasons, origin
            FROM assertions ORDER BY version_id, id
            """)
        while let row = try rows.next() {
            try assertions.execute(arguments: [
                row["version_id"], row["id"], row["position"], row["sentence"], row["paragraph"], row["start"], row["end"],
                row["text"], try phrases.id(row["kind"]), CompactRows.storedScore(row["checkworthiness"]), try phrases.storedReasons(row["reasons"]),
                try phrases.id(row["origin"]),
            ])
        }
        let findings = try db.makeStatement(sql: """
            INSERT INTO new_findings (version_id, id, rule, category, severity, start, "end", text, message, assertion_id, fields, shape)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        var version: (id: Int64, text: VersionText, positions: [String: Int64])?
        let findingRows = try Row.fetchCursor(db, sql: """
            SELECT f.version_id, f.id, f.rule, f.category, f.severity, f.start, f."end", f.text, f.message, f.assertion_id, f.fields
            FROM findings f ORDER BY f.version_id, f.id
            """)
        while let row = try findingRows.next() {
            let versionID: Int64 = row["version_id"]
            if version?.id != versionID {
                let text = try String.fetchOne(db, sql: "SELECT text FROM versions WHERE id = ?", arguments: [versionID]) ?? ""
                let positions = try Row.fetchAll(db, sql: "SELECT id, position FROM assertions WHERE version_id = ?", arguments: [versionID])
                version = (versionID, VersionText(text), Dictionary(positions.map { ($0["id"] as String, $0["position"] as Int64) }) { $1 })
            }
            let start: Int = row["start"], end: Int = row["end"]
            let text = version?.text.text(stored: row["text"], start: start, end: end) ?? ""
            let compact = CompactRows.finding(message: row["message"], text: text, fields: row["fields"])
            try findings.execute(arguments: [
                versionID, row["id"], try phrases.id(row["rule"]), try phrases.id(row["category"]), try phrases.id(row["severity"]),
                start, end, row["text"], try compact.isTemplate ? phrases.id(compact.message).databaseValue : compact.message.databaseValue,
                (row["assertion_id"] as String?).flatMap { version?.positions[$0] }?.databaseValue ?? row["assertion_id"],
                compact.fields, try compact.shape.map(phrases.id),
            ])
        }
        try db.execute(sql: """
            DROP TABLE assertions;
            ALTER TABLE new_assertions RENAME TO assertions;
            DROP TABLE findings;
            ALTER TABLE new_findings RENAME TO findings;
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
            """)
    }
}
