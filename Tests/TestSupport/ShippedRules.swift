import AssayCore
import Extraction
import RulesEngine

/// The shipped rule packs and the seeds' source registry, loaded once: documents extracted and
/// flagged the way `assay analyze` and `assay ingest` do.
public enum ShippedRules {
    public static let engine: Result<RuleEngine, RuleFileError> = Result { () throws(RuleFileError) in
        RuleEngine(rules: try RuleSet.load(paths: [Repository.url("Rules").path]),
                   registry: try SourceRegistry.load(path: Repository.url("seeds/sources.yml").path))
    }

    /// `text` read as plain text, extracted and flagged.
    public static func document(text: String, source: String = "article.txt") throws -> Document {
        try engine.get().apply(to: Extractor().extract(text: text, source: source, format: .text)).document
    }
}
