import AssayCore
import BenchmarkCorpus
import Extraction
import Foundation
import RulesEngine

/// Everything the benchmarks measure against, built once per process and outside the measured
/// part: the corpus' articles extracted as documents, and one rule engine per rule set.
struct Fixture: Sendable {
    /// Lexicon sizes of the "lexicon N entries" and "rules + N lexicon entries" benchmarks.
    static let lexiconSizes = (small: 5_000, large: 10_000)

    /// One document per article (the 1× corpus).
    let documents: [Document]
    /// UTF-8 bytes of the documents' text at 1×.
    let bytes: Int
    /// The shipped packs (`<repo>/Rules`).
    let rules: RuleEngine
    let shippedRuleCount: Int
    /// The shipped packs and the synthetic lexicon, by number of terms.
    let rulesWithLexicon: [Int: RuleEngine]
    /// Synthetic lexicon only, by number of terms (0: no rules, the engine's fixed cost per document).
    let lexicons: [Int: RuleEngine]

    static let shared: Result<Fixture, FixtureError> = Result { () throws(FixtureError) in try Fixture() }

    private init() throws(FixtureError) {
        let corpus: BBCCorpus
        do { corpus = try BBCCorpus.load() } catch { throw FixtureError("\(BBCCorpus.path): \(error)") }
        let extractor = Extractor()
        documents = corpus.articles.enumerated().map { index, article in
            extractor.extract(text: article, source: "bbc-news.csv#\(index + 2)", format: .text)
        }
        bytes = documents.reduce(0) { $0 + $1.text.utf8.count }

        let rulesFolder = BBCCorpus.repositoryRoot.appendingPathComponent("Rules").path
        let lexicon = SyntheticLexicon(count: Fixture.lexiconSizes.large, articles: corpus.articles)
        do {
            // The same files `RuleSet.load(paths: [rulesFolder])` reads, kept as pack files so
            // the synthetic pack can join them in one rule set.
            let shipped = try Fixture.packFiles(in: rulesFolder).map { path throws(RuleFileError) in
                try RulePackLoader.load(path: path)
            }
            shippedRuleCount = try RuleSet(shipped).rules.count
            rules = RuleEngine(rules: try RuleSet(shipped))
            var lexicons: [Int: RuleEngine] = [0: RuleEngine(rules: try RuleSet([]))]
            var rulesWithLexicon: [Int: RuleEngine] = [:]
            for size in [Fixture.lexiconSizes.small, Fixture.lexiconSizes.large] {
                lexicons[size] = RuleEngine(rules: try RuleSet([lexicon.pack(count: size)]))
                rulesWithLexicon[size] = RuleEngine(rules: try RuleSet(shipped + [lexicon.pack(count: size)]))
            }
            self.lexicons = lexicons
            self.rulesWithLexicon = rulesWithLexicon
        } catch {
            throw FixtureError("rules: \(error)")
        }
    }

    /// The fixture, built on first use; a benchmark's setup calls it so the cost is not measured.
    static func get() throws(FixtureError) -> Fixture { try shared.get() }

    /// The engine of the synthetic lexicon of `size` terms (one of 0 and `lexiconSizes`).
    func lexicon(_ size: Int) throws(FixtureError) -> RuleEngine {
        guard let engine = lexicons[size] else { throw FixtureError("no lexicon of \(size) entries is built") }
        return engine
    }

    /// The engine of the shipped packs with the synthetic lexicon of `size` terms (one of `lexiconSizes`).
    func rules(withLexicon size: Int) throws(FixtureError) -> RuleEngine {
        guard let engine = rulesWithLexicon[size] else { throw FixtureError("no lexicon of \(size) entries is built") }
        return engine
    }

    /// Runs `engine` over the corpus `times` times; returns the number of findings.
    func apply(_ engine: RuleEngine, times: Int) -> Int {
        var findings = 0
        for _ in 0..<times {
            for document in documents { findings += engine.apply(to: document).document.findings.count }
        }
        return findings
    }

    private static func packFiles(in folder: String) throws(RuleFileError) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
            throw RuleFileError(file: folder, message: "cannot be read")
        }
        return names.filter { ($0.hasSuffix(".yml") || $0.hasSuffix(".yaml")) && !$0.hasPrefix(".") }
            .sorted().map { folder + "/" + $0 }
    }
}
