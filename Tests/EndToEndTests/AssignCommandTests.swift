import Foundation
import Testing
import TestSupport

@Suite("assay assign and assay assignments")
struct AssignCommandTests {
    private let seeds = Repository.seedNames.map { "seeds/" + $0 }

    @Test("a seed's claims are spread over two members with overlap 2, listed by member; a bad overlap or member is refused")
    func assignASeed() throws {
        let session = try WorkbenchSession()
        #expect(try session.run(["ingest", seeds[0]]).status == 0)
        let seed = String(Repository.seedNames[0].dropLast(4))
        for name in ["maria", "tom"] {
            #expect(try session.run(["users", "add", name, "--role", "analyst", "--password-stdin"],
                                    stdin: Data("correct horse battery\n".utf8)).status == 0)
        }
        let claims = try session.claims().count
        let assign = try session.run(["assign", seed, "--to", "maria,tom", "--overlap", "2"])
        #expect(assign.status == 0, "\(assign.stderr)")
        #expect(assign.stdoutText == "assigned \(claims) claims of \(seed): maria \(claims), tom \(claims) (each claim to 2)\n")
        let tom = try session.run(["assignments", "--member", "tom", "--format", "json"])
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(tom.stdoutText.utf8)) as? [[String: Any]])
        #expect(entries.count == claims && entries.allSatisfy { $0["analyst"] as? String == "tom" && $0["document"] as? String == seed })

        let wide = try session.run(["assign", seed, "--to", "maria,tom", "--overlap", "3"])
        #expect(wide.status == 2)
        #expect(wide.stderr == "error: each claim can go to 1 to 2 of the 2 members named, not 3\n")
        let stranger = try session.run(["assign", seed, "--to", "maria,zoe"])
        #expect(stranger.status == 2)
        #expect(stranger.stderr == "error: no account named 'zoe' (see 'assay users list')\n")
        #expect(try session.run(["assignments", seed]).stdoutText.split(separator: "\n").count == claims * 2)
    }
}
