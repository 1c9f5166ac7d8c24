/// The tool's name and version, as reported by `assay --version` and in every JSON output.
public enum AssayVersion {
    public static let name = "assay"
    public static let current = "0.1.0"
}
