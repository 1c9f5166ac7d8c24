import AssayCore

/// One attributed source in a report: who is cited, how often, how reliable the registry says
/// it is, and whether it is the publisher or one of its affiliates.
public struct SourceRow: Sendable, Codable, Equatable {
    /// The registry's name when the source matches an entry, else the source as written.
    public var name: String
    /// How many attributions cite it.
    public var count: Int
    /// The Admiralty reliability grade from the registry, if it has one.
    public var reliability: String?
    /// The attribution recognizer found it to be the publisher or an affiliate.
    public var selfSourced: Bool
    /// How the document names it (each distinct wording once).
    public var wordings: [String]

    /// The sources of the attribution findings, most cited first. A span flagged by several
    /// attribution rules counts once.
    static func rows(_ findings: [FindingEntry], registry: [SourceEntry]) -> [SourceRow] {
        var rows: [String: SourceRow] = [:]
        var order: [String] = []
        var seenSpans = Set<[Int]>()
        for finding in findings where finding.category == "attribution" {
            guard case .string(let source)? = finding.fields["source"], seenSpans.insert([finding.start, finding.end]).inserted else {
                continue
            }
            let entry = match(source, in: registry)
            let name = entry?.name ?? source
            if rows[name] == nil {
                order.append(name)
                rows[name] = SourceRow(name: name, count: 0, reliability: entry?.reliability, selfSourced: false, wordings: [])
            }
            rows[name]?.count += 1
            if case .bool(true)? = finding.fields["selfSourced"] { rows[name]?.selfSourced = true }
            if rows[name]?.wordings.contains(source) == false { rows[name]?.wordings.append(source) }
        }
        return order.compactMap { rows[$0] }.enumerated()
            .sorted { ($0.element.count, -$0.offset) > ($1.element.count, -$1.offset) }.map(\.element)
    }

    /// The registry entry whose name or alias the source contains as whole words, longest first.
    static func match(_ source: String, in registry: [SourceEntry]) -> SourceEntry? {
        let words = SourceRow.words(source)
        var best: (entry: SourceEntry, length: Int)?
        for entry in registry {
            for name in [entry.name] + entry.aliases {
                let nameWords = SourceRow.words(name)
                guard !nameWords.isEmpty, nameWords.count <= words.count, nameWords.count > (best?.length ?? 0) else { continue }
                let found = (0...(words.count - nameWords.count)).contains { words[$0..<($0 + nameWords.count)].elementsEqual(nameWords) }
                if found { best = (entry, nameWords.count) }
            }
        }
        return best?.entry
    }

    private static func words(_ text: String) -> [String] {
        text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }
}
