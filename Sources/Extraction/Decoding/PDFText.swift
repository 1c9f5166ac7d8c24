import Foundation

/// A PDF's text, got out by `pdftotext` (poppler-utils) when it is installed: reading a PDF's
/// syntax as text would make assertions of its operators, and its own text layout is poppler's
/// job, not Assay's. The PDF itself is kept as the version's evidence by the application layer.
public enum PDFText {
    /// Whether the bytes are a PDF: `%PDF-` at the start (after a UTF-8 byte-order mark, which
    /// no PDF writer puts there but which must not let one pass for text).
    public static func isPDF(_ bytes: [UInt8]) -> Bool {
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
        return body.starts(with: "%PDF-".utf8)
    }

    /// The PDF's text as UTF-8 with LF line endings, pages joined by a line break.
    static func text(of bytes: [UInt8], source: String) throws(InputError) -> [UInt8] {
        guard let tool = executable("pdftotext") else { throw InputError(source: source, problem: .pdf) }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("assay-pdf-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = folder.appendingPathComponent("input.pdf"), errors = folder.appendingPathComponent("errors.txt")
        let process = Process()
        let output = Pipe()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false,
                                                    attributes: [.posixPermissions: 0o700])
            try Data(bytes).write(to: pdf)
            _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
            process.executableURL = URL(fileURLWithPath: tool)
            process.arguments = ["-enc", "UTF-8", "-eol", "unix", pdf.path, "-"]
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = output
            process.standardError = try FileHandle(forWritingTo: errors)
            try process.run()
        } catch {
            throw InputError(source: source, problem: .unreadablePDF("pdftotext could not be run (\(error.localizedDescription))"))
        }
        let text = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let said = (try? String(contentsOf: errors, encoding: .utf8))?
                .split(separator: "\n").first.map { ": \($0)" } ?? ""
            let reason = switch process.terminationStatus {
            case 3: "its owner does not allow copying its text"
            default: "pdftotext failed (exit \(process.terminationStatus))\(said)"
            }
            throw InputError(source: source, problem: .unreadablePDF(reason))
        }
        // A form feed ends each page; a sentence may run on over the break.
        let joined = text.map { $0 == 0x0C ? 0x0A : $0 }
        if joined.allSatisfy({ $0 == 0x20 || (0x09...0x0D).contains($0) }) {
            throw InputError(source: source, problem: .unreadablePDF("it holds no text (a scanned image needs OCR first)"))
        }
        return joined
    }

    /// The first executable `name` on `PATH`.
    private static func executable(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
