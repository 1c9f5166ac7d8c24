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

    public var documents: [DocumentStats]
    public var rules: [RuleStats]
    public var agreement: [Agreement]

    public init(documents: [DocumentStats], rules: [RuleStats], agreement: [Agreement]) {
        self.documents = documents
        self.rules = rules
        self.agreement = agreement
    }
}
