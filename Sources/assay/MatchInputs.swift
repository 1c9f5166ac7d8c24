import ArgumentParser
import Extraction
import Foundation
import ReviewStore
import RulesEngine

/// The documents `assay match` compares: stored ones by name, files analyzed on the fly.
struct MatchInputs {
    let arguments: [String]
    let rules: RuleOptions
    let workbench: WorkbenchOptions

    /// In the order given; every stored document when no argument is given. The workbench is
    /// opened only when a stored document is needed; an unknown name or unreadable file stops
    /// the command (exit 2).
    func load() throws -> [ReviewedDocument] {
        if arguments.isEmpty {
            let store = try workbench.open(.read)
            let names = try attempt { () throws(WorkbenchError) in try store.documentNames() }
            return try names.map { name in try attempt { () throws(WorkbenchError) in try store.reviewedDocument(name) } }
        }
        var store: Workbench?
        var engine: RuleEngine?
        var documents: [ReviewedDocument] = []
        for argument in arguments {
            if FileManager.default.fileExists(atPath: argument) {
                let loaded = try engine ?? rules.makeEngine(publisher: nil)
                engine = loaded
                documents += try analyze(argument, engine: loaded)
                continue
            }
            let opened = try store ?? workbench.open(.read)
            store = opened
            documents.append(try attempt { () throws(WorkbenchError) in try opened.reviewedDocument(argument) })
        }
        return documents
    }

    /// A file, or every document in a folder, extracted and flagged as `assay analyze` does.
    private func analyze(_ path: String, engine: RuleEngine) throws -> [ReviewedDocument] {
        try InputLocator.locate([path]).map { located in
            do throws(InputError) {
                let (document, _) = engine.apply(to: try Extractor().extract(try located.get()))
                return ReviewedDocument(unreviewed: document)
            } catch {
                StandardStream.standardError.error(error.description)
                throw ExitCode(2)
            }
        }
    }
}
