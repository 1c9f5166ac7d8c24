import ArgumentParser
import Extraction
import Pipeline

/// `--models` and `--no-models`: which learned models score the assertions and tag framing.
struct ModelOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "A model file, or a folder of them, used instead of the shipped models (Models/). Default: $ASSAY_MODELS, else the shipped ones.",
        valueName: "path"))
    var models: String?

    @Flag(help: "No learned models: check-worthiness from the hand-set sum of earlier versions, and no framing.model findings.")
    var noModels = false

    func validate() throws {
        if noModels && models != nil { throw ValidationError("--models and --no-models cannot be used together.") }
    }

    /// The models to use; one that cannot be used stops the command before any output (exit 2).
    func load() throws -> LoadedModels {
        noModels ? .none : try ModelLibrary.load(path: models)
    }
}
