import Foundation
import Testing
import TestSupport

/// Ids of claims since reworded or removed still open with `show`, which says which version
/// they are in and where they went; recording on them is refused with the way forward.
@Suite("Claims of earlier versions")
struct EarlierVersionClaimTests {
    @Test("show opens a reworded and a removed claim of version 1; verdict on them is refused, naming the version")
    func earlierClaims() throws {
        let session = try WorkbenchSession()
        let path = session.folder.appendingPathComponent("budget.txt").path
        try "Budget cuts\n\nThe council cut the library budget by 40% in 2024.\n\nThe mayor said 12 branches will close.\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try session.run(["ingest", path]).status == 0)
        let first = try session.claims()
        let cut = try #require(first.first { ($0["text"] as? String)?.contains("40%") == true }?["id"] as? String)
        let branches = try #require(first.first { ($0["text"] as? String)?.contains("branches") == true }?["id"] as? String)
        #expect(try session.run(["verdict", cut, "misleading"]).status == 0)

        try "Budget cuts\n\nThe council cut the library budget by 30% in 2024.\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try session.run(["ingest", path]).status == 0)
        let reworded = try #require(try session.claims().first { ($0["text"] as? String)?.contains("30%") == true }?["id"] as? String)

        let shownCut = try session.run(["show", String(cut.prefix(8))])
        #expect(shownCut.status == 0, "\(shownCut.stderr)")
        #expect(shownCut.stdoutText.hasPrefix("\(cut)  budget@1, paragraph 2\n  an earlier version: the latest is budget@2, "
                                              + "reworded there as \(reworded.prefix(12))\n"))
        let shownBranches = try #require(try session.json(["show", branches]) as? [String: Any])
        #expect((shownBranches["claim"] as? [String: Any])?["version"] as? Int == 1)
        #expect((shownBranches["laterVersion"] as? [String: Any])?["number"] as? Int == 2)
        #expect(try session.run(["show", branches]).stdoutText.contains("the latest is budget@2, not in it"))

        let refused = try session.run(["verdict", branches, "accurate"])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("is in budget@1 but not in the latest version of budget: 'assay show \(branches)' shows it"))
        #expect(try session.run(["show", "ffffffffffff"]).stderr.contains("no claim"))
    }
}
