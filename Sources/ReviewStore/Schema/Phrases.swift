import Foundation
import GRDB

/// The `phrases` table within one transaction: each text that rows of assertions and findings
/// repeat (a rule's name, a kind, a reason line, a message template, a fields shape) stored once
/// and named by its id (`CompactRows`). Phrases are only ever added, never changed or removed, so
/// an id read once means the same text for the rest of the transaction.
///
/// Texts are looked up once each and remembered. A phrase added inside a savepoint that is then
/// rolled back is gone: call `forget()` after such a rollback.
///
/// A text is found by its 64-bit FNV-1a hash (`phrases_by_hash`), which takes a fifth of the
/// space an index on the texts would; the one writer adds a text only after looking for it.
final class Phrases {
    private let db: Database
    /// Phrases committed before this transaction began: they stay whatever it rolls back.
    private let committed: [PhraseKey: Int64]
    /// Phrases this transaction looked up or added.
    private(set) var ids: [PhraseKey: Int64] = [:]
    private var texts: [Int64: String] = [:]
    /// The last text looked up in each slot, and its id: consecutive rows mostly repeat a column's
    /// phrase, and comparing two strings costs less than hashing one.
    private var recent: [(text: String, id: Int64)?] = Array(repeating: nil, count: Slot.count)

    /// Where `id(_:slot:)` remembers its last lookup: one per column, one per reason line (for
    /// rows stored one at a time; an ingest looks up each document's phrases once).
    enum Slot {
        static let kind = 0, origin = 1, firstReason = 2, count = 10
    }

    init(_ db: Database, committed: [PhraseKey: Int64] = [:]) {
        self.db = db
        self.committed = committed
    }

    /// The id of `text`, remembered in `slot` for the next row.
    func id(_ text: String, slot: Int) throws -> Int64 {
        if let last = recent[slot], last.text == text { return last.id }
        let id = try self.id(text)
        recent[slot] = (text, id)
        return id
    }

    /// The id of `text`, added if it is new.
    func id(_ text: String) throws -> Int64 {
        let key = PhraseKey(text)
        if let id = committed[key] ?? ids[key] { return id }
        let hash = Self.hash(text)
        let id: Int64
        if let found = try Row.fetchAll(db.cachedStatement(sql: "SELECT id, text FROM phrases WHERE hash = ?"), arguments: [hash])
            .first(where: { ($0["text"] as String?).map(PhraseKey.init) == key }) {
            id = found["id"]
        } else {
            try db.cachedStatement(sql: "INSERT INTO phrases (hash, text) VALUES (?, ?)").execute(arguments: [hash, text])
            id = db.lastInsertedRowID
        }
        ids[key] = id
        texts[id] = text
        return id
    }

    /// The text of phrase `id`; "" for an id the table lacks.
    func text(_ id: Int64) throws -> String {
        if let text = texts[id] { return text }
        let text = try String.fetchOne(db.cachedStatement(sql: "SELECT text FROM phrases WHERE id = ?"), arguments: [id]) ?? ""
        texts[id] = text
        return text
    }

    /// FNV-1a over the text's UTF-8: the same in every process (Swift's `Hasher` is seeded anew in each).
    static func hash(_ text: String) -> Int64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return Int64(bitPattern: hash)
    }

    /// Forgets what was looked up, after a rollback that may have taken added phrases back
    /// (those committed before the transaction stay known).
    func forget() {
        ids.removeAll(keepingCapacity: true)
        texts.removeAll(keepingCapacity: true)
        recent = Array(repeating: nil, count: Slot.count)
    }

    /// An assertion's reasons, one text, as stored: the phrase ids of its lines.
    func storedReasons(_ reasons: String) throws -> String {
        try storedReasons(lines: CompactRows.reasonLines(reasons))
    }

    /// An assertion's reasons, its lines, as stored.
    func storedReasons(lines: [String]) throws -> String {
        var stored = ""
        for (index, line) in lines.enumerated() {
            if index > 0 { stored += " " }
            stored += String(try id(line, slot: Slot.firstReason + min(index, Slot.count - 1 - Slot.firstReason)))
        }
        return stored
    }

    /// An assertion's reasons, one text, from what is stored.
    func reasons(stored: String) throws -> String {
        try lines(stored: stored).joined(separator: "\n")
    }

    /// An assertion's reasons from what is stored, as reading them from one text splits them:
    /// no reasons for one empty line, and a line holding a line break is two.
    func reasonLines(stored: String) throws -> [String] {
        let lines = try lines(stored: stored)
        if lines.count == 1 && lines[0].isEmpty { return [] }
        // A line break in a phrase comes only from an imported row; split as reading one text did.
        if lines.contains(where: { $0.utf8.contains(UInt8(ascii: "\n")) }) {
            return lines.joined(separator: "\n").components(separatedBy: "\n")
        }
        return lines
    }

    private func lines(stored: String) throws -> [String] {
        guard !stored.isEmpty else { return [] }
        return try stored.utf8.split(separator: UInt8(ascii: " ")).map { digits in
            try text(digits.reduce(Int64(0)) { $0 &* 10 &+ Int64($1 &- UInt8(ascii: "0")) })
        }
    }

    /// A finding's message from its stored column: a template's phrase id, or the message itself.
    func message(stored: DatabaseValue, text: String, fields: String) throws -> String {
        switch stored.storage {
        case .int64(let id): CompactRows.message(template: try self.text(id), text: text, fields: fields)
        case .string(let message): message
        default: ""
        }
    }

    /// A finding's fields object from its stored columns.
    func fields(stored: String, shape: Int64?) throws -> String {
        CompactRows.fields(stored: stored, shape: try shape.map(text))
    }
}

/// The phrases a process has seen in committed transactions, by text: since phrases are never
/// changed or removed, what a commit made true stays true, and each batch of an ingest finds the
/// phrases of the batches before it without a query. Only what a transaction that committed
/// looked up or added is kept (`add`, after the commit).
final class CommittedPhrases: @unchecked Sendable {
    private let lock = NSLock()
    private var ids: [PhraseKey: Int64] = [:]

    var snapshot: [PhraseKey: Int64] {
        lock.withLock { ids }
    }

    func add(_ committed: [PhraseKey: Int64]) {
        guard !committed.isEmpty else { return }
        lock.withLock { ids.merge(committed) { old, _ in old } }
    }
}

/// A phrase as a dictionary key: its UTF-8 bytes, hashed and compared as bytes. A `String` key
/// would compare by canonical equivalence — a decomposed "é" would find the composed one's phrase
/// and read back changed — and hashes non-ASCII text through Unicode normalization, slowly.
struct PhraseKey: Hashable, Sendable {
    let text: String

    init(_ text: String) {
        self.text = text
    }

    static func == (lhs: PhraseKey, rhs: PhraseKey) -> Bool {
        // Compared in place: walking the two UTF-8 views byte by byte was 2% of an ingest's time.
        var left = lhs.text, right = rhs.text
        return left.withUTF8 { left in
            right.withUTF8 { right in
                guard left.count == right.count, let leftStart = left.baseAddress, let rightStart = right.baseAddress else {
                    return left.count == right.count
                }
                return memcmp(leftStart, rightStart, left.count) == 0
            }
        }
    }

    func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
