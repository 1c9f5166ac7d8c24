import AssayCore
import Foundation
import GRDB

extension VerdictScale {
    static let settingKey = "verdict_scale"

    static func current(_ db: Database) throws -> [String] {
        guard let json = try String.fetchOne(db, sql: "SELECT value FROM settings WHERE key = ?", arguments: [settingKey]),
              let scale = try? JSONDecoder().decode([String].self, from: Data(json.utf8)), !scale.isEmpty else {
            return standard
        }
        return scale
    }
}

extension Workbench {
    public func verdictScale() throws(WorkbenchError) -> [String] {
        try read { db in try VerdictScale.current(db) }
    }

    /// Replaces the workbench's verdict scale. Ratings already recorded keep their value.
    public func setVerdictScale(_ ratings: [String], analyst: String) throws(WorkbenchError) {
        let cleaned = ratings.map { $0.trimmingCharacters(in: .whitespaces) }
        guard !cleaned.isEmpty, cleaned.allSatisfy({ !$0.isEmpty && !$0.contains(where: \.isWhitespace) }) else {
            throw .invalidVerdictScale
        }
        guard Set(cleaned).count == cleaned.count else { throw .repeatedRating }
        let json = String(decoding: (try? JSONEncoder().encode(cleaned)) ?? Data("[]".utf8), as: UTF8.self)
        try write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", arguments: [VerdictScale.settingKey, json])
            try Workbench.audit(db, analyst: analyst, action: "scale", subject: "verdict scale", detail: cleaned.joined(separator: " "))
        }
    }
}
