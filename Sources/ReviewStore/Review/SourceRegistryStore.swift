import AssayCore
import Foundation
import GRDB

extension Workbench {
    public func sources() throws(WorkbenchError) -> [SourceEntry] {
        try read { db in try Row.fetchAll(db, sql: "SELECT * FROM sources ORDER BY name").map(SourceRows.entry) }
    }

    /// Adds a new source; a name or alias already in the registry is refused.
    public func addSource(_ source: SourceEntry, analyst: String) throws(WorkbenchError) {
        try SourceRows.validate(source)
        try write { db in
            for name in [source.name] + source.aliases {
                if let existing = try SourceRows.find(db, name) {
                    throw WorkbenchError.sourceExists(name, existing: existing.name)
                }
            }
            try SourceRows.insert(db, source)
            try Workbench.audit(db, analyst: analyst, action: "source-add", subject: source.name,
                                detail: source.reliability ?? "")
        }
    }

    /// Sets a source's Admiralty reliability grade; the source is found by name or alias.
    public func rateSource(_ name: String, grade: String, analyst: String) throws(WorkbenchError) -> SourceEntry {
        let grade = grade.uppercased()
        guard SourceEntry.grades.contains(grade) else {
            throw .unknownGrade(grade, source: nil)
        }
        return try update(name, analyst: analyst, action: "source-rate", detail: grade) { $0.reliability = grade }
    }

    /// Records that `name` belongs to or speaks for `affiliate`.
    public func affiliateSource(_ name: String, with affiliate: String, analyst: String) throws(WorkbenchError) -> SourceEntry {
        guard !affiliate.trimmingCharacters(in: .whitespaces).isEmpty else { throw .emptyAffiliate }
        return try update(name, analyst: analyst, action: "source-affiliate", detail: affiliate) { source in
            if !source.affiliations.contains(where: { $0.caseInsensitiveCompare(affiliate) == .orderedSame }) {
                source.affiliations.append(affiliate)
            }
        }
    }

    /// Adds or merges sources (as read from a registry file): new names are added; for known
    /// ones, aliases and affiliations are merged and given fields replace the stored ones.
    public func importSources(_ sources: [SourceEntry], analyst: String) throws(WorkbenchError) -> (added: Int, updated: Int) {
        for source in sources { try SourceRows.validate(source) }
        return try write { db in
            var added = 0, updated = 0
            for source in sources {
                if var existing = try SourceRows.find(db, source.name) {
                    existing.merge(source)
                    try SourceRows.update(db, existing)
                    updated += 1
                } else {
                    try SourceRows.insert(db, source)
                    added += 1
                }
            }
            try Workbench.audit(db, analyst: analyst, action: "source-import", subject: "\(sources.count) sources",
                                detail: "\(added) added, \(updated) updated")
            return (added, updated)
        }
    }

    /// Replaces a source's notes; empty notes clear them.
    public func noteSource(_ name: String, notes: String, analyst: String) throws(WorkbenchError) -> SourceEntry {
        let notes = notes.trimmingCharacters(in: .whitespacesAndNewlines)
        return try update(name, analyst: analyst, action: "source-note", detail: notes) { $0.notes = notes.isEmpty ? nil : notes }
    }

    /// Removes a source from the registry (found by name or alias). The audit log keeps what it
    /// held, as the registry file format's fields, so it can be added back.
    @discardableResult
    public func removeSource(_ name: String, analyst: String) throws(WorkbenchError) -> SourceEntry {
        try write { db in
            guard let source = try SourceRows.find(db, name) else { throw WorkbenchError.unknownSource(name) }
            try db.execute(sql: "DELETE FROM sources WHERE name = ? COLLATE NOCASE", arguments: [source.name])
            let held = ["reliability: \(source.reliability ?? "-")", "type: \(source.type ?? "-")",
                        "aliases: \(source.aliases.joined(separator: ", "))",
                        "affiliations: \(source.affiliations.joined(separator: ", "))", "notes: \(source.notes ?? "")"]
            try Workbench.audit(db, analyst: analyst, action: "source-remove", subject: source.name, detail: held.joined(separator: "; "))
            return source
        }
    }

    private func update(_ name: String, analyst: String, action: String, detail: String,
                        _ change: (inout SourceEntry) -> Void) throws(WorkbenchError) -> SourceEntry {
        try write { db in
            guard var source = try SourceRows.find(db, name) else { throw WorkbenchError.unknownSource(name) }
            change(&source)
            try SourceRows.update(db, source)
            try Workbench.audit(db, analyst: analyst, action: action, subject: source.name, detail: detail)
            return source
        }
    }
}

/// Reading and writing `sources` rows (aliases and affiliations as JSON arrays).
enum SourceRows {
    static func find(_ db: Database, _ name: String) throws -> SourceEntry? {
        try Row.fetchOne(db, sql: """
            SELECT * FROM sources WHERE name = ? COLLATE NOCASE
               OR EXISTS (SELECT 1 FROM json_each(sources.aliases) WHERE value = ? COLLATE NOCASE)
            ORDER BY name = ? COLLATE NOCASE DESC LIMIT 1
            """, arguments: [name, name, name]).map(entry)
    }

    static func entry(_ row: Row) -> SourceEntry {
        SourceEntry(name: row["name"], aliases: strings(row["aliases"]), affiliations: strings(row["affiliations"]),
                    type: row["type"], reliability: row["reliability"], notes: row["notes"])
    }

    static func insert(_ db: Database, _ source: SourceEntry) throws {
        try db.execute(sql: """
            INSERT INTO sources (name, type, reliability, notes, aliases, affiliations, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [source.name, source.type, source.reliability, source.notes, json(source.aliases),
                             json(source.affiliations), Workbench.timestamp()])
    }

    static func update(_ db: Database, _ source: SourceEntry) throws {
        try db.execute(sql: """
            UPDATE sources SET type = ?, reliability = ?, notes = ?, aliases = ?, affiliations = ?, updated_at = ?
            WHERE name = ? COLLATE NOCASE
            """, arguments: [source.type, source.reliability, source.notes, json(source.aliases), json(source.affiliations),
                             Workbench.timestamp(), source.name])
    }

    static func validate(_ source: SourceEntry) throws(WorkbenchError) {
        guard !source.name.trimmingCharacters(in: .whitespaces).isEmpty else { throw .unnamedSource }
        if let grade = source.reliability, !SourceEntry.grades.contains(grade) {
            throw .unknownGrade(grade, source: source.name)
        }
    }

    private static func json(_ values: [String]) -> String {
        String(decoding: (try? JSONEncoder().encode(values)) ?? Data("[]".utf8), as: UTF8.self)
    }

    private static func strings(_ json: String?) -> [String] {
        (try? JSONDecoder().decode([String].self, from: Data((json ?? "[]").utf8))) ?? []
    }
}

extension SourceEntry {
    /// Takes what `other` says: its aliases and affiliations are added, its fields replace these.
    mutating func merge(_ other: SourceEntry) {
        for alias in other.aliases where !aliases.contains(alias) { aliases.append(alias) }
        for affiliate in other.affiliations where !affiliations.contains(affiliate) { affiliations.append(affiliate) }
        type = other.type ?? type
        reliability = other.reliability ?? reliability
        notes = other.notes ?? notes
    }
}
