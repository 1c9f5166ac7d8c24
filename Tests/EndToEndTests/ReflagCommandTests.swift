import Foundation
import Testing
import TestSupport

/// The workbench's source registry decides self-sourcing: at ingest, and for documents already
/// stored through `reflag`.
@Suite("The workbench's sources and reflag")
struct ReflagCommandTests {
    private static let article = """
        Flood defences

        The sea wall will fail by 2030, according to Harbor Watch.

        Harbor Watch director Jane Smith said 4,000 homes are at risk.
        """

    private func write(_ text: String, in session: WorkbenchSession, as name: String) throws -> String {
        let path = session.folder.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    private func selfSourced(_ session: WorkbenchSession, _ document: String) throws -> [[String: Any]] {
        let findings = try #require(try session.json(["findings", document]) as? [[String: Any]])
        return findings.filter { $0["rule"] as? String == "attribution.self-sourced" }
    }

    @Test("an affiliation added with 'sources' flags self-sourcing: in stored documents after reflag, in new ones at ingest")
    func registryDecidesSelfSourcing() throws {
        let session = try WorkbenchSession()
        let first = try write(Self.article, in: session, as: "wall.txt")
        #expect(try session.run(["ingest", "--publisher", "Coastal Defense Fund", first]).status == 0)
        #expect(try selfSourced(session, "wall").isEmpty)

        let dismissedID = try #require((try session.json(["findings", "wall"]) as? [[String: Any]])?
            .first { $0["rule"] as? String == "numeric.date" }?["id"] as? String)
        #expect(try session.run(["dismiss-finding", dismissedID, "--reason", "a plan, not a claim"]).status == 0)

        let added = try session.run(["sources", "add", "Coastal Defense Fund", "--affiliate", "Harbor Watch"])
        #expect(added.stderr == "note: documents already stored keep their findings until 'assay reflag'\n")
        #expect(try selfSourced(session, "wall").isEmpty)

        let reflag = try session.run(["reflag"])
        #expect(reflag.status == 0, "\(reflag.stderr)")
        #expect(reflag.stdoutText.contains("reflagged    wall@1: "))
        #expect(reflag.stdoutText.contains("1 document checked, 1 updated"))
        #expect(try selfSourced(session, "wall").count == 2)
        // The dismissed flag is the same flag (same rule, claim and text): still dismissed.
        let findings = try #require(try session.json(["findings", "wall"]) as? [[String: Any]])
        #expect(findings.first { $0["id"] as? String == dismissedID }?["dismissal"] as? String == "a plan, not a claim")

        #expect(try session.run(["reflag", "wall"]).stdoutText.contains("unchanged    wall@1"))

        let second = try write(Self.article.replacingOccurrences(of: "4,000", with: "5,000"), in: session, as: "wall-2.txt")
        #expect(try session.run(["ingest", "--publisher", "Coastal Defense Fund", second]).status == 0)
        #expect(try selfSourced(session, "wall-2").count == 2)
    }

    @Test("reflag of an unknown document fails, naming it, and changes nothing")
    func unknownDocument() throws {
        let session = try WorkbenchSession()
        let path = try write(Self.article, in: session, as: "wall.txt")
        #expect(try session.run(["ingest", path]).status == 0)
        let run = try session.run(["reflag", "nosuch"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("no document named 'nosuch'"))
    }
}
