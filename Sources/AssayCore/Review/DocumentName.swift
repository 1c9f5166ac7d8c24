import Foundation

/// The short name a document goes by in the workbench (`--doc NAME`, `assay claims NAME`).
public enum DocumentName {
    /// The file's name without its extension; for standard input, a slug of the title.
    public static func suggest(source: String, title: String?) -> String {
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
}
