import Foundation
import Testing
import TestSupport

/// Web addresses and PDFs as an analyst gives them: fetched from a server on 127.0.0.1 (never
/// the internet), stored with their evidence, and the evidence written back out.
@Suite("Web pages and PDFs as inputs")
struct FetchedInputTests {
    /// The page the server sends; a test changes it to make a new version.
    private final class Page: @unchecked Sendable {
        private let lock = NSLock()
        private var html = "<html><head><title>Harbour report</title></head><body>"
            + "<p>The council said 3,000 homes were flooded in March.</p></body></html>"
        var current: String {
            get { lock.withLock { html } }
            set { lock.withLock { html = newValue } }
        }
    }

    private static var hasPdftotext: Bool {
        (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
            .contains { FileManager.default.isExecutableFile(atPath: "\($0)/pdftotext") }
    }

    @Test("ingest URL stores the page as evidence; a changed page is a new version; evidence writes it back byte for byte")
    func ingestAddress() throws {
        let page = Page()
        let server = try LocalWebServer { path in
            path == "/news/harbour.html" ? LocalWebServer.html(page.current) : LocalWebServer.html("gone", status: 404)
        }
        defer { server.stop() }
        let session = try WorkbenchSession()
        let address = server.address("/news/harbour.html")
        let first = try session.run(["ingest", address])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdoutText.contains("stored       harbour@1"))

        let evidence = try #require(try session.json(["evidence"]) as? [[String: Any]])
        #expect(evidence.count == 1)
        let hash = try #require(evidence.first?["hash"] as? String)
        #expect(evidence.first?["mediaType"] as? String == "text/html")
        let use = try #require((evidence.first?["uses"] as? [[String: Any]])?.first)
        #expect(use["document"] as? String == "harbour" && use["version"] as? Int == 1 && use["fetchedFrom"] as? String == address)

        let copy = session.folder.appendingPathComponent("copy.html")
        let written = try session.run(["evidence", String(hash.prefix(10)), "-o", copy.path])
        #expect(written.status == 0, "\(written.stderr)")
        #expect(try Data(contentsOf: copy) == Data(page.current.utf8))

        let report = try session.run(["report", "harbour"])
        #expect(report.stdoutText.contains("**Fetched:** 20"))
        #expect(report.stdoutText.contains("**Evidence:** `\(hash.prefix(12))`"))

        #expect(try session.run(["ingest", address]).stdoutText.contains("unchanged    harbour@1"))
        page.current = page.current.replacingOccurrences(of: "3,000", with: "4,000")
        let second = try session.run(["ingest", address])
        #expect(second.stdoutText.contains("new version  harbour@2"), "\(second.stdoutText)")
        #expect((try session.json(["evidence"]) as? [[String: Any]])?.count == 2)
    }

    @Test("diff DOC URL tells what changed on the page since it was stored")
    func diffAgainstThePage() throws {
        let page = Page()
        let server = try LocalWebServer { _ in LocalWebServer.html(page.current) }
        defer { server.stop() }
        let session = try WorkbenchSession()
        let address = server.address("/news/harbour.html")
        #expect(try session.run(["ingest", address]).status == 0)
        page.current = page.current.replacingOccurrences(of: "3,000 homes", with: "30,000 homes")
        let diff = try session.run(["diff", "harbour", address])
        #expect(diff.status == 0, "\(diff.stderr)")
        #expect(diff.stdoutText.hasPrefix("diff harbour@1 → \(address)\n"), "\(diff.stdoutText)")
        #expect(diff.stdoutText.contains("number changed: 3,000 → 30,000"))
        let closed = try session.run(["diff", "harbour", "http://127.0.0.1:9/gone.html"])
        #expect(closed.status == 2)
        #expect(closed.stderr.contains("http://127.0.0.1:9/gone.html: could not be fetched: the host 127.0.0.1 refused the connection"))
    }

    @Test("a page that cannot be fetched is an error naming it, exit 2, and the workbench is left unchanged")
    func unfetchable() throws {
        let server = try LocalWebServer { _ in LocalWebServer.html("<p>Missing.</p>", status: 404) }
        defer { server.stop() }
        let session = try WorkbenchSession()
        let analyzed = try AssayBinary.run(["analyze", server.address("/gone.html")])
        #expect(analyzed.status == 2)
        #expect(analyzed.stderr.contains("error: \(server.address("/gone.html")): could not be fetched: the server answered 404 (Not Found)"))
        let ingested = try session.run(["ingest", server.address("/gone.html"), "ftp://example.org/a.txt"])
        #expect(ingested.status == 2)
        #expect(ingested.stderr.contains("Assay fetches only http and https addresses, not ftp: ones"))
        let documents = (try session.json(["stats"]) as? [String: Any])?["documents"] as? [Any]
        #expect(documents?.isEmpty ?? true)
        #expect(try session.run(["evidence", "abc"]).stderr.contains("no stored evidence with hash 'abc'"))
    }

    @Test("a PDF is read through pdftotext, kept as evidence, and found in folders; without pdftotext the error says how to install it")
    func pdf() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = folder.appendingPathComponent("brief.pdf")
        try Data(MinimalPDF.bytes(lines: ["The ministry said 12,000 jobs were lost in 2023."])).write(to: pdf)

        let withoutTool = try AssayBinary.run(["analyze", pdf.path], environment: ["PATH": "/nonexistent"])
        #expect(withoutTool.status == 2)
        #expect(withoutTool.stderr.contains("is a PDF; Assay reads PDFs through pdftotext, which is not installed"))
        #expect(withoutTool.stderr.contains("apt-get install poppler-utils"))
        #expect(withoutTool.stdoutText.isEmpty)

        guard Self.hasPdftotext else {
            Issue.record("pdftotext is not installed (poppler-utils): the PDF half of this test did not run")
            return
        }
        let analyzed = try AssayBinary.run(["analyze", "--format", "json", folder.path])
        #expect(analyzed.status == 0, "\(analyzed.stderr)")
        let documents = try #require(try analyzed.json()["documents"] as? [[String: Any]])
        #expect(documents.first?["source"] as? String == pdf.path)
        #expect(documents.first?["text"] as? String == "The ministry said 12,000 jobs were lost in 2023.")

        let session = try WorkbenchSession()
        #expect(try session.run(["ingest", pdf.path]).status == 0)
        let evidence = try #require(try session.json(["evidence"]) as? [[String: Any]])
        #expect(evidence.first?["mediaType"] as? String == "application/pdf")
        #expect(evidence.first?["size"] as? Int == MinimalPDF.bytes(lines: ["The ministry said 12,000 jobs were lost in 2023."]).count)
        let toTerminal = try session.run(["evidence", String((evidence.first?["hash"] as? String ?? "").prefix(8))])
        #expect(toTerminal.status == 0 && toTerminal.stdout.starts(with: Data("%PDF-".utf8)))
    }
}
