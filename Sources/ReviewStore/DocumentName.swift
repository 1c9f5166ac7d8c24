import Foundation

/// The short name a document goes by in the workbench (`--doc NAME`, `assay claims NAME`).
enum DocumentName {
    /// The file's name without its extension; for standard input, a slug of the title.
    static func suggest(source: String, title: String?) -> String {
        if source != "-" {
            // With a hint, unlike `fileURLWithPath`, no file-system call asks whether it is a folder.
            let base = URL(filePath: source, directoryHint: .notDirectory).deletingPathExtension().lastPathComponent
            if !base.isEmpty { return base }
        }
        let slug = (title ?? "").lowercased().unicodeScalars
            .map { CharacterSet.alphanumerics.contains($0) ? String($0) : "-" }.joined()
            .split(separator: "-").prefix(8).joined(separator: "-")
        return slug.isEmpty ? "stdin" : slug
    }

    /// A name must be printable, without '@' or ':' (they separate versions and claim ids).
    static func validate(_ name: String) throws(WorkbenchError) {
        // Blank: only what `CharacterSet.whitespaces` holds (tab and the space separators, Zs).
        guard name.unicodeScalars.contains(where: { $0 != "\t" && $0.properties.generalCategory != .spaceSeparator }) else {
            throw .invalid("a document name cannot be empty")
        }
        if name.contains("@") || name.contains(":") || name.unicodeScalars.contains(where: isControl) {
            throw .invalid("document name '\(name)' cannot contain '@', ':' or control characters")
        }
    }

    /// General category Cc, without a property lookup.
    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }
}
