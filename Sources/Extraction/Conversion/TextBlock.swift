import AssayCore

/// A unit of document structure produced by a format converter, before normalisation:
/// a paragraph, heading, list item… The assembler collapses its whitespace, sets aside
/// boilerplate and lays the blocks out as the document's normalised text.
struct TextBlock: Sendable, Equatable {
    /// The block's text. Whitespace (including newlines) inside it is collapsed later.
    var text: String
    var role: ParagraphRole
    /// 1-based line of the input where the block starts, when known.
    var line: Int?
    /// A site name above the headline: recorded as metadata and set aside, not analysed.
    var isMasthead = false

    init(_ text: String, role: ParagraphRole = .paragraph, line: Int? = nil) {
        self.text = text
        self.role = role
        self.line = line
    }
}

/// What a format converter returns: the document's blocks in reading order and its metadata.
struct ConvertedDocument: Sendable, Equatable {
    var blocks: [TextBlock]
    var metadata: DocumentMetadata

    init(blocks: [TextBlock], metadata: DocumentMetadata = DocumentMetadata()) {
        self.blocks = blocks
        self.metadata = metadata
    }
}
