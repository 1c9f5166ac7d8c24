/// Makes untrusted text safe inside the HTML report, whose markup is also well-formed XML: no
/// document, note, citation or registry text can become markup, an attribute or a link.
enum HTMLText {
    /// Text content and attribute values alike: `& < > " '` become the five XML entities, and
    /// characters that are invisible, that reorder text or that XML forbids (controls,
    /// U+FFFE/U+FFFF) are shown as their code points. Line feeds and tabs are kept.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n", "\t": out.unicodeScalars.append(scalar)
            case "\r": out += " "
            default:
                if InvisibleCharacters.isInvisible(scalar) || isUnsafeForXML(scalar) {
                    out += InvisibleCharacters.visible(scalar)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// C1 controls render as nothing; U+FFFE and U+FFFF are not allowed in XML at all.
    private static func isUnsafeForXML(_ scalar: Unicode.Scalar) -> Bool {
        (0x80...0x9F).contains(scalar.value) || scalar.value == 0xFFFE || scalar.value == 0xFFFF
    }

    /// An element whose attribute values are escaped here; `content` is markup already.
    /// `nil` attribute values are left out. Void elements (`content == nil`) are self-closed.
    static func element(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:], _ content: String? = "") -> String {
        guard let content else { return "<" + name + self.attributes(attributes) + "/>" }
        return startTag(name, attributes) + content + "</" + name + ">"
    }

    /// `<name attributes…>`, for an element whose content and end tag are written separately.
    static func startTag(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:]) -> String {
        "<" + name + self.attributes(attributes) + ">"
    }

    private static func attributes(_ attributes: KeyValuePairs<String, String?>) -> String {
        var out = ""
        for (key, value) in attributes {
            guard let value else { continue }
            out += " \(key)=\"\(escape(value))\""
        }
        return out
    }

    /// Escaped text in an element.
    static func text(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:], _ text: String) -> String {
        element(name, attributes, escape(text))
    }

    /// A name usable as a CSS class: lowercase `[a-z0-9-]`, other characters as `-`, never empty.
    /// Category and rating names come from rule packs and workbenches, so they may be anything.
    static func className(_ name: String) -> String {
        let mapped = name.lowercased().unicodeScalars.map { scalar -> Character in
            switch scalar {
            case "a"..."z", "0"..."9", "-": Character(scalar)
            default: "-"
            }
        }
        let cleaned = String(mapped)
        return cleaned.isEmpty ? "x" : cleaned
    }

    /// A link when the URL is http(s) (never a script or data URL), else the text alone.
    static func link(_ label: String, url: String?) -> String {
        guard let url, SafeURL.isHTTP(url) else { return escape(label) }
        return element("a", ["href": url, "rel": "noopener noreferrer"], escape(label))
    }
}
