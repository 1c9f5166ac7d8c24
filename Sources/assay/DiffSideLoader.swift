import ArgumentParser
import AssayCore
import Extraction
import Foundation
import ReviewStore
import RulesEngine

/// Reads the sides of `assay diff`: files through extraction and the rules, stored versions
/// from the workbench. The workbench and the rule engine are opened only when a side needs
/// them, so two files can be compared without a workbench.
struct DiffSideLoader {
    let workbench: WorkbenchOptions
    let rules: RuleOptions
    let inputFormat: DocumentFormat?
    let publisher: String?
    private var store: Workbench?
    private var engine: RuleEngine?

    init(workbench: WorkbenchOptions, rules: RuleOptions, inputFormat: DocumentFormat?, publisher: String?) {
        self.workbench = workbench
        self.rules = rules
        self.inputFormat = inputFormat
        self.publisher = publisher
    }

    /// The old and the new document: two sides, or a stored name alone for its latest two versions.
    mutating func load(_ sides: [DiffSide]) throws -> (ReviewedDocument, ReviewedDocument) {
        if sides.count == 1, case .stored(let name, nil)? = sides.first { return try latestTwo(name) }
        guard sides.count == 2 else { throw ValidationError("Give OLD and NEW, or one stored document's name.") }
        return (try load(sides[0]), try load(sides[1]))
    }

    private mutating func load(_ side: DiffSide) throws -> ReviewedDocument {
        switch side {
        case .file(let path): try file(path)
        case .stored(let name, let version): try stored(name, version: version)
        }
    }

    private mutating func latestTwo(_ name: String) throws -> (ReviewedDocument, ReviewedDocument) {
        let new = try stored(name, version: nil)
        let versions = new.header.versions ?? 1
        guard versions >= 2 else {
            throw fail(.invalid("\(name) has only one version: nothing to compare it with (give NAME@N and a file)"))
        }
        return (try stored(name, version: versions - 1), new)
    }

    private mutating func stored(_ name: String, version: Int?) throws -> ReviewedDocument {
        let store = try self.store ?? openWorkbench(lookingFor: name)
        self.store = store
        do throws(WorkbenchError) {
            return try store.reviewedDocument(name, version: version)
        } catch .unknownDocument {
            throw fail(.invalid("\(name): no such file, and no document of that name in the workbench (see 'assay claims')"))
        } catch {
            throw fail(error)
        }
    }

    /// The workbench, read-only; when there is none, the side was meant as a file or a document.
    private func openWorkbench(lookingFor name: String) throws -> Workbench {
        do throws(WorkbenchError) {
            return try Workbench.open(path: workbench.path, access: .read)
        } catch .missing(let path) {
            throw fail(.invalid("\(name): no such file, and no workbench at \(path) to hold a document of that name"))
        } catch {
            throw fail(error)
        }
    }

    private mutating func file(_ path: String) throws -> ReviewedDocument {
        let engine = try self.engine ?? rules.makeEngine(publisher: publisher)
        self.engine = engine
        var folder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &folder) else {
            StandardStream.standardError.error(InputError(source: path, problem: .notFound).description)
            throw ExitCode(2)
        }
        if folder.boolValue {
            StandardStream.standardError.error("\(path): is a folder; give a file or a stored version")
            throw ExitCode(2)
        }
        do throws(InputError) {
            let (document, warnings) = engine.apply(to: try Extractor().extract(.file(path: path), format: inputFormat))
            for warning in warnings { StandardStream.standardError.warning("\(warning)") }
            return ReviewedDocument(unreviewed: document, publisher: publisher)
        } catch {
            StandardStream.standardError.error(error.description)
            throw ExitCode(2)
        }
    }
}
