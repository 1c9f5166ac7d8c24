import Extraction
import Foundation
import Learning
import RulesEngine

/// Finds the models a run scores with: those at a path the user gives (a model file, or a folder
/// of them), else the shipped ones (`ShippedFiles.modelsDirectory`). Every `.json` or `.model`
/// file of a folder must be a model this binary can use: one that is not is an error, never
/// skipped.
public enum ModelLibrary {
    public static let fileExtensions = [".json", ".model"]

    /// The models at `path`, or the shipped ones: exactly one check-worthiness model, and at
    /// most one framing tagger.
    public static func load(path: String?) throws(ModelFileError) -> LoadedModels {
        guard let folder = path ?? ShippedFiles.modelsDirectory else {
            throw ModelFileError(file: "Models", message: "the shipped models were not found beside the binary (install it with scripts/install.sh PREFIX); set ASSAY_MODELS to their folder, give --models PATH, or use --no-models")
        }
        var checkworthiness: [CheckworthinessModel] = []
        var framing: [FramingModel] = []
        for file in try files(at: folder) {
            switch try read(file) {
            case .checkworthiness(let model): checkworthiness.append(model)
            case .framing(let model): framing.append(model)
            }
        }
        guard checkworthiness.count <= 1 else {
            throw ModelFileError(file: folder, message: "holds \(checkworthiness.count) check-worthiness models (\(checkworthiness.map(\.path).joined(separator: ", "))); keep one, or name the file with --models FILE")
        }
        guard framing.count <= 1 else {
            throw ModelFileError(file: folder, message: "holds \(framing.count) framing models (\(framing.map(\.path).joined(separator: ", "))); keep one")
        }
        guard let model = checkworthiness.first else {
            throw ModelFileError(file: folder, message: "holds no check-worthiness model (a .json or .model file)")
        }
        return LoadedModels(checkworthiness: .model(model), framing: framing.first)
    }

    /// A model file of either task, read and checked.
    public enum Model: Sendable {
        case checkworthiness(CheckworthinessModel)
        case framing(FramingModel)
    }

    public static func read(_ file: String) throws(ModelFileError) -> Model {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw ModelFileError(file: file, message: "cannot be read (missing, or not a readable file)")
        }
        let (model, weights) = try ModelFile.decodeForScoring(Array(data), file: file)
        switch model.task {
        case CheckworthinessModel.task:
            var full = model
            full.weights = weights.named
            return .checkworthiness(try CheckworthinessModel(full, path: file))
        case FramingModel.task: return .framing(try FramingModel(header: model, weights: weights, path: file))
        default:
            throw ModelFileError(file: file, message: "is a model for '\(model.task)', which this assay does not know (it knows \(CheckworthinessModel.task) and \(FramingModel.task))")
        }
    }

    /// The model files `path` names: itself if a file, else the folder's model files in name order.
    private static func files(at path: String) throws(ModelFileError) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ModelFileError(file: path, message: "no such model file or folder")
        }
        guard isDirectory.boolValue else { return [path] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.filter { name in fileExtensions.contains { name.hasSuffix($0) } }.sorted()
            .map { URL(fileURLWithPath: path).appendingPathComponent($0).path }
    }
}

/// The learned models a run uses.
public struct LoadedModels: Sendable {
    public var checkworthiness: CheckworthinessScorer
    /// The framing tagger, which runs as the rule `framing.model`; nil without one.
    public var framing: FramingModel?

    public init(checkworthiness: CheckworthinessScorer, framing: FramingModel?) {
        self.checkworthiness = checkworthiness
        self.framing = framing
    }

    /// The hand-set check-worthiness sum and no tagger (`--no-models`).
    public static let none = LoadedModels(checkworthiness: .handSet, framing: nil)
}
