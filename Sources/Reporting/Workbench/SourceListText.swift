import AssayCore

/// `assay sources list`: the registry, a source a line with its grade first.
public enum SourceListText {
    public static func render(_ sources: [SourceEntry]) -> String {
        sources.map { source in
            var line = "\(source.reliability ?? "-")  \(source.name)"
            if let type = source.type { line += " (\(type))" }
            if !source.aliases.isEmpty { line += "  aka \(source.aliases.joined(separator: ", "))" }
            if !source.affiliations.isEmpty { line += "  · affiliated with \(source.affiliations.joined(separator: ", "))" }
            return line + "\n"
        }.joined()
    }
}
