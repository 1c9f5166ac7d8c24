import AssayCore

/// HTML → text blocks and metadata. Streams tokens from `HTMLTokenizer` without building a
/// tree: block elements end the current block, dropped elements (scripts, navigation, forms…)
/// are skipped with a depth counter, and an explicit stack of open blocks gives each block its
/// role. Linear in the input, with bounded call stack at any nesting depth.
enum HTMLConverter {
    /// `html` is already decoded, with line endings normalised to "\n".
    static func convert(_ html: String) -> ConvertedDocument {
        let bytes = Array(html.utf8)
        var skipper = HTMLSubtreeSkipper()
        var openElements = HTMLOpenElements()
        var builder = HTMLBlockBuilder()
        var metadata = HTMLMetadataCollector()
        for token in HTMLTokenizer(bytes) {
            switch token {
            case let .text(range, line):
                guard !skipper.skipsText(isBlank: { HTMLBytes.isWhitespace(bytes, range) }) else { continue }
                builder.append(bytes, range, line: line, decodingEntities: true)
            case let .cdata(range, line):
                guard !skipper.isSkipping else { continue }
                builder.append(bytes, range, line: line, decodingEntities: false)
            case let .rawText(range, element):
                // Only the title's raw text is read; script, style and the like are dropped.
                if element == "title" && skipper.readsMetadata {
                    metadata.collectTitle(HTMLEntities.decode(bytes, range, inAttribute: false))
                }
            case let .startTag(name, attributes, selfClosing):
                if skipper.readsMetadata { metadata.collect(tag: name, attributes: attributes) }
                let wasSkipping = skipper.isSkipping
                if skipper.skipsStartTag(name, selfClosing: selfClosing) {
                    // A dropped block (nav, footer…) still separates the text before it from the text after.
                    if !wasSkipping && HTMLElements.blocks.contains(name) { builder.endBlock(role: openElements.role) }
                    continue
                }
                guard HTMLElements.blocks.contains(name) else { continue }
                if name == "br" && openElements.isInPre {
                    builder.appendNewline()
                    continue
                }
                builder.endBlock(role: openElements.role)
                if !selfClosing && !HTMLElements.void.contains(name) { openElements.open(name) }
            case let .endTag(name):
                guard !skipper.skipsEndTag(name), HTMLElements.blocks.contains(name) else { continue }
                // A stray end tag is ignored, except `</p>` and `</br>`, which browsers read as breaks.
                guard openElements.isOpen(name) || name == "p" || name == "br" else { continue }
                builder.endBlock(role: openElements.role)
                openElements.close(name)
            }
        }
        builder.endBlock(role: openElements.role)
        return ConvertedDocument(blocks: builder.blocks, metadata: metadata.metadata)
    }
}
