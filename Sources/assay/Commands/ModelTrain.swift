import ArgumentParser
import Extraction
import Foundation
import Learning
import Pipeline
import Reporting
import RulesEngine

/// `assay model train checkworthiness|framing`: fits a model and writes its file.
struct ModelTrain: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train a check-worthiness model or the framing tagger, from labelled data or the workbench's decisions.",
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

        framing: --data names folders of annotated articles in the Propaganda Techniques \
        Corpus layout (articles/article<ID>.txt and labels.tsv: article, technique, start, end), \
        and --neutral names neutral news, a CSV file whose first column is an article's text or a \
        folder of .txt files: the tagger learns to flag the one and leave the other alone. With \
        --from-workbench the framing findings a team dismissed are learned as not framing. Five-fold \
        cross-validation, split by article, prints span precision, recall and F1 and how often it \
        flags each kind of text, and writes them into the header.

        Examples:
          assay model train checkworthiness --data transcripts/ -o my.model
          assay model train checkworthiness --from-workbench -o team.model
          assay model train checkworthiness --from-workbench --data transcripts/ -o team.model
          assay model train framing --data ptc/ --neutral bbc-news.csv -o framing.json
          assay model train framing --data ptc/ --neutral bbc-news.csv --from-workbench -o team-framing.json
        """
    )

    @Argument(help: ArgumentHelp("What the model predicts: checkworthiness or framing.", valueName: "task"))
    var task: String

    @Option(name: .customLong("data"), parsing: .upToNextOption,
            help: ArgumentHelp("Labelled files (.tsv) or folders of them; for framing, folders of annotated articles.", valueName: "file"))
    var data: [String] = []

    @Option(name: .customLong("neutral"), parsing: .upToNextOption,
            help: ArgumentHelp("framing: neutral news, as a CSV file (text in the first column) or a folder of .txt files.", valueName: "file"))
    var neutral: [String] = []

    @Flag(help: "Learn from the workbench's verdicts, dismissals and annotations; for framing, its dismissed framing findings (with --data: from both).")
    var fromWorkbench = false

    @OptionGroup(title: "Workbench (with --from-workbench)")
    var workbench: WorkbenchOptions

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("The model file to write.", valueName: "file"))
    var output: String

    @Option(help: ArgumentHelp("The L2 penalty on word and word-pair weights: higher gives smaller, smoother weights. Default: 32 (checkworthiness), 3 (framing).", valueName: "penalty"))
    var l2: Double?

    @Option(help: ArgumentHelp("checkworthiness: the L2 penalty on the named cues (a figure, a comparison, the kind, length, place). Default: 8.", valueName: "penalty"))
    var l2Cues: Double?

    @Option(help: ArgumentHelp("A feature is kept only if it fires in at least this many training examples. Default: 3 (checkworthiness), 5 (framing).", valueName: "count"))
    var minCount: Int?

    @Option(help: ArgumentHelp("The training date written in the header (YYYY-MM-DD). Default: today.", valueName: "date"))
    var date: String?

    @Option(help: ArgumentHelp("The terms the data is released under, written in the header.", valueName: "text"))
    var licence = "the data's owners' terms (not given)"

    @Flag(help: "Skip the leave-one-file-out measurement.")
    var noCrossValidate = false

    func validate() throws {
        guard [CheckworthinessModel.task, FramingModel.task].contains(task) else {
            throw ValidationError("'\(task)' is not a task assay can learn; the tasks are '\(CheckworthinessModel.task)' and '\(FramingModel.task)'.")
        }
        if task == FramingModel.task {
            guard !data.isEmpty else { throw ValidationError("framing needs annotated articles: --data FOLDER… (and neutral news with --neutral FILE).") }
            if l2Cues != nil { throw ValidationError("--l2-cues is a checkworthiness setting; framing has none.") }
        } else {
            guard !data.isEmpty || fromWorkbench else { throw ValidationError("Give training data with --data FILE… or --from-workbench.") }
            if !neutral.isEmpty { throw ValidationError("--neutral is for the framing tagger, not for checkworthiness.") }
        }
        for (name, value) in [("--l2", l2), ("--l2-cues", l2Cues)] {
            if let value, !(value > 0 && value.isFinite) { throw ValidationError("\(name) must be a positive number.") }
        }
        if let minCount, minCount < 1 { throw ValidationError("--min-count must be 1 or more.") }
        if let date, date.wholeMatch(of: /\d{4}-\d{2}-\d{2}/) == nil {
            throw ValidationError("--date must be YYYY-MM-DD, not '\(date)'.")
        }
    }

    func run() throws {
        if task == FramingModel.task { return try trainFraming() }
        var transcripts = try TrainingData.read(data)
        var sources = try TrainingData.files(data).map { URL(fileURLWithPath: $0).lastPathComponent }
        if fromWorkbench {
            let bench = try workbench.open(.read)
            transcripts += try WorkbenchTrainingData.transcripts(from: bench)
            sources.append("workbench")
        }
        let trainer = CheckworthinessTrainer(l2: l2 ?? CheckworthinessTrainer.defaultL2, l2Cues: l2Cues ?? CheckworthinessTrainer.defaultL2Cues,
                                             minimumCount: minCount ?? CheckworthinessTrainer.defaultMinimumCount,
                                             date: date ?? Self.today, licence: licence)
        let model = try trainer.train(transcripts, sources: sources, crossValidate: !noCrossValidate)
        try write(model)
    }

    private func trainFraming() throws {
        var articles: [FramingArticle] = []
        for folder in data { articles += try FramingCorpus.annotated(folder: folder) }
        for path in neutral { articles += try FramingCorpus.neutral(path: path) }
        var sources = (data + neutral).map { URL(fileURLWithPath: $0).lastPathComponent }
        if fromWorkbench {
            articles += try WorkbenchFramingData.articles(from: try workbench.open(.read))
            sources.append("workbench")
        }
        var settings = FramingTrainer.Settings()
        if let l2 {
            settings.l2Sentence = l2
            settings.l2Span = l2
        }
        if let minCount { settings.minimumCount = minCount }
        let trainer = FramingTrainer(settings: settings, date: date ?? Self.today, licence: licence)
        let (model, _) = try trainer.train(articles, sources: sources, crossValidate: !noCrossValidate)
        try write(model)
    }

    private func write(_ model: ModelFile) throws {
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
