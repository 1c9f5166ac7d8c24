import AssayCore

/// The open block elements, innermost last. Gives the role of the text being read (that of the
/// innermost heading, list item, quote or `pre`) and closes elements the way browsers imply
/// (a new `li` closes the previous one, a block closes an open `p`…). The stack lives on the
/// heap and each element is pushed and popped once, so any depth costs linear time.
struct HTMLOpenElements {
    private static let paragraphs: Set<String> = ["p"]
    private static let paragraphBoundaries: Set<String> = ["table", "td", "th", "caption"]
    private static let listItems: Set<String> = ["li"]
    private static let lists: Set<String> = ["ul", "ol", "menu", "dir"]
    private static let definitions: Set<String> = ["dt", "dd"]
    private static let definitionLists: Set<String> = ["dl"]
    private static let cells: Set<String> = ["td", "th"]
    private static let rows: Set<String> = ["tr"]
    private static let tables: Set<String> = ["table"]
    private static let rowContainers: Set<String> = ["tr", "table"]

    private var names: [String] = []
    /// The role text has at each depth.
    private var roles: [ParagraphRole] = []
    /// Where each open element name sits in `names`, innermost last.
    private var positions: [String: [Int]] = [:]

    var role: ParagraphRole { roles.last ?? .paragraph }

    var isInPre: Bool { positions["pre"]?.isEmpty == false }

    /// Whether an end tag `name` closes something; any heading end tag closes an open heading.
    func isOpen(_ name: String) -> Bool { innermostClosed(by: name) != nil }

    mutating func open(_ name: String) {
        closeImplied(by: name)
        roles.append(HTMLElements.role(of: name) ?? role)
        positions[name, default: []].append(names.count)
        names.append(name)
    }

    /// Closes the innermost open `name` and everything inside it; does nothing if none is open.
    mutating func close(_ name: String) {
        if let position = innermostClosed(by: name) { pop(to: position) }
    }

    private func innermostClosed(by name: String) -> Int? {
        HTMLElements.headings.contains(name) ? innermost(of: HTMLElements.headings) : positions[name]?.last
    }

    private mutating func closeImplied(by name: String) {
        if HTMLElements.closesParagraph.contains(name) {
            closeInnermost(Self.paragraphs, unlessInside: Self.paragraphBoundaries)
        }
        switch name {
        case "li": closeInnermost(Self.listItems, unlessInside: Self.lists)
        case "dt", "dd": closeInnermost(Self.definitions, unlessInside: Self.definitionLists)
        case "td", "th": closeInnermost(Self.cells, unlessInside: Self.rowContainers)
        case "tr": closeInnermost(Self.rows, unlessInside: Self.tables)
        default:
            if HTMLElements.headings.contains(name), let last = names.last, HTMLElements.headings.contains(last) {
                pop(to: names.count - 1)
            }
        }
    }

    private func innermost(of candidates: Set<String>) -> Int? {
        var result: Int?
        for candidate in candidates {
            if let position = positions[candidate]?.last, position > result ?? -1 { result = position }
        }
        return result
    }

    /// Closes the innermost of `candidates` unless one of `boundaries` was opened inside it.
    private mutating func closeInnermost(_ candidates: Set<String>, unlessInside boundaries: Set<String>) {
        guard let target = innermost(of: candidates) else { return }
        if let boundary = innermost(of: boundaries), boundary > target { return }
        pop(to: target)
    }

    /// Pops the element at `position` and everything above it.
    private mutating func pop(to position: Int) {
        while names.count > position, let name = names.popLast() {
            _ = roles.popLast()
            _ = positions[name]?.popLast()
        }
    }
}
