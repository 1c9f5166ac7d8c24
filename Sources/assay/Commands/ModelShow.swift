import ArgumentParser
import Extraction
import Foundation
import Learning
import Pipeline
import Reporting

/// `assay model show MODEL`: a model's header and its strongest features.
struct ModelShow: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print a model's header (task, training data, figures) and its strongest features.",
        discussion: """
        Examples:
          assay model show Models/checkworthiness.json
          assay model show team.model --top 30
        """
    )

    @Argument(help: ArgumentHelp("The model file.", valueName: "model"))
    var model: String

    @Option(help: "How many of the strongest features to list each way.")
    var top = 15

    func validate() throws {
        guard top >= 0 else { throw ValidationError("--top must be 0 or more.") }
    }

    func run() throws {
        _ = try ModelLibrary.read(model)  // a model this assay cannot use is an error here too
        let bytes = FileManager.default.contents(atPath: model).map(Array.init) ?? []
        StandardStream.standardOutput.write(ModelText.describe(try ModelFile.decode(bytes, file: model), path: model, top: top))
    }
}
