import Extraction
import Foundation
import Learning

/// Finds the models a run scores with: those at a path the user gives (a model file, or a folder
/// of them), else the shipped ones (`ShippedFiles.modelsDirectory`). Every `.json` or `.model`
/// file of a folder must be a model this binary can use: one that is not is an error, never
/// skipped.
public enum ModelLibrary {
    public static let fileExtensions = [".json", ".model"]

    /// The check-worthiness scorer of the models at `path`, or of the shipped models.
    public static func checkworthinessScorer(path: String?) throws(ModelFileError) -> CheckworthinessScorer {
        guard let folder = path ?? ShippedFiles.modelsDirectory else {
            throw ModelFileError(file: "Models", message: "the shipped models were not found beside the binary (install it with scripts/install.sh PREFIX); set ASSAY_MODELS to their folder, give --models PATH, or use --no-models")
        }
        var models: [CheckworthinessModel] = []
        for file in try files(at: folder) { models.append(try CheckworthinessModel(contentsOf: file)) }
        guard models.count <= 1 else {
            throw ModelFileError(file: folder, message: "holds \(models.count) check-worthiness models (\(models.map(\.path).joined(separator: ", "))); keep one, or name the file with --models FILE")
        }
        guard let model = models.first else {
            throw ModelFileError(file: folder, message: "holds no check-worthiness model (a .json or .model file)")
        }
        return .model(model)
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
