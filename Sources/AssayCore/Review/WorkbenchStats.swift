/// What `assay stats` reports: per document, per rule and per analyst pair.
public struct WorkbenchStats: Sendable, Codable, Equatable {
    public struct DocumentStats: Sendable, Codable, Equatable {
        public var document: String
        public var version: Int
        /// Assertions of the latest version, not counting those dismissed as not claims.
        public var assertions: Int
        public var reviewed: Int
        public var reviewedShare: Double
        public var dismissed: Int
        /// Current verdicts by rating.
        public var verdicts: [String: Int]
        /// Every verdict recorded on the document, superseded ones included.
        public var verdictsRecorded: Int
        /// Standing (not dismissed) findings by category.
        public var findings: [String: Int]

        public init(
            document: String,
            version: Int,
            assertions: Int,
            reviewed: Int,
            reviewedShare: Double,
            dismissed: Int,
            verdicts: [String: Int],
            verdictsRecorded: Int,
            findings: [String: Int]
        ) {
            self.document = document
            self.version = version
            self.assertions = assertions
            self.reviewed = reviewed
            self.reviewedShare = reviewedShare
            self.dismissed = dismissed
            self.verdicts = verdicts
            self.verdictsRecorded = verdictsRecorded
            self.findings = findings
        }
    }

    /// How often analysts dismissed a rule's flags: a running estimate of its precision.
    public struct RuleStats: Sendable, Codable, Equatable {
        public var rule: String
        public var category: String
        public var findings: Int
        public var dismissed: Int
        public var dismissalRate: Double

        public init(rule: String, category: String, findings: Int, dismissed: Int, dismissalRate: Double) {
            self.rule = rule
            self.category = category
            self.findings = findings
            self.dismissed = dismissed
            self.dismissalRate = dismissalRate
        }
    }

    /// Agreement of two analysts on the assertions both rated (each one's latest verdict).
    public struct Agreement: Sendable, Codable, Equatable {
        public var analysts: [String]
        public var shared: Int
        public var agreed: Int
        /// Cohen's kappa; nil when undefined (nothing shared, or a single rating used by both).
        public var kappa: Double?

        public init(analysts: [String], shared: Int, agreed: Int, kappa: Double? = nil) {
            self.analysts = analysts
            self.shared = shared
            self.agreed = agreed
            self.kappa = kappa
        }
    }

    /// The documents' figures added up.
    public struct Totals: Sendable, Codable, Equatable {
        public var documents: Int
        public var assertions: Int
        public var reviewed: Int
        public var reviewedShare: Double
        public var dismissed: Int
        public var verdicts: [String: Int]
        public var verdictsRecorded: Int
        public var findings: [String: Int]

        public init(_ documents: [DocumentStats]) {
            self.documents = documents.count
            assertions = documents.reduce(0) { $0 + $1.assertions }
            reviewed = documents.reduce(0) { $0 + $1.reviewed }
            reviewedShare = assertions == 0 ? 0 : Double(reviewed) / Double(assertions)
            dismissed = documents.reduce(0) { $0 + $1.dismissed }
            verdicts = documents.reduce(into: [:]) { sum, document in sum.merge(document.verdicts, uniquingKeysWith: +) }
            verdictsRecorded = documents.reduce(0) { $0 + $1.verdictsRecorded }
            findings = documents.reduce(into: [:]) { sum, document in sum.merge(document.findings, uniquingKeysWith: +) }
        }
    }

    public var documents: [DocumentStats]
    public var totals: Totals
    public var rules: [RuleStats]
    public var agreement: [Agreement]

    public init(documents: [DocumentStats], rules: [RuleStats], agreement: [Agreement]) {
        self.documents = documents
        totals = Totals(documents)
        self.rules = rules
        self.agreement = agreement
    }
}
