import AssayCore
import Comparison
import Foundation
import ReviewStore
import TestSupport

/// The two seeds, and a third article on the 2018 bomb plot, analyzed as `assay match` analyzes
/// files, with helpers to find claims in a match by their wording.
enum MatchSeeds {
    static func seeds() throws -> [ReviewedDocument] {
        try Repository.seedNames.map { name in
            let text = try String(contentsOf: Repository.seed(name), encoding: .utf8)
            return ReviewedDocument(unreviewed: try ShippedRules.document(text: text, source: "seeds/" + name))
        }
    }

    /// Seed 004 is from 2017, before the 2018 plot against the Free Iran rally, so only seed 000
    /// tells of it (TATP, the couple, Assadollah Assadi). This report of the trial words the same
    /// events differently: what match must find across documents.
    static let bombPlotReport = """
        Iranian diplomat convicted over plot to bomb opposition rally

        An Iranian diplomat has been sentenced to 20 years in prison by a court in Antwerp for plotting to bomb a rally of the exiled opposition near Paris in 2018.

        Assadollah Assadi, who was posted at Iran's embassy in Vienna, was arrested in Germany shortly after the couple he had recruited was stopped. Belgian police had found 500 grams of the explosive TATP and a detonator in the couple's car in June 2018. Prosecutors said Assadi handed over the bomb-making materials himself.

        The rally, organised by the National Council of Resistance of Iran, drew tens of thousands of people. Iran denied any involvement and called the trial a fabrication.
        """

    static func bombPlot() throws -> ReviewedDocument {
        ReviewedDocument(unreviewed: try ShippedRules.document(text: bombPlotReport, source: "bomb-plot-trial.txt"))
    }
}

extension ClaimMatch {
    /// The group holding a claim worded with `first` and a claim worded with `second`.
    func group(with first: String, _ second: String) -> ClaimGroup? {
        groups.first { group in
            group.members.contains { $0.text.contains(first) } && group.members.contains { $0.text.contains(second) }
        }
    }

    /// The suggested pair of a claim worded with `first` and one worded with `second`.
    func suggestedPair(with first: String, _ second: String) -> ClaimPair? {
        suggested.first { pair in
            (pair.first.text.contains(first) && pair.second.text.contains(second))
                || (pair.first.text.contains(second) && pair.second.text.contains(first))
        }
    }

    /// Grouped or suggested.
    func found(_ first: String, _ second: String) -> Bool {
        group(with: first, second) != nil || suggestedPair(with: first, second) != nil
    }
}
