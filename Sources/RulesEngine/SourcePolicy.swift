import AssayCore

/// Who published a document and whether an attribution cites the publisher or its affiliates.
struct SourcePolicy: Sendable {
    let registry: SourceRegistry
    /// Given on the command line; wins over the document's metadata.
    let publisher: String?

    func publisher(of document: Document) -> String? {
        publisher ?? document.metadata.siteName
    }

    /// The recognition with `selfSourced` set (false when the publisher or source is unknown).
    func marked(_ recognition: Recognition, publisher: String?) -> Recognition {
        var marked = recognition
        var selfSourced = false
        if let publisher, case .string(let source)? = recognition.fields["source"] {
            selfSourced = registry.isSelfSourced(source: source, publisher: publisher)
        }
        marked.fields["selfSourced"] = .bool(selfSourced)
        return marked
    }
}
