import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The HTML report read back with an XML parser: whether it is well-formed, every element with
/// its attributes, the character data, and each `mark` piece with the text inside it.
final class HTMLProbe: NSObject, XMLParserDelegate {
    struct Element {
        var name: String
        var attributes: [String: String]
    }

    struct MarkPiece {
        var finding: String
        var start: String
        var end: String
        var text: String
    }

    private(set) var elements: [Element] = []
    private(set) var marks: [MarkPiece] = []
    private(set) var text = ""
    private(set) var error: Error?
    private var openMarks: [MarkPiece?] = []

    init(_ html: String) {
        super.init()
        let parser = XMLParser(data: Data(html.utf8))
        parser.delegate = self
        if !parser.parse() { error = parser.parserError ?? error }
    }

    func attributeValues(_ name: String) -> [String] {
        elements.compactMap { $0.attributes[name] }
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        elements.append(Element(name: elementName, attributes: attributes))
        if elementName == "mark", let finding = attributes["data-finding"] {
            openMarks.append(MarkPiece(finding: finding, start: attributes["data-start"] ?? "", end: attributes["data-end"] ?? "", text: ""))
        } else if elementName == "mark" {
            openMarks.append(nil)
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        guard elementName == "mark", let piece = openMarks.popLast() else { return }
        if let piece { marks.append(piece) }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text += string
        for index in openMarks.indices { openMarks[index]?.text += string }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        error = parseError
    }
}
