import AssayCore
import Extraction
import Foundation
import Pipeline
import Testing
import TestSupport

@Suite("Fetching a web page")
struct PageFetcherTests {
    private static let article = "<html><head><title>Flood</title></head><body><p>The mayor said 3,000 homes were flooded.</p></body></html>"

    /// A server with one answer per path; unknown paths are 404.
    private func server() throws -> LocalWebServer {
        try LocalWebServer { path in
            switch path {
            case "/article.html": LocalWebServer.html(Self.article)
            case "/moved": LocalWebServer.redirect(to: "/article.html")
            case "/loop": LocalWebServer.redirect(to: "/loop")
            case "/away": LocalWebServer.redirect(to: "file:///etc/passwd")
            case "/etc/passwd": LocalWebServer.html("<p>Served by the test server.</p>")
            case "/ftp": LocalWebServer.redirect(to: "ftp://127.0.0.1/x")
            case "/large": .page(status: 200, headers: [("Content-Type", "text/plain"), ("Content-Length", "5000")],
                                 body: Array(repeating: 0x61, count: 5000))
            case "/streamed": .page(status: 200, headers: [("Content-Type", "text/plain")], body: Array(repeating: 0x61, count: 5000))
            case "/picture.png": .page(status: 200, headers: [("Content-Type", "image/png")], body: [0x89, 0x50, 0x4E, 0x47])
            case "/latin1": .page(status: 200, headers: [("Content-Type", "text/plain; charset=ISO-8859-1")],
                                  body: Array("The caf".utf8) + [0xE9] + Array(" closed in 2019.".utf8))
            case "/slow": .silence
            default: LocalWebServer.html("<p>No such page.</p>", status: 404)
            }
        }
    }

    private func analyzer(_ fetcher: PageFetcher = PageFetcher()) throws -> DocumentAnalyzer {
        DocumentAnalyzer(engine: try ShippedRules.engine.get(), scorer: .handSet, fetcher: fetcher)
    }

    /// The problem a fetch of `path` reports, in words.
    private func failure(_ path: String, _ fetcher: PageFetcher = PageFetcher(), on server: LocalWebServer) throws -> String {
        let analyzer = try analyzer(fetcher)
        do throws(InputError) {
            _ = try analyzer.analyze(.webPage(address: server.address(path)))
            return "fetched"
        } catch {
            #expect(error.source == server.address(path))
            return error.description
        }
    }

    @Test("a page is fetched, read as its media type says, and kept whole as evidence with the address and time")
    func fetchesAPage() throws {
        let server = try server()
        defer { server.stop() }
        let analyzed = try analyzer().analyze(.webPage(address: server.address("/article.html")))
        #expect(analyzed.document.source == server.address("/article.html"))
        #expect(analyzed.document.format == .html)
        #expect(analyzed.document.metadata.title == "Flood")
        #expect(analyzed.document.assertions.map(\.text) == ["The mayor said 3,000 homes were flooded."])
        let evidence = try #require(analyzed.evidence)
        #expect(evidence.bytes == Array(Self.article.utf8))
        #expect(evidence.mediaType == "text/html")
        #expect(evidence.fetchedFrom == server.address("/article.html"))
        #expect(evidence.retrievedAt?.hasPrefix("20") == true)
    }

    @Test("a redirect is followed, and the address it ends at is kept")
    func followsRedirects() throws {
        let server = try server()
        defer { server.stop() }
        let analyzed = try analyzer().analyze(.webPage(address: server.address("/moved")))
        #expect(analyzed.evidence?.fetchedFrom == server.address("/article.html"))
        #expect(analyzed.document.source == server.address("/moved"))
    }

    @Test("a redirect loop, a redirect away from http, an error status and a refused connection are each named")
    func failures() throws {
        let server = try server()
        defer { server.stop() }
        #expect(try failure("/loop", on: server).contains("more than 5 redirects"))
        #expect(try failure("/ftp", on: server).hasSuffix("it redirects to ftp://127.0.0.1/x, which is not an http or https address"))
        #expect(try failure("/missing", on: server).contains("the server answered 404 (Not Found)"))
        let closed = try LocalWebServer { _ in .silence }
        let address = closed.address("/x")
        closed.stop()
        let analyzer = try analyzer()
        do throws(InputError) {
            _ = try analyzer.analyze(.webPage(address: address))
            Issue.record("a stopped server answered")
        } catch {
            #expect(error.description.contains("refused the connection"))
        }
    }

    @Test("a redirect to a file: address never reads a local file (FoundationNetworking asks the same server for its path)")
    func fileRedirect() throws {
        let server = try server()
        defer { server.stop() }
        let analyzed = try analyzer().analyze(.webPage(address: server.address("/away")))
        #expect(analyzed.document.text == "Served by the test server.")
        #expect(analyzed.evidence?.fetchedFrom?.hasPrefix("http://127.0.0.1:") == true)
    }

    @Test("a page over the size limit is refused, whether or not the server says its size first")
    func sizeLimit() throws {
        let server = try server()
        defer { server.stop() }
        let small = PageFetcher(maximumSize: 1_000)
        #expect(try failure("/large", small, on: server).hasSuffix("the page is too large (5000 bytes; Assay fetches up to 1000 bytes)"))
        #expect(try failure("/streamed", small, on: server).hasSuffix("the page is too large (Assay fetches up to 1000 bytes)"))
        #expect(try failure("/large", on: server) == "fetched")
    }

    @Test("a server that does not answer is given up on after the timeout")
    func timeout() throws {
        let server = try server()
        defer { server.stop() }
        let started = Date()
        #expect(try failure("/slow", PageFetcher(timeout: 1), on: server).contains("no answer within 1 second (--fetch-timeout)"))
        #expect(Date().timeIntervalSince(started) < 15)
    }

    @Test("an image is refused as not a document; a declared Latin-1 page that is not UTF-8 is read as Latin-1")
    func mediaTypes() throws {
        let server = try server()
        defer { server.stop() }
        #expect(try failure("/picture.png", on: server).contains("is image/png, not a document Assay reads"))
        let latin = try analyzer().analyze(.webPage(address: server.address("/latin1")))
        #expect(latin.document.text == "The café closed in 2019.")
    }

    @Test("addresses are told from paths: http and https are fetched, other schemes refused, paths with colons stay paths")
    func addresses() throws {
        let located = InputLocator.locate(["https://example.org/a", "HTTP://example.org/b", "ftp://example.org/c", "notes:v2.txt"])
        #expect(try located[0].get() == .webPage(address: "https://example.org/a"))
        #expect(try located[1].get() == .webPage(address: "HTTP://example.org/b"))
        #expect(throws: InputError(source: "ftp://example.org/c", problem: .unsupportedAddress(scheme: "ftp"))) { try located[2].get() }
        #expect(throws: InputError(source: "notes:v2.txt", problem: .notFound)) { try located[3].get() }
    }
}
