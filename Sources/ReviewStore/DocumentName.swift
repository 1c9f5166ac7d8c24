import Foundation

/// The short name a document goes by in the workbench (`--doc NAME`, `assay claims NAME`).
enum DocumentName {
    /// The file's name without its extension; for standard input, a slug of the title.
    static func suggest(source: String, title: String?) -> String {
        if source != "-" {
            let base = URL(fileURLWithPath: source).deletingPathExtension().lastPathComponent
            if !base.isEmpty { return base }
        }
        let slug = (title ?? "").lowercased().unicodeScalars
            .map { CharacterSet.alphanumerics.contains($0) ? String($0) : "-" }.joined()
            .split(separator: "-").prefix(8).joined(separator: "-")
        return slug.isEmpty ? "stdin" : slug
    }

    /// A name must be printable, without '@' or ':' (they separate versions and claim ids).
    static func validate(_ name: String) throws(WorkbenchError) {
        guard !name.trimmingCharacters(in: .whitespaces).isEmpty else { throw .invalid("a document name cannot be empty") }
        if name.contains("@") || name.contains(":") || name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            throw .invalid("document name '\(name)' cannot contain '@', ':' or control characters")
        }
    }
}
