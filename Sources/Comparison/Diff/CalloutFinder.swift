import AssayCore


/// Compares what the rules found on an old claim and its new counterpart and calls out what
/// changed: figures (quantity, bound or unit), amounts of money, dates, sources, framing and the
/// claim's kind.
struct CalloutFinder: Sendable {
    let old: ClaimFacts
    let new: ClaimFacts

    func callouts(old oldClaim: ReviewedAssertion, new newClaim: ReviewedAssertion) -> [ChangeCallout] {
        let oldFigures = old.figures[oldClaim.id] ?? [], newFigures = new.figures[newClaim.id] ?? []
        var callouts = figures(.number, oldFigures.filter { !$0.isMoney }, newFigures.filter { !$0.isMoney })
        callouts += figures(.money, oldFigures.filter(\.isMoney), newFigures.filter(\.isMoney))
        callouts += dates(old.dates[oldClaim.id] ?? [], new.dates[newClaim.id] ?? [])
        callouts += sources(old.attributions[oldClaim.id] ?? [], new.attributions[newClaim.id] ?? [])
        callouts += framing(old.framing[oldClaim.id] ?? [], new.framing[newClaim.id] ?? [])
        if oldClaim.kind != newClaim.kind {
            callouts.append(ChangeCallout(subject: .kind, change: .changed, old: oldClaim.kind.rawValue, new: newClaim.kind.rawValue,
                                          summary: "\(oldClaim.kind.rawValue) → \(newClaim.kind.rawValue)"))
        }
        return callouts
    }

    /// Figures stated on both sides (same quantity, bound and unit) set aside, the rest paired in
    /// text order; what is left over was added or removed.
    private func figures(_ subject: ChangeCallout.Subject, _ old: [ClaimFigure], _ new: [ClaimFigure]) -> [ChangeCallout] {
        let (gone, came) = unmatched(old, new) { $0.quantity == $1.quantity && $0.bound == $1.bound && $0.unit == $1.unit }
        return paired(subject, gone, came, written: \.text, shown: \.text, changed: FigureWording.change)
    }

    private func dates(_ old: [ClaimDate], _ new: [ClaimDate]) -> [ChangeCallout] {
        let (gone, came) = unmatched(old, new) { $0.reading == $1.reading }
        return paired(.date, gone, came, written: \.text, shown: \.text) { "\($0.text) → \($1.text)" }
    }

    private func sources(_ old: [ClaimFacts.Attribution], _ new: [ClaimFacts.Attribution]) -> [ChangeCallout] {
        let (gone, came) = unmatched(old, new) { $0.isSame(as: $1) }
        return paired(.source, gone, came, written: { $0.source ?? $0.text }, shown: \.shown) { "\($0.shown) → \($1.shown)" }
    }

    /// Framing is added or removed, never "changed": a different loaded word is both.
    private func framing(_ old: [ClaimFacts.Framing], _ new: [ClaimFacts.Framing]) -> [ChangeCallout] {
        let (gone, came) = unmatched(old, new) { $0.techniques == $1.techniques && $0.text.lowercased() == $1.text.lowercased() }
        return gone.map { ChangeCallout(subject: .framing, change: .removed, old: $0.text, new: nil, summary: $0.shown) }
            + came.map { ChangeCallout(subject: .framing, change: .added, old: nil, new: $0.text, summary: $0.shown) }
    }

    /// The items of each side that have no equal on the other (each equal pair used once).
    private func unmatched<T>(_ old: [T], _ new: [T], equal: (T, T) -> Bool) -> ([T], [T]) {
        var remaining = new
        var gone: [T] = []
        for item in old {
            if let index = remaining.firstIndex(where: { equal(item, $0) }) {
                remaining.remove(at: index)
            } else {
                gone.append(item)
            }
        }
        return (gone, remaining)
    }

    /// The left-over items paired in text order as changed, the rest removed or added: each item
    /// recorded as `written` (the callout's old or new) and told as `shown`, a pair as `changed`.
    private func paired<T>(_ subject: ChangeCallout.Subject, _ gone: [T], _ came: [T], written: (T) -> String,
                           shown: (T) -> String, changed: (T, T) -> String) -> [ChangeCallout] {
        let common = min(gone.count, came.count)
        return zip(gone, came).map { ChangeCallout(subject: subject, change: .changed, old: written($0), new: written($1), summary: changed($0, $1)) }
            + gone.dropFirst(common).map { ChangeCallout(subject: subject, change: .removed, old: written($0), new: nil, summary: shown($0)) }
            + came.dropFirst(common).map { ChangeCallout(subject: subject, change: .added, old: nil, new: written($0), summary: shown($0)) }
    }
}
