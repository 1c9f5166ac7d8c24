import AssayCore

extension DocumentName {
    /// A name must be printable, without '@' or ':' (they separate versions and claim ids).
    static func validate(_ name: String) throws(WorkbenchError) {
        // Blank: only what `CharacterSet.whitespaces` holds (tab and the space separators, Zs).
        guard name.unicodeScalars.contains(where: { $0 != "\t" && $0.properties.generalCategory != .spaceSeparator }) else {
            throw .emptyDocumentName
        }
        if name.contains("@") || name.contains(":") || name.unicodeScalars.contains(where: isControl) {
            throw .invalidDocumentName(name)
        }
    }

    /// General category Cc, without a property lookup.
    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }
}
