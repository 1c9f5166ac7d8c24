import AssayCore
import GRDB

/// A word's place in the workbench's full-text index of claims: how many claims hold it, and which
/// (when there are few).
public struct IndexedWord: Sendable {
    /// Index entries holding one of the word's spellings: claims (earlier wordings too), and the
    /// few verdict notes and citation quotes — counted without telling them apart, which for a
    /// common word would cost a look-up per entry.
    public var frequency: Int
    /// The claims, as (document name, assertion id), when `frequency` is within the limit asked.
    public var claims: [(document: String, claim: String)]?
}

extension Workbench {
    /// How many claims the full-text index holds (every stored wording; notes and quotes left out).
    public func indexedClaimCount() throws(WorkbenchError) -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM search_entries WHERE version_id IS NOT NULL") ?? 0 }
    }

    /// For each word, given as the spellings that count as it ("rally", "rallies"): how many
    /// indexed claims hold it, and which when no more than `limit` do. What `assay match --doc`
    /// looks up instead of reading the whole archive: the index is SQLite's FTS5 `search_index`,
    /// whose tokenizer folds case and diacritics as match does.
    public func indexedWords(_ words: [[String]], listingAtMost limit: Int) throws(WorkbenchError) -> [IndexedWord] {
        try read { db in
            let count = try db.cachedStatement(sql: "SELECT count(*) FROM search_index WHERE search_index MATCH ?")
            let holders = try db.cachedStatement(sql: """
                SELECT d.name, e.subject FROM search_index s JOIN search_entries e ON e.id = s.rowid
                JOIN documents d ON d.id = e.document_id WHERE search_index MATCH ? AND e.version_id IS NOT NULL
                """)
            return try words.map { spellings in
                // Quoted, each spelling is one token sequence whatever its characters.
                let query = spellings.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: " OR ")
                guard !spellings.isEmpty else { return IndexedWord(frequency: 0, claims: []) }
                let frequency = try Int.fetchOne(count, arguments: [query]) ?? 0
                guard frequency <= limit else { return IndexedWord(frequency: frequency, claims: nil) }
                let claims = try Row.fetchAll(holders, arguments: [query]).map { (document: $0[0] as String, claim: $0[1] as String) }
                return IndexedWord(frequency: frequency, claims: claims)
            }
        }
    }
}
