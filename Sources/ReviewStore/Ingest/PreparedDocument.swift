import AssayCore

/// A document's rows made ready to store, as far as that needs no database: its hash, its
/// version's JSON, each row's text left out where its span gives it back, the findings' ids and
/// compact messages and fields (`CompactRows`), and
/// the rows in key order (version, id), so that each goes after those stored before it. A batch
/// prepares its documents on every core before its transaction.
struct PreparedDocument: Sendable {
    struct AssertionRow: Sendable {
        /// The assertion's index in the document, its position.
        var position: Int
        var text: String?
        var reasons: [String]
    }

    struct FindingRow: Sendable {
        /// The finding's index in the document.
        var index: Int
        var id: String
        var text: String?
        var fields: String
        /// The message and fields as stored.
        var compact: CompactRows.Finding
    }

    let request: IngestRequest
    let hash: String
    let text: VersionText
    let boilerplate: String
    let paragraphs: String
    let sentences: String
    /// The extracted assertions' rows, by id.
    let assertions: [AssertionRow]
    /// The findings' rows, by id.
    let findings: [FindingRow]
    /// Each extracted assertion's position, by id: what a finding stores for its assertion.
    let positions: [String: Int]

    init(_ request: IngestRequest) {
        let document = request.document
        self.request = request
        hash = ContentHash.sha256(document.text.utf8)
        let text = VersionText(document.text)
        self.text = text
        boilerplate = StoredJSON.encode(document.boilerplate)
        paragraphs = StoredJSON.encode(document.paragraphs)
        sentences = SentenceSpans.encode(document.sentences)
        let assertions = document.assertions
        self.assertions = assertions.indices.sorted { assertions[$0].id < assertions[$1].id }.map { position in
            Self.row(assertions[position], position: position, text: text)
        }
        positions = Dictionary(assertions.enumerated().map { ($1.id, $0) }) { first, _ in first }
        let findings = document.findings, ids = FindingID.ids(findings)
        self.findings = ids.indices.sorted { ids[$0] < ids[$1] }.map { index in
            let finding = findings[index], fields = StoredJSON.encode(finding.fields)
            return FindingRow(index: index, id: ids[index], text: text.stored(finding.text, start: finding.start, end: finding.end),
                              fields: fields, compact: CompactRows.finding(message: finding.message, text: finding.text, fields: fields))
        }
    }

    /// Prepares each document of a batch, in parallel.
    static func all(_ requests: [IngestRequest]) -> [PreparedDocument] {
        ParallelMap.map(requests, PreparedDocument.init)
    }

    static func row(_ assertion: Assertion, position: Int, text: VersionText) -> AssertionRow {
        AssertionRow(position: position, text: text.stored(assertion.text, start: assertion.start, end: assertion.end),
                     reasons: assertion.reasons)
    }
}
