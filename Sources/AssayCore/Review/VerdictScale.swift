/// The ratings a workbench accepts, in order from best to worst supported. The default is the
/// design's scale; a workbench may set its own (`assay scale set`).
public enum VerdictScale {
    public static let standard = ["accurate", "mostly-accurate", "mixed", "misleading", "inaccurate",
                                  "unsupported", "not-checkable"]
}
