import Foundation

/// L2-regularised logistic regression, fitted by L-BFGS over the whole training set.
///
/// Why this model: its output is a probability (no separate calibration step when the penalty
/// is set by held-out data), every weight reads as "this feature makes a sentence more or less
/// likely to be chosen", which is what an analyst's reasons need, and full-batch L-BFGS is
/// deterministic: the same examples in the same order give the same weights, bit for bit.
public struct LogisticRegression: Sendable {
    public struct Fit: Sendable, Equatable {
        public var weights: [Double]
        public var intercept: Double
        public var iterations: Int
    }

    /// The penalty on each column's squared weight (the intercept is not penalised).
    public var penalties: [Double]
    public var maximumIterations: Int

    public init(penalties: [Double], maximumIterations: Int = 300) {
        self.penalties = penalties
        self.maximumIterations = maximumIterations
    }

    public func fit(_ examples: [TrainingExample]) -> Fit {
        let columns = penalties.count
        let dimension = columns + 1  // the last coordinate is the intercept
        var point = [Double](repeating: 0, count: dimension)
        // Start the intercept at the base rate's log-odds: the optimum is near it when the
        // labels are sparse.
        let positives = examples.reduce(0.0) { $0 + ($1.isPositive ? Double($1.weight) : 0) }
        let total = examples.reduce(0.0) { $0 + Double($1.weight) }
        if positives > 0, positives < total {
            point[columns] = log(positives / (total - positives))
        }
        var (loss, gradient) = objective(point, examples, columns)
        let memory = 8
        var steps: [[Double]] = []
        var gradientChanges: [[Double]] = []
        var iteration = 0
        while iteration < maximumIterations {
            iteration += 1
            let direction = searchDirection(gradient, steps, gradientChanges)
            var slope = dot(direction, gradient)
            var descent = direction
            if slope >= 0 {  // not a descent direction: fall back to steepest descent
                descent = gradient.map { -$0 }
                slope = dot(descent, gradient)
            }
            var stepSize = iteration == 1 ? min(1, 1 / max(norm(gradient), 1e-12)) : 1
            var candidate = point
            var candidateLoss = loss
            var candidateGradient = gradient
            var accepted = false
            for _ in 0..<40 {
                for index in 0..<dimension { candidate[index] = point[index] + stepSize * descent[index] }
                (candidateLoss, candidateGradient) = objective(candidate, examples, columns)
                if candidateLoss <= loss + 1e-4 * stepSize * slope {
                    accepted = true
                    break
                }
                stepSize /= 2
            }
            guard accepted else { break }
            let step = zip(candidate, point).map { $0 - $1 }
            let change = zip(candidateGradient, gradient).map { $0 - $1 }
            if dot(step, change) > 1e-10 {
                steps.append(step)
                gradientChanges.append(change)
                if steps.count > memory {
                    steps.removeFirst()
                    gradientChanges.removeFirst()
                }
            }
            let improvement = loss - candidateLoss
            point = candidate
            loss = candidateLoss
            gradient = candidateGradient
            if improvement <= 1e-9 * max(1, abs(loss)) || norm(gradient) <= 1e-6 { break }
        }
        return Fit(weights: Array(point[0..<columns]), intercept: point[columns], iterations: iteration)
    }

    /// The penalised negative log-likelihood and its gradient.
    private func objective(_ point: [Double], _ examples: [TrainingExample], _ columns: Int) -> (Double, [Double]) {
        var gradient = [Double](repeating: 0, count: point.count)
        var loss = 0.0
        for example in examples {
            var margin = point[columns]
            for (column, value) in zip(example.columns, example.values) {
                margin += point[Int(column)] * Double(value)
            }
            // log(1 + e^m) computed without overflow.
            let softplus = margin > 0 ? margin + log1p(exp(-margin)) : log1p(exp(margin))
            let weight = Double(example.weight)
            loss += weight * (example.isPositive ? softplus - margin : softplus)
            let residual = weight * (Self.sigmoid(margin) - (example.isPositive ? 1 : 0))
            for (column, value) in zip(example.columns, example.values) {
                gradient[Int(column)] += residual * Double(value)
            }
            gradient[columns] += residual
        }
        for index in 0..<columns {
            loss += 0.5 * penalties[index] * point[index] * point[index]
            gradient[index] += penalties[index] * point[index]
        }
        return (loss, gradient)
    }

    /// L-BFGS's two-loop recursion: minus the inverse-Hessian estimate times the gradient.
    private func searchDirection(_ gradient: [Double], _ steps: [[Double]], _ changes: [[Double]]) -> [Double] {
        var direction = gradient
        var alphas = [Double](repeating: 0, count: steps.count)
        for index in stride(from: steps.count - 1, through: 0, by: -1) {
            let rho = 1 / dot(changes[index], steps[index])
            alphas[index] = rho * dot(steps[index], direction)
            for j in 0..<direction.count { direction[j] -= alphas[index] * changes[index][j] }
        }
        if let lastStep = steps.last, let lastChange = changes.last {
            let scale = dot(lastStep, lastChange) / dot(lastChange, lastChange)
            for j in 0..<direction.count { direction[j] *= scale }
        }
        for index in 0..<steps.count {
            let rho = 1 / dot(changes[index], steps[index])
            let beta = rho * dot(changes[index], direction)
            for j in 0..<direction.count { direction[j] += steps[index][j] * (alphas[index] - beta) }
        }
        return direction.map { -$0 }
    }

    public static func sigmoid(_ margin: Double) -> Double {
        margin >= 0 ? 1 / (1 + exp(-margin)) : exp(margin) / (1 + exp(margin))
    }

    private func dot(_ a: [Double], _ b: [Double]) -> Double {
        var sum = 0.0
        for index in 0..<a.count { sum += a[index] * b[index] }
        return sum
    }

    private func norm(_ a: [Double]) -> Double { dot(a, a).squareRoot() }
}
