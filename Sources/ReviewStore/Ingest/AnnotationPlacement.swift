import AssayCore
import GRDB

/// Places the assertions analysts added to a document (`assay annotate`) in a version's text.
enum AnnotationPlacement {
    struct Result {
        var placed: [StoredAssertion] = []
        /// Quotes no longer found exactly once in the text.
        var unplaced: [String] = []
    }

    static func place(_ db: Database, documentID: Int64, text: String, sentences: [Sentence],
                      existing: Set<String>) throws -> Result {
        var result = Result()
        let rows = try Row.fetchAll(db, sql: "SELECT assertion_id, quote FROM annotations WHERE document_id = ? ORDER BY id",
                                    arguments: [documentID])
        for row in rows {
            let id: String = row["assertion_id"], quote: String = row["quote"]
            guard !existing.contains(id) else { continue }
            let spans = QuoteLocator.spans(of: quote, in: text)
            guard spans.count == 1, let span = spans.first else {
                result.unplaced.append(quote)
                continue
            }
            result.placed.append(assertion(id: id, quote: quote, span: span, sentences: sentences))
        }
        return result
    }

    /// An analyst-added assertion: a claim by the analyst's say-so, so fully check-worthy.
    static func assertion(id: String, quote: String, span: Span, sentences: [Sentence]) -> StoredAssertion {
        let sentence = QuoteLocator.sentence(containing: span, in: sentences)
        return StoredAssertion(Assertion(id: id, sentence: sentence?.index ?? 0, paragraph: sentence?.paragraph ?? 0,
                                         start: span.start, end: span.end, text: quote, kind: .factual,
                                         checkworthiness: 1, reasons: ["added by an analyst"]),
                               origin: .analyst)
    }
}
