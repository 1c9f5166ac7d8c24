import ArgumentParser

/// `assay model`: train, measure and inspect the learned models.
struct ModelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "model",
        abstract: "Train, evaluate and inspect the learned models (check-worthiness).",
        discussion: """
        A model is one JSON file (format in Models/README.md). The shipped models are in \
        Models/; analyze and ingest use them unless given --models PATH or --no-models.

        Examples:
          assay model show Models/checkworthiness.json
          assay model train checkworthiness --data transcripts/ -o my.model
          assay model train checkworthiness --from-workbench -o team.model
          assay model evaluate team.model --data transcripts/
          assay analyze --models team.model article.html
        """,
        subcommands: [ModelTrain.self, ModelEvaluate.self, ModelShow.self]
    )
}
