import Foundation
import Testing
import TestSupport

@Suite("assay report and analyze --format md, end to end")
struct ReportCommandTests {
    private let seeds = Repository.seedNames.map { "seeds/" + $0 }

    @Test("report --all -o folder/ writes one file per document, with names that cannot leave the folder")
    func folderOutput() throws {
        let session = try WorkbenchSession()
        #expect(try session.run(["ingest"] + seeds).status == 0)
        let hostile = session.folder.appendingPathComponent("hostile.txt")
        try "Headline\n\nSomething happened.".write(to: hostile, atomically: true, encoding: .utf8)
        #expect(try session.run(["ingest", "--doc", "../../etc/passwd", hostile.path]).status == 0)
        let out = session.folder.appendingPathComponent("reports/").path + "/"
        let run = try session.run(["report", "--all", "--format", "md", "-o", out])
        #expect(run.status == 0, "\(run.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        #expect(files == ["000_0b590991ea34db62.md", "004_7c6fb8ad358d5ed6.md", "etc-passwd.md"])
        #expect(!FileManager.default.fileExists(atPath: session.folder.appendingPathComponent("etc/passwd.md").path))
        let markdown = try String(contentsOfFile: out + "000_0b590991ea34db62.md", encoding: .utf8)
        #expect(markdown.hasPrefix("# Iran’s Regime Raises Domestic Repression Against the MEK\n"))
    }

    @Test("report -o FILE replaces the file atomically and does not follow a planted symlink")
    func fileOutput() throws {
        let session = try WorkbenchSession()
        #expect(try session.run(["ingest", seeds[0]]).status == 0)
        let victim = session.folder.appendingPathComponent("victim.txt")
        try "keep me".write(to: victim, atomically: true, encoding: .utf8)
        let target = session.folder.appendingPathComponent("report.json")
        try FileManager.default.createSymbolicLink(at: target, withDestinationURL: victim)
        let run = try session.run(["report", "--format", "json", "-o", target.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try String(contentsOf: victim, encoding: .utf8) == "keep me")
        let attributes = try FileManager.default.attributesOfItem(atPath: target.path)
        #expect(attributes[.type] as? FileAttributeType == .typeRegular)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: target)) as? [String: Any])
        let documents = try #require(json["documents"] as? [[String: Any]])
        #expect(documents.count == 1)
        // Every finding's span slices the report's text to the finding's text.
        let document = try #require(documents.first?["document"] as? [String: Any])
        let text = try #require(document["text"] as? String)
        let findings = try #require(document["findings"] as? [[String: Any]])
        #expect(!findings.isEmpty)
        for finding in findings {
            let start = try #require(finding["start"] as? Int), end = try #require(finding["end"] as? Int)
            #expect(scalarSlice(text, start, end) == finding["text"] as? String)
        }
    }

    @Test("which document: the only one by default, else a name or --all; bad names and versions are errors")
    func choosingDocuments() throws {
        let session = try WorkbenchSession()
        #expect(try session.run(["ingest", seeds[0]]).status == 0)
        #expect(try session.run(["report"]).stdoutText.hasPrefix("# Iran’s Regime"))
        #expect(try session.run(["ingest", seeds[1]]).status == 0)
        let ambiguous = try session.run(["report"])
        #expect(ambiguous.status == 2)
        #expect(ambiguous.stderr.hasPrefix("error: the workbench holds 2 documents: name one"))
        let unknown = try session.run(["report", "nope"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.hasPrefix("error: no document named 'nope'"))
        // NAME@N names a version, as diff, delete and search do: the one way to name one.
        let named = try session.run(["report", "000_0b590991ea34db62@1", "--format", "json"])
        #expect(named.status == 0, "\(named.stderr)")
        #expect(named.stdout == (try session.run(["report", "000_0b590991ea34db62", "--format", "json"])).stdout)
        let missing = try session.run(["report", "000_0b590991ea34db62@3"])
        #expect(missing.status == 2)
        #expect(missing.stderr == "error: 000_0b590991ea34db62 has no version 3 (it has 1)\n")
        #expect(try session.run(["report", "000_0b590991ea34db62@0"]).status == 64)
    }

    @Test("every format renders a reviewed seed: html page, csv rows, ClaimReview of the reviewed claim")
    func formats() throws {
        let session = try WorkbenchSession()
        #expect(try session.run(["ingest", seeds[0], "--url", "https://example.org/a"]).status == 0)
        let claims = try session.claims()
        let id = try #require(claims.first { ($0["text"] as? String)?.contains("30,000") == true }?["id"] as? String)
        #expect(try session.run(["verdict", id, "inaccurate", "--note", "=cmd|' /C calc'!A0"], analyst: "ann").status == 0)
        let html = try session.run(["report", "--format", "html"])
        #expect(html.status == 0)
        #expect(html.stdoutText.hasPrefix("<!DOCTYPE html>"))
        #expect(html.stdoutText.contains("id=\"claim-\(id)\""))
        let csv = try session.run(["report", "--format", "csv"])
        let rows = csv.stdoutText.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.first?.hasPrefix("document,version,id,") == true)
        #expect(rows.count == claims.count + 1)
        #expect(csv.stdoutText.contains("'=cmd|' /C calc'!A0"))
        let claimReview = try session.run(["report", "--format", "claimreview"])
        let reviews = try #require(try JSONSerialization.jsonObject(with: claimReview.stdout) as? [[String: Any]])
        #expect(reviews.count == 1)
        #expect(reviews.first?["@type"] as? String == "ClaimReview")
        #expect((reviews.first?["reviewRating"] as? [String: Any])?["ratingValue"] as? Int == 1)
    }

    @Test("analyze --format md renders the report without a workbench")
    func analyzeMarkdown() throws {
        let run = try AssayBinary.run(["analyze", "--format", "md"] + seeds)
        #expect(run.status == 0)
        #expect(run.stdoutText.components(separatedBy: "\n## Claims\n").count == 3)
        #expect(run.stdoutText.contains("**Analysts:** none yet"))
        let html = try AssayBinary.run(["analyze", "--format", "html"] + seeds)
        #expect(html.status == 0)
        #expect(html.stdoutText.components(separatedBy: "<!DOCTYPE html>").count == 2, "one page for both documents")
    }
}
