import ArgumentParser
import Extraction
import Foundation
import Pipeline
import Reporting

/// `assay model train checkworthiness`: fits a model and writes its file.
struct ModelTrain: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train a check-worthiness model from labelled transcripts or from the workbench's verdicts.",
        discussion: """
        Data files are tab-separated, one sentence per line, in CheckThat!'s layout:
          line <TAB> speaker <TAB> sentence <TAB> label
        label 1 marks a sentence chosen for fact-checking, 0 the others; a speaker's consecutive \
        lines form a turn (a paragraph). A folder stands for its .tsv files.

        With --from-workbench the workbench's own record teaches the model: a claim with a \
        verdict other than not-checkable is worth checking, a dismissed claim or a \
        not-checkable verdict is not, and an annotated claim (one the extractor missed) is.

        With three or more data files the model is also measured by leaving each file out in \
        turn; the figures, beside the hand-set score's, are printed and written into the model's \
        header. The same data and options give the same file, byte for byte.

        Examples:
          assay model train checkworthiness --data transcripts/ -o my.model
          assay model train checkworthiness --from-workbench -o team.model
          assay model train checkworthiness --from-workbench --data transcripts/ -o team.model
        """
    )

    @Argument(help: ArgumentHelp("What the model predicts: checkworthiness.", valueName: "task"))
    var task: String

    @Option(name: .customLong("data"), parsing: .upToNextOption,
            help: ArgumentHelp("Labelled files (.tsv) or folders of them.", valueName: "file"))
    var data: [String] = []

    @Flag(help: "Learn from the workbench's verdicts, dismissals and annotations (with --data: from both).")
    var fromWorkbench = false

    @OptionGroup(title: "Workbench (with --from-workbench)")
    var workbench: WorkbenchOptions

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("The model file to write.", valueName: "file"))
    var output: String

    @Option(help: "The L2 penalty on word and word-pair weights: higher gives smaller, smoother weights.")
    var l2 = CheckworthinessTrainer.defaultL2

    @Option(help: "The L2 penalty on the named cues (a figure, a comparison, the kind, length, place).")
    var l2Cues = CheckworthinessTrainer.defaultL2Cues

    @Option(help: "A word or word pair becomes a feature only if it occurs in at least this many training lines.")
    var minCount = CheckworthinessTrainer.defaultMinimumCount

    @Option(help: ArgumentHelp("The training date written in the header (YYYY-MM-DD). Default: today.", valueName: "date"))
    var date: String?

    @Option(help: ArgumentHelp("The terms the data is released under, written in the header.", valueName: "text"))
    var licence = "the data's owners' terms (not given)"

    @Flag(help: "Skip the leave-one-file-out measurement.")
    var noCrossValidate = false

    func validate() throws {
        guard task == CheckworthinessModel.task else {
            throw ValidationError("'\(task)' is not a task assay can learn; the task is '\(CheckworthinessModel.task)'.")
        }
        guard !data.isEmpty || fromWorkbench else {
            throw ValidationError("Give training data with --data FILE… or --from-workbench.")
        }
        guard l2 > 0, l2.isFinite, l2Cues > 0, l2Cues.isFinite else { throw ValidationError("--l2 and --l2-cues must be positive numbers.") }
        guard minCount >= 1 else { throw ValidationError("--min-count must be 1 or more.") }
        if let date, date.wholeMatch(of: /\d{4}-\d{2}-\d{2}/) == nil {
            throw ValidationError("--date must be YYYY-MM-DD, not '\(date)'.")
        }
    }

    func run() throws {
        var transcripts = try TrainingData.read(data)
        var sources = try TrainingData.files(data).map { URL(fileURLWithPath: $0).lastPathComponent }
        if fromWorkbench {
            let bench = try workbench.open(.read)
            transcripts += try WorkbenchTrainingData.transcripts(from: bench)
            sources.append("workbench")
        }
        let trainer = CheckworthinessTrainer(l2: l2, l2Cues: l2Cues, minimumCount: minCount, date: date ?? Self.today, licence: licence)
        let model = try trainer.train(transcripts, sources: sources, crossValidate: !noCrossValidate)
        let file = try OutputFile(path: output, access: .userDefault)
        try file.write(String(decoding: model.encoded(), as: UTF8.self))
        try file.commit()
        StandardStream.standardOutput.write(ModelText.trained(model, path: output))
    }

    private static var today: String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date())
    }
}
