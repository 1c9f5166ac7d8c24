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
        /// Each reason line's index in the document's `phrases`; nil for a row prepared alone.
        var reasonIndexes: [Int]?
    }

    struct FindingRow: Sendable {
        /// The finding's index in the document.
        var index: Int
        var id: String
        var text: String?
        /// The message and fields as stored.
        var compact: CompactRows.Finding
        /// Indexes in the document's `phrases`: rule, category, severity, the message template
        /// (when the message is one) and the fields' shape (when they have one).
        var rule = 0, category = 0, severity = 0
        var template: Int?, shape: Int?
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
    /// The texts its rows store as phrases (reason lines, rules, categories, severities,
    /// templates, shapes), each once: looked up once per document while storing, where looking
    /// up every row's was a fifth of the store's time.
    let phrases: [String]

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
        var phrases: [String] = [], indexes: [PhraseKey: Int] = [:]
        // Room for a document's usual phrases (about fifty in the BBC corpus), so that neither grows as they come.
        phrases.reserveCapacity(64)
        indexes.reserveCapacity(64)
        func index(_ phrase: String) -> Int {
            let key = PhraseKey(phrase)
            if let index = indexes[key] { return index }
            phrases.append(phrase)
            indexes[key] = phrases.count - 1
            return phrases.count - 1
        }
        self.assertions = assertions.indices.sorted { assertions[$0].id < assertions[$1].id }.map { position in
            var row = Self.row(assertions[position], position: position, text: text)
            row.reasonIndexes = row.reasons.map(index)
            return row
        }
        positions = Dictionary(assertions.enumerated().map { ($1.id, $0) }) { first, _ in first }
        let findings = document.findings, ids = FindingID.ids(findings)
        self.findings = ids.indices.sorted { ids[$0] < ids[$1] }.map { offset in
            let finding = findings[offset]
            let compact = CompactRows.finding(message: finding.message, text: finding.text, fieldValues: finding.fields)
            return FindingRow(index: offset, id: ids[offset], text: text.stored(finding.text, start: finding.start, end: finding.end),
                              compact: compact, rule: index(finding.rule), category: index(finding.category),
                              severity: index(finding.severity.rawValue), template: compact.isTemplate ? index(compact.message) : nil,
                              shape: compact.shape.map(index))
        }
        self.phrases = phrases
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
