import ArgumentParser
import Extraction
import Pipeline

/// `--models` and `--no-models`: which learned models score the assertions.
struct ModelOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "A model file, or a folder of them, used instead of the shipped models (Models/). Default: $ASSAY_MODELS, else the shipped ones.",
        valueName: "path"))
    var models: String?

    @Flag(help: "Score check-worthiness with the hand-set sum of earlier versions, not a learned model.")
    var noModels = false

    func validate() throws {
        if noModels && models != nil { throw ValidationError("--models and --no-models cannot be used together.") }
    }

    /// How assertions get their check-worthiness; a model that cannot be used stops the command
    /// before any output (exit 2).
    func scorer() throws -> CheckworthinessScorer {
        noModels ? .handSet : try ModelLibrary.checkworthinessScorer(path: models)
    }
}
