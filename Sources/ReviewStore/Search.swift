import GRDB

extension Workbench {
    /// Full-text search (SQLite FTS5 query syntax: words, "phrases", prefix*, AND/OR/NOT) over
    /// assertion text, verdict notes and citation excerpts, best matches first.
    public func search(_ query: String, document: String? = nil, tag: String? = nil,
                       limit: Int = 50) throws(WorkbenchError) -> [SearchHit] {
        guard !query.trimmingCharacters(in: .whitespaces).isEmpty else { throw .invalid("the search query is empty") }
        do {
            return try database.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT s.kind, d.name, s.subject, snippet(search_index, 0, '⟦', '⟧', '…', 16) AS snippet
                    FROM search_index s JOIN documents d ON d.id = s.document_id
                    WHERE search_index MATCH ? AND (? IS NULL OR d.name = ?)
                      AND (? IS NULL OR EXISTS (SELECT 1 FROM tags t WHERE t.document_id = d.id AND t.assertion_id = s.subject AND t.tag = ?))
                    ORDER BY rank LIMIT ?
                    """, arguments: [query, document, document, tag, tag, limit]).map {
                    SearchHit(kind: $0["kind"], document: $0["name"], assertion: $0["subject"], snippet: $0["snippet"])
                }
            }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_ERROR {
            // SQLITE_ERROR here is the query's fault (syntax, unterminated string, unknown column
            // filter); I/O and corruption have codes of their own.
            throw .invalid("invalid search query '\(query)': \(error.message ?? "syntax error") (quote phrases with \"…\")")
        } catch {
            throw .cannotOpen(path: path, reason: Workbench.reason(error))
        }
    }
}
