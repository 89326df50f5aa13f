import Foundation
import NolanDomain
import NolanPolicy
import NolanStore

/// Finds where an agenda title names something a member registered: a company or UPRN number, a postcode, a
/// body's name, an address, a land description, or the donor of a registered gift.
///
/// Precision matters more than recall here: a scan that flags every item sharing "Road" or "Council" is not used.
/// So single generic words never match; the council's own name and wards are ignored (they appear in half its
/// agenda); and a match needs an identifier, a whole name or address phrase, or at least two distinctive words.
public struct ConflictMatcher: Sendable {
    /// Words too common in agenda titles and registered names to show a connection on their own.
    static let generic: Set<String> = [
        "a", "an", "and", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to", "with", "per",
        "ltd", "limited", "plc", "llp", "co", "company", "cic", "inc",
        "council", "councils", "parish", "district", "borough", "town", "county", "city", "committee", "cabinet",
        "road", "rd", "street", "st", "lane", "ln", "avenue", "drive", "close", "way", "place", "court", "crescent",
        "terrace", "grove", "gardens", "square", "hill", "green", "row", "walk", "mews", "drove", "park",
        "north", "south", "east", "west", "upper", "lower", "great", "little", "old", "new", "saint",
        "land", "site", "adjacent", "adj", "rear", "part", "plot", "unit", "units", "building", "buildings",
        "application", "planning", "proposed", "erection", "dwelling", "dwellings", "extension", "change", "use",
        "grant", "grants", "contract", "contracts", "award", "tender", "licence", "license", "licensing",
        "premises", "variation", "review", "report", "update", "budget", "policy", "scheme", "consultation",
        "trust", "association", "society", "club", "group", "services", "service", "centre", "center",
        "community", "charity", "foundation", "partnership", "member", "members", "annual", "general",
        "freehold", "leasehold", "home", "house", "property", "shareholding", "director", "trustee",
        "employed", "employment", "owner", "tenant", "lease", "unpaid", "appointed", "representative",
        "no", "nil", "none", "my", "our", "i", "your", "partner", "partners",
    ]

    /// Words of the council's name and wards, ignored in this council's scan.
    let local: Set<String>

    public init(council: Council) {
        local = Set(Self.words(council.name) + council.wards.flatMap(Self.words))
    }

    /// Lower-case words, apostrophes dropped (Hart's → harts), everything else a separator.
    public static func words(_ s: String) -> [String] {
        let cleaned = s.lowercased().replacingOccurrences(of: "'", with: "").replacingOccurrences(of: "’", with: "")
        return cleaned.split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

    func distinctive(_ ws: [String]) -> [String] {
        ws.filter { !Self.generic.contains($0) && !local.contains($0) && ($0.count >= 3 || $0.allSatisfy(\.isNumber)) }
    }

    /// `phrase` occurs in `title` as consecutive whole words.
    static func contains(_ title: [String], phrase: [String]) -> Bool {
        guard !phrase.isEmpty, phrase.count <= title.count else { return false }
        for start in 0...(title.count - phrase.count) where Array(title[start..<(start + phrase.count)]) == phrase {
            return true
        }
        return false
    }

    /// A body's name without its legal form ("Little Snorham Village Hall Ltd" → "little snorham village hall").
    static func nameWords(_ name: String) -> [String] {
        var w = words(name)
        while let last = w.last, ["ltd", "limited", "plc", "llp", "cic", "inc"].contains(last) { w.removeLast() }
        if w.first == "the" { w.removeFirst() }
        return w
    }

    public struct Match: Sendable, Equatable {
        public var score: Int
        public var evidence: [String]
    }

    /// How strongly an agenda title points at an interest's details. nil when it does not.
    /// `reveal` false keeps matched values out of the evidence (a sensitive interest).
    public func match(title: String, interest i: Interest, reveal: Bool) -> Match? {
        let t = Self.words(title)
        let compactTitle = title.uppercased().filter { !$0.isWhitespace }
        var score = 0
        var evidence: [String] = []
        func hit(_ s: Int, _ what: String, _ value: String) {
            score = max(score, s)
            evidence.append(reveal ? "\(what) \"\(value)\"" : "\(what) (a withheld detail)")
        }
        if let n = i.companyNumber {
            let short = String(n.drop { $0 == "0" })
            if t.contains(n.lowercased()) || (short.count >= 5 && t.contains(short.lowercased())) { hit(100, "company number", n) }
        }
        if let u = i.uprn, t.contains(u) { hit(100, "UPRN", u) }
        if let p = i.postcode, compactTitle.contains(p.filter { !$0.isWhitespace }) { hit(90, "postcode", p) }
        if let b = i.bodyName {
            let name = Self.nameWords(b)
            if !distinctive(name).isEmpty, Self.contains(t, phrase: name) { hit(80, "body name", b) }
        }
        if let a = i.address {
            let parts = a.split(separator: ",").map { String($0) }
            let first = parts.first ?? a
            let lead = Self.words(first)
            // The street: after the house number ("14 Priory Lane"), or the next part after a house name
            // ("Mill House, Fen Road").
            var street: [String] = []
            if let streetStart = lead.firstIndex(where: { !$0.allSatisfy(\.isNumber) }), streetStart > 0 {
                street = Array(lead[streetStart...])
            } else if parts.count > 1 {
                street = Self.words(parts[1])
            }
            if !distinctive(lead).isEmpty, Self.contains(t, phrase: lead) {
                hit(75, "address", first)
            } else if !distinctive(street).isEmpty, Self.contains(t, phrase: street) {
                hit(45, "street of the address", street.joined(separator: " "))
            }
        }
        // Words in common: two distinctive words side by side in both ("village hall"), or three anywhere.
        let sources = [i.bodyName, i.address, i.description].compactMap { $0 }.map(Self.words)
        let own = Set(sources.flatMap(distinctive))
        let shared = own.intersection(distinctive(t)).sorted()
        let ownPairs = Set(sources.flatMap { w in zip(w, w.dropFirst()).map { "\($0) \($1)" } })
        let titlePairs = zip(t, t.dropFirst()).filter { shared.contains($0) && shared.contains($1) }.map { "\($0) \($1)" }
        if shared.count >= 3 {
            hit(50 + 5 * min(shared.count, 4), "shared words", shared.joined(separator: ", "))
        } else if let pair = titlePairs.first(where: ownPairs.contains) {
            hit(55, "shared words", pair)
        }
        return score > 0 ? Match(score: score, evidence: evidence) : nil
    }

    /// How strongly an agenda title names a gift's donor.
    public func match(title: String, donor: String) -> Match? {
        let name = Self.nameWords(donor)
        guard !distinctive(name).isEmpty, Self.contains(Self.words(title), phrase: name) else { return nil }
        return Match(score: 60, evidence: ["donor \"\(donor)\""])
    }
}

/// One possible conflict the scan found.
public struct ScanHit: Codable, Sendable, Equatable {
    public var memberId: Int64
    public var memberName: String
    public var itemId: Int64
    public var itemNumber: String
    public var itemTitle: String
    /// `interest` or `gift`.
    public var source: String
    public var sourceId: Int64
    /// How the register names it (a sensitive interest: "interest #N (sensitive)").
    public var label: String
    /// 100 an identifier (company number, UPRN); 90 a postcode; 80 a body's name; 75 an address; 60 a gift's
    /// donor; 55-70 distinctive words in common (a pair side by side, or three or more); 45 the street only.
    public var score: Int
    public var evidence: [String]
    /// The advice that would follow if the member confirms the item directly relates to the interest.
    public var adviceIfConfirmed: Advice?
    public var note: String?
}

public struct ScanReport: Codable, Sendable, Equatable {
    public var meetingId: Int64
    public var council: String
    public var meetsOn: Day
    /// Attending members, or every member in office when no attendance is recorded.
    public var membersScanned: Int
    public var attendanceRecorded: Bool
    public var itemsScanned: Int
    public var hits: [ScanHit]
}

extension RegisterService {
    /// Lists, for every attending member and agenda item, the registered interests and gift donors the item may
    /// relate to, ranked, each with its evidence and the advice that would follow if confirmed.
    public func scan(meeting id: Int64, minimumScore: Int = 40) throws -> ScanReport {
        try store.read { r in
            let mt = try meeting(id, in: r)
            let c = try council(mt.councilSlug, in: r)
            let p = try policy(c)
            let matcher = ConflictMatcher(council: c)
            let items = try r.agendaItems(meeting: mt.id)
            let attending = try r.attendance(meeting: mt.id)
            let terms = Dictionary(grouping: try r.terms(council: c.slug), by: \.memberId)
            let members = try r.members(council: c.slug).filter { m in
                attending.isEmpty ? (terms[m.id] ?? []).contains { $0.isInOffice(on: mt.meetsOn) } : attending.contains(m.id)
            }
            let allInterests = Dictionary(uniqueKeysWithValues: try r.interests(council: c.slug).map { ($0.id, $0) })
            let interests = Dictionary(grouping: allInterests.values.filter {
                !$0.isNilReturn && $0.isRecorded(on: mt.meetsOn) && $0.status != .returned
            }, by: \.memberId)
            let gifts = Dictionary(grouping: try r.gifts(council: c.slug).filter { $0.registeredOn <= mt.meetsOn }, by: \.memberId)
            let dispensations = try r.dispensations(council: c.slug)
            var hits: [ScanHit] = []
            for m in members {
                for item in items {
                    for i in interests[m.id] ?? [] {
                        let sensitive = i.isWithheld
                        guard let found = matcher.match(title: item.title, interest: i, reveal: !sensitive),
                              found.score >= minimumScore else { continue }
                        if sensitive {
                            // Neither the kind of detail matched, nor a score that would betray it, nor the paragraph
                            // (which would say which table): the Monitoring Officer advises the member privately.
                            hits.append(ScanHit(memberId: m.id, memberName: m.name, itemId: item.id, itemNumber: item.number,
                                                itemTitle: item.title, source: "interest", sourceId: i.id,
                                                label: Self.subject(of: i, policy: p), score: 0,
                                                evidence: ["matches a withheld detail"], adviceIfConfirmed: nil,
                                                note: "A sensitive interest: the Monitoring Officer advises the member privately; if it is declared, only its existence is disclosed (Appendix B paras 2-3)"))
                            continue
                        }
                        let touch = Self.touch(i, policy: p, effect: .directlyRelates)
                        let label = touch.label
                        let scenario = AdviceScenario(
                            meetingDate: mt.meetsOn, councilHasExecutiveArrangements: c.executiveArrangements,
                            item: AgendaItemFacts(title: item.title, publicMaySpeak: item.publicMaySpeak),
                            touches: [touch],
                            dispensations: Self.dispensationFacts(dispensations.filter { $0.memberId == m.id }, interests: allInterests))
                        hits.append(ScanHit(memberId: m.id, memberName: m.name, itemId: item.id, itemNumber: item.number,
                                            itemTitle: item.title, source: "interest", sourceId: i.id, label: label,
                                            score: found.score, evidence: found.evidence,
                                            adviceIfConfirmed: DeclarationAdvisor.advise(scenario, variant: p.variant), note: nil))
                    }
                    for g in gifts[m.id] ?? [] {
                        guard let found = matcher.match(title: item.title, donor: g.donor), found.score >= minimumScore else { continue }
                        hits.append(ScanHit(
                            memberId: m.id, memberName: m.name, itemId: item.id, itemNumber: item.number, itemTitle: item.title,
                            source: "gift", sourceId: g.id, label: "gift #\(g.id) (\(g.value), \(g.outcome.rawValue) \(g.receivedOn))",
                            score: found.score, evidence: found.evidence, adviceIfConfirmed: nil,
                            note: "The member \(g.outcome == .accepted ? "accepted" : "was offered") gifts or hospitality from a party to this item: consider whether it gives rise to an interest under Appendix B paras 7-9, and \(p.cite(.giftFromInterestedDonor)) (gifts from those seeking business, a permission or a licence)"))
                    }
                }
            }
            hits.sort { ($0.score, -$0.memberId, -$0.itemId) > ($1.score, -$1.memberId, -$1.itemId) }
            return ScanReport(meetingId: mt.id, council: c.slug, meetsOn: mt.meetsOn, membersScanned: members.count,
                              attendanceRecorded: !attending.isEmpty, itemsScanned: items.count, hits: hits)
        }
    }
}
