import AssayText

/// Recognises site furniture that is not part of an article: "Exit mobile version",
/// "No comments:", "Post a Comment", share and subscribe prompts, navigation leftovers.
///
/// Only short blocks are candidates, so a sentence that merely mentions sharing is never lost.
enum BoilerplateDetector {
    private static let maxLength = 80

    private static let exactLines: Set<String> = [
        "exit mobile version", "no comments:", "no comments", "post a comment", "leave a comment",
        "leave a reply", "comments", "share", "share this:", "share this", "share this article",
        "share this post", "share this story", "tweet", "email", "print", "like this:",
        "like this", "related", "related posts", "related articles", "related stories",
        "you may also like", "you might also like", "read more", "read more:", "advertisement",
        "sponsored", "skip to content", "skip to main content", "newer post", "older post",
        "home", "loading...", "loading…", "subscribe", "subscribe now", "sign up", "menu",
        "search", "back to top", "previous article", "next article", "facebook", "twitter",
        "whatsapp", "linkedin", "telegram", "reddit", "copy link", "share via email",
    ]

    private static let prefixes: [String] = [
        "subscribe to", "sign up for", "sign up to", "share on ", "click to share",
        "click here to", "follow us on", "posted by ", "labels:", "tags:", "filed under",
        "subscribe to: post comments", "join our newsletter", "get our newsletter",
        "share this on", "continue reading", "all rights reserved", "copyright ©", "© ",
    ]

    /// Whether a block's normalised UTF-8 is boilerplate. Long blocks, most of a text, are
    /// answered on their length without building a string.
    static func isBoilerplate(_ bytes: [UInt8]) -> Bool {
        guard bytes.count <= maxLength * 4, bytes.count(where: { !UTF8Bytes.isContinuation($0) }) <= maxLength else {
            return false
        }
        let written = String(decoding: bytes, as: UTF8.self)
        let line = written.lowercased()
        return exactLines.contains(line) || prefixes.contains { line.hasPrefix($0) } && !goesOn(bytes) || isByline(written)
    }

    /// "By Dana Whitfield, Staff Reporter", "By JANE DOE and JOHN ROE | The Herald": "By" and up
    /// to eight capitalised words (names and roles), commas, "and" or a bar between them, no end
    /// mark. A sentence opening with "By" has a lower-case word ("By the end of the year, …").
    private static func isByline(_ line: String) -> Bool {
        guard line.hasPrefix("By ") || line.hasPrefix("BY "), let last = line.last, last != ".", last != "!", last != "?" else {
            return false
        }
        let words = line.dropFirst(3).split { $0 == " " || $0 == "," || $0 == "|" }.filter { $0 != "and" && $0 != "&" }
        return (1...8).contains(words.count) && words.allSatisfy { $0.first?.isUppercase == true }
    }

    /// Whether a sentence follows the first one (`Follow us on Twitter. Clarification: The
    /// council…`): then the block holds prose, and a prompt at its start does not make it furniture.
    private static func goesOn(_ bytes: [UInt8]) -> Bool {
        var index = 0
        while index + 2 < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?"),
               bytes[index + 1] == UTF8Bytes.space, UTF8Bytes.isASCIILetter(bytes[index + 2]) || UTF8Bytes.isDigit(bytes[index + 2]) {
                return true
            }
            index += 1
        }
        return false
    }
}
