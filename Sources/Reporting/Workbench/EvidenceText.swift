import AssayCore

/// `assay evidence`: a stored file a line — hash prefix, size, media type — and under it what
/// it is evidence of.
public enum EvidenceText {
    public static func list(_ entries: [EvidenceEntry]) -> String {
        guard !entries.isEmpty else {
            return "no evidence stored: 'assay ingest URL' keeps the page fetched, 'assay cite --file' the file attached\n"
        }
        return entries.map { entry in
            var out = "\(AssertionID.shown(entry.hash))  \(size(entry.size))  \(entry.mediaType ?? "unknown type")\n"
            for use in entry.uses {
                switch use.kind {
                case .version:
                    let fetched = use.fetchedFrom.map { "fetched from \($0) at \(use.at)" } ?? "read at \(use.at)"
                    out += "    \(use.document)@\(use.version ?? 0)  \(fetched)\n"
                case .citation:
                    out += "    \(use.document):\(use.claim ?? "")  attached to a citation\(use.fileName.map { " as \($0)" } ?? "") at \(use.at)\n"
                }
            }
            return out
        }.joined()
    }

    /// `1 byte`, `950 bytes`, `12.4 KB`, `3.1 MB`.
    public static func size(_ bytes: Int) -> String {
        switch bytes {
        case 1: "1 byte"
        case ..<1_000: "\(bytes) bytes"
        case ..<1_000_000: "\(tenths(bytes, 1_000)) KB"
        default: "\(tenths(bytes, 1_000_000)) MB"
        }
    }

    /// Whether the file can go to a terminal as it is: a text media type, or bytes that are UTF-8
    /// without control characters but tab and line breaks.
    public static func isText(_ mediaType: String?, _ bytes: [UInt8]) -> Bool {
        if let mediaType, mediaType.hasPrefix("text/") || mediaType.hasSuffix("xml") { return true }
        if mediaType != nil, mediaType != "application/octet-stream" { return false }
        return String(validating: bytes, as: UTF8.self) != nil && !bytes.contains { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }
    }

    private static func tenths(_ value: Int, _ unit: Int) -> String {
        let tenths = (value * 10 + unit / 2) / unit
        return "\(tenths / 10).\(tenths % 10)"
    }
}
