import Foundation
import Testing
import TestSupport

/// Issue 8's hostile inputs, run through the built binary: each is analyzed exactly as stated
/// or refused with one line naming the file and the problem, and the other inputs still run.
@Suite("Hostile inputs, end to end")
struct HostileInputTests {
    private static let seed = "seeds/" + Repository.seedNames[0]

    private static func utf16(_ text: String, bigEndian: Bool, bom: Bool) -> [UInt8] {
        let units = (bom ? [0xFEFF] : []) + Array(text.utf16)
        return units.flatMap { bigEndian ? [UInt8($0 >> 8), UInt8($0 & 0xFF)] : [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    }

    private static func file(_ name: String, _ bytes: [UInt8]) throws -> String {
        let url = try Repository.temporaryFolder().appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    private static func documents(_ run: AssayBinary.Run) throws -> [[String: Any]] {
        try #require(try run.json()["documents"] as? [[String: Any]])
    }

    struct Refused: CustomTestStringConvertible, Sendable {
        var name: String
        var bytes: [UInt8]
        var problem: String
        var testDescription: String { name }
    }

    static let refused: [Refused] = [
        Refused(name: "invalid UTF-8", bytes: Array("Caf".utf8) + [0xE9] + Array(" ok".utf8),
                problem: "is not valid UTF-8 (bad byte at offset 3); if it is an older file, name its encoding (--encoding windows-1252, latin1 or latin9), or save it as UTF-8"),
        Refused(name: "UTF-16LE without BOM", bytes: utf16("Police arrested 40 people.", bigEndian: false, bom: false),
                problem: "looks like UTF-16 without a byte-order mark; save it as UTF-8 or UTF-16 with a BOM"),
        Refused(name: "UTF-16BE without BOM", bytes: utf16("Police arrested 40 people.", bigEndian: true, bom: false),
                problem: "looks like UTF-16 without a byte-order mark; save it as UTF-8 or UTF-16 with a BOM"),
        Refused(name: "UTF-16 with BOM and a lone surrogate", bytes: [0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x42, 0x00],
                problem: "is not valid UTF-16 (bad code unit at byte offset 4)"),
        Refused(name: "NUL byte in text", bytes: Array("Police arrested".utf8) + [0] + Array(" 40 people.".utf8),
                problem: "looks binary (control byte at offset 15); Assay reads UTF-8 or UTF-16 text"),
        Refused(name: "binary (PNG)", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52],
                problem: "looks binary (control byte at offset 8); Assay reads UTF-8 or UTF-16 text"),
        Refused(name: "UTF-32", bytes: [0xFF, 0xFE, 0, 0, 0x41, 0, 0, 0],
                problem: "is encoded as UTF-32, which Assay does not read; save it as UTF-8"),
        Refused(name: "empty", bytes: [], problem: "is empty: there is nothing to analyze"),
        Refused(name: "whitespace only", bytes: Array(" \n\t\r\n  \u{0C}".utf8),
                problem: "contains only whitespace: there is nothing to analyze"),
    ]

    @Test("an input that is not text is refused with one line naming it and the problem; the seed beside it is analyzed",
          arguments: refused)
    func refusedInput(_ input: Refused) throws {
        let path = try Self.file("input.txt", input.bytes)
        let run = try AssayBinary.run(["analyze", "--format", "json", path, Self.seed])
        #expect(run.status == 2)
        #expect(run.stderr == "error: \(path): \(input.problem)\n")
        #expect(try Self.documents(run).map { $0["source"] as? String } == [Self.seed])
        let errors = try #require(try run.json()["errors"] as? [[String: Any]])
        #expect(errors.map { $0["source"] as? String } == [path])
    }

    @Test("--encoding reads an old archive's windows-1252 file; without it the file is refused with the way forward")
    func legacyEncoding() throws {
        let path = try Self.file("old.txt", Array("The caf".utf8) + [0xE9] + Array(" owner said ".utf8) + [0x93]
            + Array("we lost ".utf8) + [0x80] + Array("300".utf8) + [0x94] + Array(".\r\n".utf8))
        let refused = try AssayBinary.run(["analyze", path])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("--encoding windows-1252"))
        let read = try AssayBinary.run(["analyze", "--encoding", "windows-1252", "--format", "json", path])
        #expect(read.status == 0, "\(read.stderr)")
        #expect(try Self.documents(read).first?["text"] as? String == "The café owner said “we lost €300”.")
    }

    @Test("a damaged PDF is never read as text: refused, named, with pdftotext's reason or how to install it; the seed beside it is analyzed")
    func pdfInput() throws {
        let pdf = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\nBT (Police arrested 40 people.) Tj ET\n%%EOF\n"
        let path = try Self.file("report.pdf", Array(pdf.utf8))
        let withoutTool = try AssayBinary.run(["analyze", "--format", "json", path, Self.seed], environment: ["PATH": "/nonexistent"])
        #expect(withoutTool.status == 2)
        #expect(withoutTool.stderr == "error: \(path): is a PDF; Assay reads PDFs through pdftotext, which is not installed "
            + "(install poppler-utils: apt-get install poppler-utils, or brew install poppler)\n")
        #expect(try Self.documents(withoutTool).map { $0["source"] as? String } == [Self.seed])
        let run = try AssayBinary.run(["analyze", "--format", "json", path, Self.seed])
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("error: \(path): is a PDF"))
        #expect(!run.stderr.contains("Police arrested"))
        #expect(try Self.documents(run).map { $0["source"] as? String } == [Self.seed])
    }

    static let encodings: [(String, [UInt8])] = {
        let text = "Headline\r\n\r\nThe café held 42 people.\r\nIt closed."
        return [
            ("UTF-8 with BOM", [0xEF, 0xBB, 0xBF] + Array(text.utf8)),
            ("UTF-16LE with BOM", utf16(text, bigEndian: false, bom: true)),
            ("UTF-16BE with BOM", utf16(text, bigEndian: true, bom: true)),
            ("lone CR line endings", Array(text.replacingOccurrences(of: "\r\n", with: "\r").utf8)),
            ("mixed CRLF, CR and LF", Array("Headline\r\rThe café held 42 people.\nIt closed.".utf8)),
        ]
    }()

    @Test("UTF-8 with BOM, UTF-16 with BOM in both byte orders, CRLF and lone CR read as the same text", arguments: encodings)
    func acceptedEncoding(_ name: String, _ bytes: [UInt8]) throws {
        let run = try AssayBinary.run(["analyze", "--format", "json", try Self.file("input.txt", bytes)])
        #expect(run.status == 0, "\(run.stderr)")
        let document = try #require(try Self.documents(run).first)
        #expect(document["text"] as? String == "Headline\n\nThe café held 42 people.\n\nIt closed.")
    }

    @Test("combining characters, emoji, RTL and zero-width text: every span is on scalar boundaries and slices the text")
    func unicodeSpans() throws {
        let text = "Cafe\u{301} owners 👨‍👩‍👧 said 40 people were arrested. قالت الشرطة إن 30 شخصا اعتقلوا. "
            + "Officials said the rally\u{200B} drew 1,000 people 🇫🇷. A \u{202E}reversed\u{202C} word reportedly appeared."
        let run = try AssayBinary.run(["analyze", "--format", "json", "-"], stdin: Data(text.utf8))
        #expect(run.status == 0, "\(run.stderr)")
        let document = try #require(try Self.documents(run).first)
        let normalised = try #require(document["text"] as? String)
        #expect(normalised.hasPrefix("Café owners"), "decomposed é is composed (NFC)")
        var spans = 0
        for key in ["sentences", "assertions", "findings"] {
            for span in try #require(document[key] as? [[String: Any]]) {
                let start = try #require(span["start"] as? Int), end = try #require(span["end"] as? Int)
                #expect(scalarSlice(normalised, start, end) == span["text"] as? String, "\(key) \(start)..<\(end)")
                spans += 1
            }
        }
        let findings = try #require(document["findings"] as? [[String: Any]]).compactMap { $0["text"] as? String }
        #expect(findings.contains("1,000 people"))
        #expect(findings.contains("Officials said"))
        #expect(spans > 10)
    }

    @Test("zero-width and bidi controls are shown as ⟨U+…⟩ in text, Markdown and HTML output, and kept as they are in JSON")
    func invisibleCharactersShown() throws {
        let text = "Police arrested \u{202E}40 people\u{202C} on Monday, officials said.\n\nThe zero\u{200B}width \u{2067}word\u{2069} stayed."
        let input = Data(text.utf8)
        for format in ["text", "md", "html"] {
            let run = try AssayBinary.run(["analyze", "--format", format, "-"], stdin: input)
            #expect(run.status == 0, "\(run.stderr)")
            let output = run.stdoutText
            #expect(output.contains("arrested ⟨U+202E⟩40 people⟨U+202C⟩ on Monday"), "\(format)")
            #expect(output.contains("zero⟨U+200B⟩width ⟨U+2067⟩word⟨U+2069⟩ stayed"), "\(format)")
            let controls: Set<UInt32> = [0x202E, 0x202C, 0x200B, 0x2067, 0x2069]
            #expect(!output.unicodeScalars.contains { controls.contains($0.value) }, "\(format) passes a control through")
        }
        let json = try AssayBinary.run(["analyze", "--format", "json", "-"], stdin: input)
        #expect(try Self.documents(json).first?["text"] as? String == text)
    }

    @Test("text output never sends a control character to the terminal")
    func noTerminalControls() throws {
        let text = "Police arrested \u{1B}[2J40 people\u{07} in \u{9B}31mEvin\u{85}, officials said."
        let run = try AssayBinary.run(["analyze", "-"], stdin: Data(text.utf8))
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!run.stdoutText.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || (0x7F...0x9F).contains($0.value) })
        // Extraction drops ESC and BEL and reads NEL (U+0085) as a space; the CSI (U+009B) is shown.
        #expect(run.stdoutText.contains("Police arrested [2J40 people in ⟨U+009B⟩31mEvin , officials said."), "\(run.stdoutText)")
    }

    @Test("HTML nested 100,000 levels deep is analyzed to its text, in bounded time")
    func deeplyNestedHTML() throws {
        let depth = 100_000
        let page = "<html><body>" + String(repeating: "<div><span>", count: depth) + "Police arrested 40 people."
            + String(repeating: "</span></div>", count: depth) + "<p>Officials said the rally was large.</p></body></html>"
        let path = try Self.file("deep.html", Array(page.utf8))
        let run = try MeasuredRun.run(["analyze", "--format", "json", path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.cpuSeconds < 30)
        let json = try AssayBinary.run(["analyze", "--format", "json", path])
        #expect(try Self.documents(json).first?["text"] as? String == "Police arrested 40 people.\n\nOfficials said the rally was large.")
    }

    @Test("script, on* attributes and javascript: URLs in HTML and raw HTML in Markdown leave only visible text, and never reach a report")
    func activeContent() throws {
        let page = """
            <html><head><title>Rally</title><script>alert('head')</script></head>
            <body onload="alert(1)"><p onclick="steal()">Police arrested <a href="javascript:alert(2)">40 people</a>.</p>
            <img src=x onerror="alert(3)"><script>document.write('injected')</script>
            <p><iframe src="javascript:alert(4)"></iframe>Officials said it was calm.</p></body></html>
            """
        let markdown = "# Rally\n\nPolice arrested <span onclick=\"steal()\">40 people</span>.<script>alert(5)</script>\n\n"
            + "[Officials](javascript:alert(6)) said <img src=x onerror=alert(7)> it was calm.\n"
        let expected = [("page.html", page, "Police arrested 40 people.\n\nOfficials said it was calm."),
                        ("notes.md", markdown, "Rally\n\nPolice arrested 40 people.\n\nOfficials said it was calm.")]
        for (name, source, text) in expected {
            let path = try Self.file(name, Array(source.utf8))
            let json = try AssayBinary.run(["analyze", "--format", "json", path])
            #expect(json.status == 0, "\(json.stderr)")
            #expect(try Self.documents(json).first?["text"] as? String == text, "\(name)")
            for format in ["md", "html"] {
                let report = try AssayBinary.run(["analyze", "--format", format, path]).stdoutText.lowercased()
                for payload in ["<script", "onload", "onclick", "onerror", "javascript:", "alert(", "<iframe", "steal("] {
                    #expect(!report.contains(payload), "\(name) as \(format) holds \(payload)")
                }
            }
        }
    }

    @Test("a folder with a symlink loop is searched once: each file analyzed once, exit 0")
    func symlinkLoop() throws {
        let root = try Repository.temporaryFolder()
        let sub = root.appendingPathComponent("sub")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        try Data("Police arrested 40 people.".utf8).write(to: sub.appendingPathComponent("a.txt"))
        try FileManager.default.createSymbolicLink(atPath: sub.appendingPathComponent("up").path, withDestinationPath: root.path)
        try FileManager.default.createSymbolicLink(atPath: sub.appendingPathComponent("self").path, withDestinationPath: ".")
        let run = try AssayBinary.run(["analyze", "--format", "json", root.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty)
        #expect(try Self.documents(run).map { $0["source"] as? String } == [sub.appendingPathComponent("a.txt").path])
    }

    @Test("an unreadable file and an unlistable folder are each named with the reason; the readable file is analyzed",
          .enabled(if: PermissionRun.testable, PermissionRun.untestableReason))
    func unreadable() throws {
        let root = try Repository.temporaryFolder()
        let secret = root.appendingPathComponent("secret.txt"), open = root.appendingPathComponent("open.txt")
        let closed = root.appendingPathComponent("closed")
        try FileManager.default.createDirectory(at: closed, withIntermediateDirectories: true)
        for file in [secret, open, closed.appendingPathComponent("inner.txt")] {
            try Data("Police arrested 40 people.".utf8).write(to: file)
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: root.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: open.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: secret.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: closed.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: closed.path) }
        let run = try PermissionRun.run(["segment", secret.path, closed.path, open.path])
        #expect(run.status == 2)
        #expect(run.stderr == "error: \(secret.path): cannot be read (permission denied)\n"
                + "error: \(closed.path): cannot be read (folder cannot be listed)\n")
        #expect(run.stdoutText == "\(open.path)\t0\t26\tPolice arrested 40 people.\n")
    }
}
