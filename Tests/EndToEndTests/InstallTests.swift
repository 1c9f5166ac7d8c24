import Foundation
import Testing
import TestSupport

@Suite("Installing assay")
struct InstallTests {
    @Test("scripts/install.sh puts the binary, its packs and models under a prefix; run from another folder, it finds them")
    func installedBinaryFindsItsPacks() throws {
        let prefix = try Repository.temporaryFolder()
        let elsewhere = try Repository.temporaryFolder()
        defer {
            try? FileManager.default.removeItem(at: prefix)
            try? FileManager.default.removeItem(at: elsewhere)
        }
        let install = Process()
        install.executableURL = URL(fileURLWithPath: "/bin/bash")
        install.arguments = [Repository.url("scripts/install.sh").path, "--binary", AssayBinary.url.path, prefix.path]
        install.standardError = FileHandle.nullDevice
        try install.run()
        install.waitUntilExit()
        #expect(install.terminationStatus == 0)
        let installed = prefix.appendingPathComponent("bin/assay")
        let article = elsewhere.appendingPathComponent("article.txt")
        try Data(try Data(contentsOf: Repository.seed(Repository.seedNames[1]))).write(to: article)
        #expect(FileManager.default.fileExists(atPath: prefix.appendingPathComponent("share/assay/Models/checkworthiness.json").path))
        #expect(FileManager.default.fileExists(atPath: prefix.appendingPathComponent("share/man/man1/assay.1").path))
        #expect(FileManager.default.isExecutableFile(atPath: prefix.appendingPathComponent("libexec/assay/assay-fetch").path))
        for script in ["share/bash-completion/completions/assay", "share/zsh/site-functions/_assay", "share/fish/vendor_completions.d/assay.fish"] {
            let text = try String(contentsOf: prefix.appendingPathComponent(script), encoding: .utf8)
            #expect(text.contains("retract") && text.contains("analyze"), "\(script)")
        }
        let run = try AssayBinary.run(["analyze", "--format", "json", article.path], removing: ["ASSAY_RULES", "ASSAY_MODELS"],
                                      directory: elsewhere, executable: installed)
        #expect(run.status == 0, "\(run.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: run.stdout) as? [String: Any])
        let documents = try #require(json["documents"] as? [[String: Any]])
        let findings = try #require(documents.first?["findings"] as? [[String: Any]])
        // Every shipped pack is loaded: attribution, numeric and framing findings all appear.
        let categories = Set(findings.compactMap { $0["category"] as? String })
        #expect(categories.isSuperset(of: ["attribution", "numeric", "framing"]))
        // The installed model scores, as the repository's does.
        let here = try AssayBinary.run(["analyze", "--format", "json", article.path])
        let scores = { (run: AssayBinary.Run) in
            ((try? run.json()["documents"] as? [[String: Any]])?.first?["assertions"] as? [[String: Any]] ?? []).compactMap { $0["checkworthiness"] as? Double }
        }
        #expect(!scores(run).isEmpty && scores(run) == scores(here))
        // The installed binary fetches through the installed assay-fetch.
        let server = try LocalWebServer { _ in LocalWebServer.html("<p>The mayor said 3,000 homes were flooded.</p>") }
        defer { server.stop() }
        let fetched = try AssayBinary.run(["analyze", server.address("/flood.html")], removing: ["ASSAY_RULES", "ASSAY_MODELS"],
                                          directory: elsewhere, executable: installed)
        #expect(fetched.status == 0, "\(fetched.stderr)")
        #expect(fetched.stdoutText.contains("The mayor said 3,000 homes were flooded."))
    }

    @Test("a binary copied alone says where it looked and how to install it, exit 2")
    func bareBinaryExplains() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bare = folder.appendingPathComponent("assay")
        try FileManager.default.copyItem(at: AssayBinary.url, to: bare)
        let run = try AssayBinary.run(["analyze", Repository.seed(Repository.seedNames[0]).path], removing: ["ASSAY_RULES"],
                                      directory: folder, executable: bare)
        #expect(run.status == 2)
        #expect(run.stderr.contains("error: Rules: the shipped rule packs were not found beside the binary (install it with scripts/install.sh PREFIX)"))
        let page = try AssayBinary.run(["analyze", "http://127.0.0.1:9/a.html"], environment: ["ASSAY_RULES": Repository.url("Rules").path, "ASSAY_MODELS": Repository.url("Models").path],
                                       directory: folder, executable: bare)
        #expect(page.status == 2)
        #expect(page.stderr.contains("assay-fetch, which fetches web pages, was not found beside the assay binary"))
    }
}
