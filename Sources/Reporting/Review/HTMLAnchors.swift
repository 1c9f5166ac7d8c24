/// The fragment ids of one document's section. The first document on a page uses the plain
/// ids (`claim-<id>`); later ones are prefixed (`d2-claim-<id>`), so ids stay unique on a
/// page that shows several documents, even two versions of the same one.
struct HTMLAnchors {
    let prefix: String

    init(position: Int) {
        prefix = position == 0 ? "" : "d\(position + 1)-"
    }

    /// The whole section of the document.
    var section: String { prefix + "report" }
    /// The assertion's span in the document text.
    func claim(_ id: String) -> String { prefix + "claim-" + HTMLText.className(id) }
    /// The assertion's row in the claims table.
    func row(_ id: String) -> String { prefix + "row-" + HTMLText.className(id) }
    func paragraph(_ index: Int) -> String { prefix + "p-\(index)" }
}
