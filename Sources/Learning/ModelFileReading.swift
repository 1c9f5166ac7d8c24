import Foundation

extension ModelFile {
    /// Reads a model file's bytes; anything malformed, missing or of another version is an error
    /// naming the member at fault.
    public static func decode(_ bytes: [UInt8], file: String) throws(ModelFileError) -> ModelFile {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(bytes))
        } catch {
            throw ModelFileError(file: file, message: "not a model file: it is not valid JSON")
        }
        let reader = Members(object: object, path: "", file: file)
        guard try reader.string("format") == "assay-model" else {
            throw ModelFileError(file: file, message: "not a model file: 'format' is not \"assay-model\"")
        }
        let version = try reader.int("version")
        guard version == formatVersion else {
            throw ModelFileError(file: file, message: "model file version \(version) is not one this assay reads (it reads version \(formatVersion)); retrain it with this assay's 'assay model train'")
        }
        let trained = try reader.object("trainedOn")
        let trainedOn = TrainingData(sources: try trained.strings("sources"), examples: try trained.int("examples"),
                                     positives: try trained.int("positives"), date: try trained.string("date"),
                                     licence: try trained.string("licence"))
        var evaluation: Evaluation?
        if reader.has("evaluation") {
            let figures = try reader.object("evaluation")
            var calibration: [RankingFigures.CalibrationBand] = []
            for band in try figures.objects("calibration") {
                calibration.append(RankingFigures.CalibrationBand(
                    lower: try band.double("lower"), upper: try band.double("upper"), lines: try band.int("lines"),
                    meanScore: try band.double("meanScore"), positiveRate: try band.double("positiveRate")))
            }
            evaluation = Evaluation(method: try figures.string("method"), model: try summary(figures.object("model")),
                                    handSet: try summary(figures.object("handSet")), calibration: calibration)
        }
        let weightsObject = try reader.object("weights")
        var weights: [(name: String, weight: Double)] = []
        for name in weightsObject.keys { weights.append((name, try weightsObject.double(name))) }
        return ModelFile(task: try reader.string("task"), features: try reader.string("features"), trainedOn: trainedOn,
                         method: try reader.string("method"), settings: try reader.numbers("settings"),
                         evaluation: evaluation, thresholds: try reader.numbers("thresholds"),
                         intercept: try reader.double("intercept"), weights: weights)
    }

    private static func summary(_ members: Members) throws(ModelFileError) -> RankingFigures.Summary {
        RankingFigures.Summary(documents: try members.int("documents"), lines: try members.int("lines"),
                               positives: try members.int("positives"),
                               meanAveragePrecision: try members.double("map"),
                               precisionAt10: try members.double("p@10"), precisionAt20: try members.double("p@20"))
    }
}

/// The members of one JSON object of a model file, read with errors that name the member.
private struct Members {
    let dictionary: [String: Any]
    let path: String
    let file: String

    init(object: Any, path: String, file: String) {
        dictionary = object as? [String: Any] ?? [:]
        self.path = path
        self.file = file
    }

    var keys: [String] { dictionary.keys.sorted() }

    func has(_ key: String) -> Bool { dictionary[key] != nil }

    private func value(_ key: String) throws(ModelFileError) -> Any {
        guard let value = dictionary[key] else { throw problem(key, "is missing") }
        return value
    }

    func problem(_ key: String, _ what: String) -> ModelFileError {
        ModelFileError(file: file, message: "'\(path)\(key)' \(what)")
    }

    func string(_ key: String) throws(ModelFileError) -> String {
        guard let text = try value(key) as? String else { throw problem(key, "must be a string") }
        return text
    }

    func strings(_ key: String) throws(ModelFileError) -> [String] {
        guard let texts = try value(key) as? [String] else { throw problem(key, "must be a list of strings") }
        return texts
    }

    func double(_ key: String) throws(ModelFileError) -> Double {
        let value = try value(key)
        // `true` and `false` arrive as NSNumbers too, of Objective-C type `c`.
        guard let number = value as? NSNumber, String(cString: number.objCType) != "c", number.doubleValue.isFinite else {
            throw problem(key, "must be a number")
        }
        return number.doubleValue
    }

    func int(_ key: String) throws(ModelFileError) -> Int {
        let number = try double(key)
        guard number.rounded() == number, abs(number) < 1e15 else { throw problem(key, "must be a whole number") }
        return Int(number)
    }

    func object(_ key: String) throws(ModelFileError) -> Members {
        guard let object = try value(key) as? [String: Any] else { throw problem(key, "must be an object") }
        return Members(object: object, path: "\(path)\(key).", file: file)
    }

    func objects(_ key: String) throws(ModelFileError) -> [Members] {
        guard let list = try value(key) as? [[String: Any]] else { throw problem(key, "must be a list of objects") }
        return list.enumerated().map { Members(object: $1, path: "\(path)\(key)[\($0)].", file: file) }
    }

    func numbers(_ key: String) throws(ModelFileError) -> [String: Double] {
        let members = try object(key)
        var numbers: [String: Double] = [:]
        for name in members.keys { numbers[name] = try members.double(name) }
        return numbers
    }
}
