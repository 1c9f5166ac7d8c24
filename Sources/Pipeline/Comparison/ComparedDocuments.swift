import AssayCore
import Extraction
import Foundation
import ReviewStore

/// The documents a diff or a match compares: files, extracted and flagged as `analyze` does, and
/// stored versions. The workbench and the rule engine are opened only when a document needs
/// them, so two files can be compared without a workbench.
public struct ComparedDocuments {
    public let workbenchPath: String
    /// The publisher of files, for self-sourcing and reports (`--publisher`).
    public let publisher: String?
    /// The analyzer for files, made on first use (loading the rule packs costs a start-up).
    private let makeAnalyzer: () throws -> DocumentAnalyzer
    /// Told of the rules' warnings on files.
    private let notice: (RunNotice) -> Void
    private var store: Workbench?
    private var analyzer: DocumentAnalyzer?

    public init(workbenchPath: String, publisher: String? = nil, analyzer: @escaping () throws -> DocumentAnalyzer,
                notice: @escaping (RunNotice) -> Void = { _ in }) {
        self.workbenchPath = workbenchPath
        self.publisher = publisher
        self.makeAnalyzer = analyzer
        self.notice = notice
    }

    /// The old and the new document of a diff: two sides, or a stored name alone for its latest
    /// two versions.
    public mutating func diffSides(_ sides: [DiffSide]) throws -> (old: ReviewedDocument, new: ReviewedDocument) {
        if sides.count == 1, case .stored(let name, nil)? = sides.first { return try latestTwo(name) }
        guard sides.count == 2 else { throw ComparedDocumentError.sides(sides.count) }
        return (try side(sides[0]), try side(sides[1]))
    }

    /// The documents of a match, in the order given: a stored name, or a file or folder (every
    /// document in it); every stored document when none is given, read as match reads them
    /// (`Workbench.documentsToMatch`: claims, verdicts and figures only), `progress` told as they are.
    public mutating func matchDocuments(_ arguments: [String],
                                        progress: (_ done: Int, _ total: Int) -> Void = { _, _ in }) throws -> [ReviewedDocument] {
        if arguments.isEmpty { return try workbench().documentsToMatch(progress: progress) }
        var documents: [ReviewedDocument] = []
        for argument in arguments {
            if FileManager.default.fileExists(atPath: argument) {
                let analyzer = try fileAnalyzer()
                for located in InputLocator.locate([argument]) {
                    let document = try analyzer.analyze(try located.get()).document
                    documents.append(ReviewedDocument(unreviewed: document, publisher: publisher))
                }
                continue
            }
            documents.append(try workbench().reviewedDocument(argument))
        }
        return documents
    }

    /// The documents of a match (as `matchDocuments`) and which of them are searched against all
    /// the others: those named by `querying` (a stored name, or a file, analyzed and added) and
    /// those stored on or after `since` (an ISO 8601 date or time, UTC); all of them when neither
    /// is given. Against the whole workbench (no `arguments`), only the documents worth it are read
    /// (`ArchiveCandidates`); `progress` is told of the stored documents read when all are.
    public mutating func matchSelection(_ arguments: [String], querying: [String] = [], since: String? = nil,
                                        progress: (_ done: Int, _ total: Int) -> Void = { _, _ in }) throws -> MatchSelection {
        guard !querying.isEmpty || since != nil else {
            return MatchSelection(documents: try matchDocuments(arguments, progress: progress), queried: nil)
        }
        if arguments.isEmpty { return try archiveSelection(querying: querying, since: since) }
        var documents = try matchDocuments(arguments, progress: progress)
        var queried = Set<Int>()
        var positions: [String: Int] = [:]
        for (position, document) in documents.enumerated() where positions[document.header.name] == nil {
            positions[document.header.name] = position
        }
        for name in querying {
            if FileManager.default.fileExists(atPath: name) {
                let added = try matchDocuments([name])
                queried.formUnion(documents.count..<documents.count + added.count)
                documents += added
            } else if let position = positions[name] {
                queried.insert(position)
            } else {
                throw ComparedDocumentError.notCompared(name)
            }
        }
        if let since {
            for (position, document) in documents.enumerated() where (document.header.ingestedAt ?? "") >= since {
                queried.insert(position)
            }
        }
        return MatchSelection(documents: documents, queried: queried)
    }

    /// The stored documents named or stored since, and the files named, searched against the
    /// part of the workbench that shares rare words with them.
    private mutating func archiveSelection(querying: [String], since: String?) throws -> MatchSelection {
        let store = try workbench()
        let files = querying.filter { FileManager.default.fileExists(atPath: $0) }
        let named = Set(querying).subtracting(files)
        let stored = try store.documentsToMatch(named: named, since: since)
        let found = Set(stored.map(\.header.name))
        if let missing = querying.first(where: { named.contains($0) && !found.contains($0) }) {
            throw ComparedDocumentError.notCompared(missing)
        }
        var query = stored
        for file in files { query += try matchDocuments([file]) }
        var (archive, frequencies) = try ArchiveCandidates.read(from: store, for: query)
        frequencies.documents += query.count - stored.count
        return MatchSelection(documents: query + archive, queried: Set(query.indices), archive: frequencies)
    }

    private mutating func side(_ side: DiffSide) throws -> ReviewedDocument {
        switch side {
        case .file(let path): try file(path)
        case .webPage(let address): try analyzed(.webPage(address: address))
        case .stored(let name, let version): try stored(name, version: version)
        }
    }

    private mutating func latestTwo(_ name: String) throws -> (old: ReviewedDocument, new: ReviewedDocument) {
        let new = try stored(name, version: nil)
        let versions = new.header.versions ?? 1
        guard versions >= 2 else { throw ComparedDocumentError.singleVersion(name) }
        return (try stored(name, version: versions - 1), new)
    }

    private mutating func stored(_ name: String, version: Int?) throws -> ReviewedDocument {
        let store: Workbench
        do throws(WorkbenchError) {
            store = try workbench()
        } catch .missing(let path) {
            throw ComparedDocumentError.noWorkbench(name: name, path: path)
        }
        do throws(WorkbenchError) {
            return try store.reviewedDocument(name, version: version)
        } catch .unknownDocument {
            throw ComparedDocumentError.notFound(name)
        }
    }

    private mutating func file(_ path: String) throws -> ReviewedDocument {
        let analyzer = try fileAnalyzer()
        var folder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &folder) else {
            throw InputError(source: path, problem: .notFound)
        }
        if folder.boolValue { throw ComparedDocumentError.folder(path) }
        return try analyzed(.file(path: path), by: analyzer)
    }

    /// A file or web page, extracted and flagged, as an unreviewed side.
    private mutating func analyzed(_ item: InputItem, by given: DocumentAnalyzer? = nil) throws -> ReviewedDocument {
        let analyzed = try (given ?? fileAnalyzer()).analyze(item)
        for warning in analyzed.warnings { notice(.ruleWarning(warning)) }
        return ReviewedDocument(unreviewed: analyzed.document, publisher: publisher)
    }

    private mutating func fileAnalyzer() throws -> DocumentAnalyzer {
        if let analyzer { return analyzer }
        let made = try makeAnalyzer()
        analyzer = made
        return made
    }

    /// The workbench, read-only, opened once.
    private mutating func workbench() throws(WorkbenchError) -> Workbench {
        if let store { return store }
        let opened = try Workbench.open(path: workbenchPath, access: .read)
        store = opened
        return opened
    }
}

/// Why the documents to compare could not be had.
public enum ComparedDocumentError: Error, Equatable, CustomStringConvertible {
    /// A folder given as a side of a diff.
    case folder(String)
    /// Neither one nor two sides.
    case sides(Int)
    /// A stored document alone as a diff's side, when it has only one version to compare.
    case singleVersion(String)
    /// A name that is no file, and there is no workbench (at `path`) to hold a document so named.
    case noWorkbench(name: String, path: String)
    /// A name that is neither a file nor a document in the workbench.
    case notFound(String)
    /// A document to search (`--doc`) that is neither a file nor among the documents compared.
    case notCompared(String)

    public var description: String {
        switch self {
        case .folder(let path): "\(path): is a folder; give a file or a stored version"
        case .sides: "Give OLD and NEW, or one stored document's name."
        case .singleVersion(let name): "\(name) has only one version: nothing to compare it with (give NAME@N and a file)"
        case .noWorkbench(let name, let path): "\(name): no such file, and no workbench at \(path) to hold a document of that name"
        case .notFound(let name): "\(name): no such file, and no document of that name in the workbench (see 'assay claims')"
        case .notCompared(let name): "\(name): no such file, and not among the documents compared (see 'assay claims')"
        }
    }
}
