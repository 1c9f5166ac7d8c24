import Foundation
import GRDB
@testable import ReviewStore
import Testing

@Suite("Workbench backup")
struct WorkbenchBackupTests {
    @Test("a backup taken while another connection writes is consistent, complete up to a moment, and owner-only")
    func backupWhileWriting() throws {
        let workbench = try PopulatedWorkbench.populated()
        let before = try verdictCount(workbench)
        let claims = try workbench.claims()
        let writer = try Workbench.open(path: workbench.path, access: .create)
        let folder = URL(fileURLWithPath: workbench.path).deletingLastPathComponent()
        let started = DispatchSemaphore(value: 0), done = DispatchSemaphore(value: 0)
        let failures = Failures()
        DispatchQueue.global().async {
            for index in 0..<300 {
                let claim = claims[index % claims.count]
                do {
                    _ = try writer.recordVerdict(VerdictRequest(claim: PopulatedWorkbench.reference(claim), rating: "mixed",
                                                                note: "concurrent \(index)", analyst: "writer"))
                } catch {
                    failures.add("\(error)")
                }
                if index == 0 { started.signal() }
            }
            done.signal()
        }
        started.wait()
        var copies: [String] = []
        for index in 0..<5 {
            let copy = folder.appendingPathComponent("backup-\(index).sqlite").path
            try workbench.backup(to: copy)
            copies.append(copy)
        }
        done.wait()
        #expect(failures.all.isEmpty)
        var counts: [Int] = []
        for copy in copies {
            var status = stat()
            #expect(stat(copy, &status) == 0)
            #expect(status.st_mode & 0o777 == 0o600)
            let restored = try Workbench.open(path: copy, access: .read)
            #expect(try restored.integrityCheck() == "ok")
            let count = try verdictCount(restored)
            #expect(count > before && count <= before + 300)
            counts.append(count)
            #expect(try restored.claims().count == claims.count)
        }
        #expect(counts == counts.sorted(), "each copy is a later snapshot")
        #expect(try verdictCount(workbench) == before + 300)
    }

    @Test("an existing file or symlink at the destination is refused and left as it was")
    func refusesExisting() throws {
        let workbench = try PopulatedWorkbench.populated()
        let folder = URL(fileURLWithPath: workbench.path).deletingLastPathComponent()
        let existing = folder.appendingPathComponent("keep.sqlite").path
        try Data("keep me".utf8).write(to: URL(fileURLWithPath: existing))
        let error = #expect(throws: WorkbenchError.self) { try workbench.backup(to: existing) }
        #expect(error?.description.contains("already exists") == true)
        #expect(try Data(contentsOf: URL(fileURLWithPath: existing)) == Data("keep me".utf8))

        let link = folder.appendingPathComponent("link.sqlite").path
        let target = folder.appendingPathComponent("target.sqlite").path
        #expect(symlink(target, link) == 0)
        #expect(throws: WorkbenchError.self) { try workbench.backup(to: link) }
        #expect(!FileManager.default.fileExists(atPath: target), "the symlink was not followed")
    }

    @Test("a destination in a missing folder is an error and leaves nothing behind")
    func missingFolder() throws {
        let workbench = try PopulatedWorkbench.empty()
        let destination = URL(fileURLWithPath: workbench.path).deletingLastPathComponent()
            .appendingPathComponent("no/such/folder/copy.sqlite").path
        let error = #expect(throws: WorkbenchError.self) { try workbench.backup(to: destination) }
        #expect(error?.description.contains("cannot create the backup") == true)
    }

    private func verdictCount(_ workbench: Workbench) throws -> Int {
        try workbench.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM verdicts") ?? 0 }
    }
}

/// Errors collected from another thread.
final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []
    func add(_ item: String) { lock.withLock { items.append(item) } }
    var all: [String] { lock.withLock { items } }
}
