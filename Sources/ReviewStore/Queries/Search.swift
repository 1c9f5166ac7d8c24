import AssayCore
import GRDB

extension Workbench {
    /// Full-text search over assertion text, verdict notes and citation excerpts, best matches
    /// first: plain words and figures as given, or SQLite FTS5 syntax (`SearchQuery`).
    /// Each claim is found once, in its latest version; a claim no longer in its document's
    /// latest version only with `allVersions` (then the hit names the last version that had it).
    public func search(_ query: String, syntax: SearchQuery.Syntax = .automatic, document: String? = nil,
                       tag: String? = nil, allVersions: Bool = false, limit: Int = 50) throws(WorkbenchError) -> [SearchHit] {
        guard !query.trimmingCharacters(in: .whitespaces).isEmpty else { throw .emptySearchQuery }
        let parsed = SearchQuery(query, syntax: syntax)
        // Each literal is one more condition on the matched text, as written but for case.
        let literalConditions = parsed.literals.map { _ in " AND instr(lower(s.body), ?) > 0" }.joined()
        var arguments: StatementArguments = [parsed.expression, document, document, allVersions, tag, tag]
        for literal in parsed.literals { arguments += [literal] }
        arguments += [limit]
        do {
            return try database.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT CASE WHEN e.version_id IS NOT NULL THEN 'assertion' WHEN e.verdict_id IS NOT NULL THEN 'note'
                                ELSE 'citation' END AS kind,
                           d.name, e.subject, snippet(search_index, 0, '⟦', '⟧', '…', 16) AS snippet,
                           CASE WHEN e.version_id IS NOT NULL AND e.version_id <> lv.id
                                THEN (SELECT number FROM versions WHERE id = e.version_id) END AS version
                    FROM search_index s JOIN search_entries e ON e.id = s.rowid JOIN documents d ON d.id = e.document_id
                    JOIN latest_versions lv ON lv.document_id = d.id
                    WHERE search_index MATCH ? AND (? IS NULL OR d.name = ?)
                      AND (? OR e.version_id IS NULL OR e.version_id = lv.id)
                      AND (? IS NULL OR EXISTS (SELECT 1 FROM tags t WHERE t.document_id = d.id AND t.tag = ? AND (t.assertion_id = e.subject
                        OR t.assertion_id IN (SELECT m.old_id FROM claim_moves m JOIN latest_versions lv ON lv.id = m.version_id
                                              WHERE lv.document_id = d.id AND m.new_id = e.subject))))\(literalConditions)
                    ORDER BY rank LIMIT ?
                    """, arguments: arguments).map {
                    SearchHit(kind: $0["kind"], document: $0["name"], assertion: $0["subject"], snippet: $0["snippet"],
                              version: $0["version"])
                }
            }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_ERROR {
            // SQLITE_ERROR here is the query's fault (syntax, unterminated string, unknown column
            // filter); I/O and corruption have codes of their own.
            throw .invalidSearchQuery(query, reason: error.message ?? "syntax error", isFTS: parsed.isFTS)
        } catch {
            throw .cannotOpen(path: path, reason: Workbench.reason(error))
        }
    }
}
