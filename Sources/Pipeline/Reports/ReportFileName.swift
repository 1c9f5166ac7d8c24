/// The file a document's report is written to inside an output folder: a slug of its name that
/// cannot leave the folder (no `/`, no `..`, no leading dot), is never empty and never longer
/// than 80 characters before its `suffix` (which tells apart two names with the same slug).
public enum ReportFileName {
    public static let maximumSlugLength = 80

    public static func name(document: String, suffix: String? = nil, extension fileExtension: String) -> String {
        var slug = ""
        var pendingDash = false
        for scalar in document.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "_" {
                if pendingDash && !slug.isEmpty { slug += "-" }
                pendingDash = false
                slug.unicodeScalars.append(scalar)
            } else {
                pendingDash = true
            }
            if slug.count >= maximumSlugLength { break }
        }
        let base = slug.isEmpty ? "document" : slug
        return base + (suffix.map { "-" + $0 } ?? "") + "." + fileExtension
    }
}
