import AssayCore

/// Finds an analyst's quote in a document's text, in Unicode scalar offsets.
enum QuoteLocator {
    /// Every place `quote` occurs in `text` (overlapping occurrences included).
    static func spans(of quote: String, in text: String) -> [Span] {
        let needle = Array(quote.unicodeScalars), haystack = Array(text.unicodeScalars)
        guard !needle.isEmpty, needle.count <= haystack.count else { return [] }
        var spans: [Span] = []
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if haystack[start..<(start + needle.count)].elementsEqual(needle) {
                spans.append(Span(start: start, end: start + needle.count))
            }
        }
        return spans
    }

    /// The sentence a span starts in, if any.
    static func sentence(containing span: Span, in sentences: [Sentence]) -> Sentence? {
        sentences.last { $0.start <= span.start && span.start < max($0.end, $0.start + 1) }
    }
}
