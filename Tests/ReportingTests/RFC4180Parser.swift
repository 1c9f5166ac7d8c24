/// A strict RFC 4180 reader, written independently of the reporter to check its output: records
/// end with CRLF (a lone CR or LF outside quotes is an error), a quoted field may hold commas,
/// CR, LF and doubled quotes, and a quote anywhere else is an error.
enum RFC4180Parser {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    static func parse(_ text: String) throws -> [[String]] {
        let scalars = Array(text.unicodeScalars)
        var records: [[String]] = [], record: [String] = [], field = String.UnicodeScalarView()
        var index = 0, quoted = false, fieldStart = true
        func at(_ offset: Int) -> Unicode.Scalar? { offset < scalars.count ? scalars[offset] : nil }
        while let scalar = at(index) {
            if quoted {
                if scalar == "\"" {
                    if at(index + 1) == "\"" {
                        field.append("\"")
                        index += 2
                        continue
                    }
                    quoted = false
                    let next = at(index + 1)
                    guard next == "," || next == "\r" else {
                        throw Failure(description: "text after a closing quote at scalar \(index + 1)")
                    }
                } else {
                    field.append(scalar)
                }
                index += 1
                continue
            }
            switch scalar {
            case "\"":
                guard fieldStart else { throw Failure(description: "a quote inside an unquoted field at scalar \(index)") }
                quoted = true
                fieldStart = false
            case ",":
                record.append(String(field))
                field = String.UnicodeScalarView()
                fieldStart = true
            case "\r":
                guard at(index + 1) == "\n" else { throw Failure(description: "a CR without LF at scalar \(index)") }
                record.append(String(field))
                records.append(record)
                record = []
                field = String.UnicodeScalarView()
                fieldStart = true
                index += 1
            case "\n":
                throw Failure(description: "a bare LF at scalar \(index)")
            default:
                field.append(scalar)
                fieldStart = false
            }
            index += 1
        }
        guard !quoted else { throw Failure(description: "an unclosed quote") }
        guard record.isEmpty, field.isEmpty else { throw Failure(description: "the last record does not end with CRLF") }
        return records
    }
}
