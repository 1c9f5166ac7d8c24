import AssayCore

/// The order `assay review` takes the assertions still to review in.
public enum ReviewOrder: String, Sendable, CaseIterable {
    /// Highest check-worthiness first; ties in document order.
    case checkworthiness
    /// As they stand in the text (documents by name, then position).
    case document
}

extension Workbench {
    /// The assertions still to review: without a verdict and not dismissed as not claims, from
    /// every document's latest version (or one document's), in `order`.
    ///
    /// Reviewing is resumable because of this definition: a new session starts at the first
    /// assertion that still has no verdict, whatever was skipped or left before.
    public func reviewQueue(document: String? = nil, order: ReviewOrder) throws(WorkbenchError) -> [ReviewedAssertion] {
        var filter = ClaimFilter(document: document)
        filter.unreviewed = true
        let inDocumentOrder = try claims(filter)
        switch order {
        case .document:
            return inDocumentOrder
        case .checkworthiness:
            // Sorting with the document-order rank as tie-breaker keeps ties stable whatever the sort.
            return inDocumentOrder.enumerated()
                .sorted { $0.element.checkworthiness != $1.element.checkworthiness
                    ? $0.element.checkworthiness > $1.element.checkworthiness : $0.offset < $1.offset }
                .map(\.element)
        }
    }
}
