import Foundation

/// The organisations and people a publisher may cite as if they were independent, read from a
/// registry file (`seeds/sources.yml`):
///
/// ```yaml
/// entities:
///   - name: National Council of Resistance of Iran
///     aliases: [NCRI, Iranian Resistance]
///     affiliates: [People's Mojahedin Organization of Iran, Maryam Rajavi]
/// ```
///
/// Affiliation is symmetric and transitive: entities linked by `affiliates` form one group, and
/// a source is self-sourced when it names any member of the publisher's group. An affiliate
/// that is not an entity of its own is a further name of the group.
public struct SourceRegistry: Sendable {
    /// One entity as the file declares it; `type`, `reliability` (Admiralty A–F) and `notes`
    /// are for the workbench's source registry (`assay sources import`), not the recognizer.
    public struct Entry: Sendable, Equatable {
        public var name: String
        public var aliases: [String]
        public var affiliates: [String]
        public var type: String?
        public var reliability: String?
        public var notes: String?
        /// 1-based line of the entry in its file (0 for one from the workbench).
        public var line: Int

        public init(name: String, aliases: [String] = [], affiliates: [String] = [], type: String? = nil,
                    reliability: String? = nil, notes: String? = nil, line: Int = 0) {
            self.name = name
            self.aliases = aliases
            self.affiliates = affiliates
            self.type = type
            self.reliability = reliability
            self.notes = notes
            self.line = line
        }
    }

    private struct Entity: Sendable {
        var name: String
        var group: Int
    }

    /// Every name and alias, as lower-case words, with the entity it names.
    private let names: [(words: [String], entity: Int)]
    private let entities: [Entity]
    /// The names (as words) of each affiliation group, entities' and free affiliates'.
    private let groupNames: [[[String]]]

    /// The entities in the order the file declares them.
    public private(set) var entries: [Entry] = []

    public static let empty = SourceRegistry(names: [], entities: [], groupNames: [])

    private static let maximumFileSize = 1_000_000

    private init(names: [(words: [String], entity: Int)], entities: [Entity], groupNames: [[[String]]]) {
        self.names = names
        self.entities = entities
        self.groupNames = groupNames
    }

    /// Whether `source` names the publisher or one of its affiliates, by whole words,
    /// case-insensitively: "the MEK", "Mrs. Maryam Rajavi, the President-elect of NCRI".
    public func isSelfSourced(source: String, publisher: String) -> Bool {
        guard let publisherEntity = entityIndex(named: publisher) else { return false }
        let words = SourceRegistry.words(source)
        return groupNames[entities[publisherEntity].group].contains { SourceRegistry.contains(words, $0) }
    }

    /// The canonical name of the entity a publisher's name refers to: "ncri" → "National Council
    /// of Resistance of Iran". An exact name or alias wins; otherwise the longest name or alias
    /// the text contains as whole words ("NCRI Staff" → the NCRI).
    public func entity(named name: String) -> String? {
        entityIndex(named: name).map { entities[$0].name }
    }

    private func entityIndex(named name: String) -> Int? {
        let words = SourceRegistry.words(name)
        guard !words.isEmpty else { return nil }
        if let exact = names.first(where: { $0.words == words }) { return exact.entity }
        return names.filter { SourceRegistry.contains(words, $0.words) }.max { $0.words.count < $1.words.count }?.entity
    }

    /// This registry with `more` added — the workbench's sources, as analysts record them with
    /// `assay sources add` and `affiliate`. An entry whose name is a name or alias of a known
    /// entity adds its aliases and affiliates to that entity; an alias already taken by another
    /// entity stays with that one.
    public func adding(_ more: [Entry]) -> SourceRegistry {
        var merged = entries
        for entry in more where !Self.words(entry.name).isEmpty {
            let name = Self.words(entry.name)
            if let index = merged.firstIndex(where: { ([$0.name] + $0.aliases).map(Self.words).contains(name) }) {
                merged[index].aliases += entry.aliases.filter { !merged[index].aliases.contains($0) } + (merged[index].name == entry.name ? [] : [entry.name])
                merged[index].affiliates += entry.affiliates.filter { !merged[index].affiliates.contains($0) }
            } else {
                merged.append(entry)
            }
        }
        var names: [(words: [String], entity: Int)] = []
        for (index, entity) in merged.enumerated() {
            for alias in [entity.name] + entity.aliases {
                let aliasWords = Self.words(alias)
                if aliasWords.isEmpty || names.contains(where: { $0.words == aliasWords }) { continue }
                names.append((aliasWords, index))
            }
        }
        var registry = Self.grouped(merged.map { ($0.name, $0.affiliates) }, names: names)
        registry.entries = merged
        return registry
    }

    // MARK: loading

    /// Reads a registry file, refusing files over 1 MB.
    public static func load(path: String) throws(RuleFileError) -> SourceRegistry {
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try FileManager.default.attributesOfItem(atPath: path)
        } catch {
            throw RuleFileError(file: path, message: "cannot read the source registry: no such file or it is unreadable")
        }
        if let size = attributes[.size] as? Int, size > maximumFileSize {
            throw RuleFileError(file: path, message: "the source registry is larger than 1 MB")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw RuleFileError(file: path, message: "cannot read the source registry")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw RuleFileError(file: path, message: "the source registry is not UTF-8 text")
        }
        return try load(yaml: text, file: path)
    }

    /// Reads a registry from its YAML text; `file` names it in errors.
    public static func load(yaml: String, file: String) throws(RuleFileError) -> SourceRegistry {
        guard yaml.utf8.count <= maximumFileSize else {
            throw RuleFileError(file: file, message: "the source registry is larger than 1 MB")
        }
        let root = try YAMLNode.parse(yaml, file: file).mapping(allowedKeys: ["entities"], context: "registry")
        var declared: [(name: String, aliases: [String], affiliates: [String], node: YAMLNode)] = []
        var entries: [Entry] = []
        for (position, node) in try root.required("entities").sequence(context: "entities").enumerated() {
            let context = "entities[\(position + 1)]"
            let entry = try node.mapping(allowedKeys: ["name", "aliases", "affiliates", "type", "reliability", "notes"],
                                         context: context)
            let name = try entry.string("name")
            guard !words(name).isEmpty else { throw node.error("\(context).name is empty") }
            let reliability = try entry.optionalString("reliability")
            if let reliability, !["A", "B", "C", "D", "E", "F"].contains(reliability) {
                throw node.error("\(context).reliability '\(reliability)' is not an Admiralty grade (expected: A, B, C, D, E, F)")
            }
            declared.append((name, try entry.strings("aliases"), try entry.strings("affiliates"), node))
            entries.append(Entry(name: name, aliases: try entry.strings("aliases"), affiliates: try entry.strings("affiliates"),
                                 type: try entry.optionalString("type"), reliability: reliability,
                                 notes: try entry.optionalString("notes"), line: node.line))
        }
        var names: [(words: [String], entity: Int)] = []
        for (index, entity) in declared.enumerated() {
            for alias in [entity.name] + entity.aliases {
                let aliasWords = words(alias)
                guard !aliasWords.isEmpty else { throw entity.node.error("\(entity.name): an alias is empty") }
                if let other = names.first(where: { $0.words == aliasWords }), other.entity != index {
                    throw entity.node.error("'\(alias)' already names \(declared[other.entity].name)")
                }
                names.append((aliasWords, index))
            }
        }
        var registry = grouped(declared.map { ($0.name, $0.affiliates) }, names: names)
        registry.entries = entries
        return registry
    }

    /// Joins entities linked by affiliation into groups (union–find over the entities).
    private static func grouped(_ declared: [(name: String, affiliates: [String])],
                                names: [(words: [String], entity: Int)]) -> SourceRegistry {
        var parent = Array(declared.indices)
        func root(_ index: Int) -> Int {
            var index = index
            while parent[index] != index { index = parent[index] }
            return index
        }
        var freeNames: [(words: [String], entity: Int)] = []
        for (index, entity) in declared.enumerated() {
            for affiliate in entity.affiliates {
                let affiliateWords = words(affiliate)
                guard !affiliateWords.isEmpty else { continue }
                if let other = names.first(where: { $0.words == affiliateWords }) {
                    parent[root(other.entity)] = root(index)
                } else {
                    freeNames.append((affiliateWords, index))
                }
            }
        }
        let roots = declared.indices.map(root)
        let groupIndex = Dictionary(uniqueKeysWithValues: Set(roots).sorted().enumerated().map { ($1, $0) })
        let entities = declared.indices.map { Entity(name: declared[$0].name, group: groupIndex[roots[$0]] ?? 0) }
        var groupNames = Array(repeating: [[String]](), count: groupIndex.count)
        for name in names + freeNames { groupNames[entities[name.entity].group].append(name.words) }
        return SourceRegistry(names: names, entities: entities, groupNames: groupNames)
    }

    // MARK: words

    /// Lower-case words of letters and digits; anything else separates ("MEK's" → mek, s).
    /// Lower-case words, read through `MatchNormalizer` as the recognizer reads the document, so a
    /// source quoted as written ("NСRI" with a Cyrillic "С", "Mojahedin\u{00AD}e") meets its name.
    private static func words(_ text: String) -> [String] {
        var normalized = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch MatchNormalizer.replacement(for: scalar) {
            case .keep: normalized.append(scalar)
            case .drop: break
            case .ascii(let byte): normalized.append(Unicode.Scalar(byte))
            }
        }
        return String(normalized).lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

    private static func contains(_ words: [String], _ phrase: [String]) -> Bool {
        guard !phrase.isEmpty, phrase.count <= words.count else { return false }
        return (0...(words.count - phrase.count)).contains { start in
            words[start..<(start + phrase.count)].elementsEqual(phrase)
        }
    }
}
