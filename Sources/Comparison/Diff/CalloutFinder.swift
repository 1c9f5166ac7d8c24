import AssayCore


/// Compares what the rules found on an old claim and its new counterpart and calls out what
/// changed: figures (quantity or bound), sources, framing and the claim's kind.
struct CalloutFinder: Sendable {
    let old: ClaimFacts
    let new: ClaimFacts

    func callouts(old oldClaim: ReviewedAssertion, new newClaim: ReviewedAssertion) -> [ChangeCallout] {
        var callouts = numbers(old.figures[oldClaim.id] ?? [], new.figures[newClaim.id] ?? [])
        callouts += sources(old.sources[oldClaim.id] ?? [], new.sources[newClaim.id] ?? [])
        callouts += framing(old.framing[oldClaim.id] ?? [], new.framing[newClaim.id] ?? [])
        if oldClaim.kind != newClaim.kind {
            callouts.append(ChangeCallout(subject: .kind, change: .changed, old: oldClaim.kind.rawValue, new: newClaim.kind.rawValue,
                                          summary: "\(oldClaim.kind.rawValue) → \(newClaim.kind.rawValue)"))
        }
        return callouts
    }

    /// Figures stated on both sides (same quantity and bound) set aside, the rest paired in
    /// text order; what is left over was added or removed.
    private func numbers(_ old: [ClaimFigure], _ new: [ClaimFigure]) -> [ChangeCallout] {
        let (gone, came) = unmatched(old, new) { $0.quantity == $1.quantity && $0.bound == $1.bound }
        return paired(gone, came,
                      changed: { before, after in
                          ChangeCallout(subject: .number, change: .changed, old: before.text, new: after.text,
                                        summary: FigureWording.change(from: before, to: after))
                      },
                      removed: { ChangeCallout(subject: .number, change: .removed, old: $0.text, new: nil, summary: $0.text) },
                      added: { ChangeCallout(subject: .number, change: .added, old: nil, new: $0.text, summary: $0.text) })
    }

    private func sources(_ old: [String], _ new: [String]) -> [ChangeCallout] {
        let (gone, came) = unmatched(old, new) { $0.lowercased() == $1.lowercased() }
        return paired(gone, came,
                      changed: { ChangeCallout(subject: .source, change: .changed, old: $0, new: $1, summary: "\($0) → \($1)") },
                      removed: { ChangeCallout(subject: .source, change: .removed, old: $0, new: nil, summary: $0) },
                      added: { ChangeCallout(subject: .source, change: .added, old: nil, new: $0, summary: $0) })
    }

    /// Framing is added or removed, never "changed": a different loaded word is both.
    private func framing(_ old: [ClaimFacts.Framing], _ new: [ClaimFacts.Framing]) -> [ChangeCallout] {
        let (gone, came) = unmatched(old, new) { $0.technique == $1.technique && $0.text.lowercased() == $1.text.lowercased() }
        return gone.map { ChangeCallout(subject: .framing, change: .removed, old: $0.text, new: nil, summary: "\($0.technique): \($0.text)") }
            + came.map { ChangeCallout(subject: .framing, change: .added, old: nil, new: $0.text, summary: "\($0.technique): \($0.text)") }
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

    private func paired<T>(_ gone: [T], _ came: [T], changed: (T, T) -> ChangeCallout, removed: (T) -> ChangeCallout,
                           added: (T) -> ChangeCallout) -> [ChangeCallout] {
        let common = min(gone.count, came.count)
        return zip(gone, came).map(changed) + gone.dropFirst(common).map(removed) + came.dropFirst(common).map(added)
    }
}
