/// Tracks the dropped element being skipped (`script`, `nav`, `head`…) with a depth counter
/// for nested elements of the same name, so skipping costs no stack and no tree. Only the
/// dropped element's own start and end tags move the counter; everything inside is ignored.
struct HTMLSubtreeSkipper {
    /// The dropped element being skipped, or nil.
    private var element: String?
    private var depth = 0

    var isSkipping: Bool { element != nil }

    /// Title, meta and link tags are read outside dropped elements and inside `head`.
    var readsMetadata: Bool { element == nil || element == "head" }

    /// Whether the start tag is skipped: it starts a dropped element or is inside one.
    mutating func skipsStartTag(_ name: String, selfClosing: Bool) -> Bool {
        if let element, HTMLElements.endsSkip(of: element, atStartOf: name) { stop() }
        guard let element else {
            // `<nav/>` is read as empty rather than as a nav running to the end of the input.
            guard !selfClosing, HTMLElements.dropped.contains(name) else { return false }
            self.element = name
            depth = 1
            return true
        }
        if name == element && !selfClosing { depth += 1 }
        return true
    }

    /// Whether the end tag is skipped: it closes the dropped element or is inside it.
    /// A stray end tag of a dropped element that is not open is not skipped (and then ignored).
    mutating func skipsEndTag(_ name: String) -> Bool {
        guard let element else { return false }
        if name == element {
            depth -= 1
            if depth == 0 { stop() }
            return true
        }
        if HTMLElements.endsSkip(of: element, atEndOf: name) {
            stop()
            return false
        }
        return true
    }

    /// Whether text is skipped. Text that is not blank ends an unclosed `head`, as in browsers.
    mutating func skipsText(isBlank: () -> Bool) -> Bool {
        guard let element else { return false }
        if element == "head" && !isBlank() {
            stop()
            return false
        }
        return true
    }

    private mutating func stop() {
        element = nil
        depth = 0
    }
}
