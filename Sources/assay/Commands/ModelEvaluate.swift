import ArgumentParser
import Extraction
import Pipeline
import Reporting

/// `assay model evaluate MODEL --data FILE…`: a model's figures on labelled data.
struct ModelEvaluate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Measure a model on labelled transcripts: MAP, P@10, P@20 and calibration, beside the hand-set score.",
        discussion: """
        Each data file is one transcript or article in CheckThat!'s layout (see 'assay model \
        train --help'); its lines are ranked by the model's score and compared with their labels. \
        Measure on data the model was not trained on.

        Examples:
          assay model evaluate team.model --data held-out/
          assay model evaluate Models/checkworthiness.json --data debate.tsv
        """
    )

    @Argument(help: ArgumentHelp("The model file.", valueName: "model"))
    var model: String

    @Option(name: .customLong("data"), parsing: .upToNextOption,
            help: ArgumentHelp("Labelled files (.tsv) or folders of them.", valueName: "file"))
    var data: [String] = []

    func validate() throws {
        guard !data.isEmpty else { throw ValidationError("Give the labelled data to measure on with --data FILE….") }
    }

    func run() throws {
        let model = try CheckworthinessModel(contentsOf: model)
        let transcripts = try TrainingData.read(data)
        let figures = CheckworthinessTrainer.evaluate(model, on: transcripts)
        StandardStream.standardOutput.write(ModelText.figures(model: figures.model.summary, handSet: figures.handSet.summary,
                                                              calibration: figures.model.calibration))
    }
}
