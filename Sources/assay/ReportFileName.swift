/// The file a document's report is written to inside an output folder: a slug of its name that
/// cannot leave the folder (no `/`, no `..`, no leading dot) and is never empty.
enum ReportFileName {
    static func name(document: String, extension fileExtension: String) -> String {
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
            if slug.count >= 80 { break }
        }
        return (slug.isEmpty ? "document" : slug) + "." + fileExtension
    }
}
