import Foundation
import NolanDomain

/// Checks and normalises the structured details people type into the register (error messages never repeat the
/// value: it may be a sensitive interest's detail), so that the pre-meeting conflict
/// scan and the open-data feeds can match on them (a postcode written three ways is one postcode).
public enum FieldRules {
    /// A UK postcode, upper-cased with one space before the inward code (`pe38 9ab` → `PE38 9AB`).
    public static func postcode(_ raw: String) throws(UserError) -> String {
        let compact = raw.uppercased().filter { !$0.isWhitespace }
        let chars = Array(compact)
        guard (5...7).contains(chars.count) else { throw UserError.invalid("postcode", "not a UK postcode (e.g. PE38 9AB)") }
        let outward = chars.dropLast(3)
        let inward = chars.suffix(3)
        let okInward = inward.first!.isASCIIDigitChar && inward.dropFirst().allSatisfy(\.isASCIILetterChar)
        let okOutward = (2...4).contains(outward.count) && outward.first!.isASCIILetterChar
            && outward.contains(where: \.isASCIIDigitChar)
            && outward.allSatisfy { $0.isASCIILetterChar || $0.isASCIIDigitChar }
        guard okInward, okOutward else { throw UserError.invalid("postcode", "not a UK postcode (e.g. PE38 9AB)") }
        return String(outward) + " " + String(inward)
    }

    /// A Unique Property Reference Number: 1 to 12 digits.
    public static func uprn(_ raw: String) throws(UserError) -> String {
        let t = raw.trimmed
        guard (1...12).contains(t.count), t.allSatisfy(\.isASCIIDigitChar) else {
            throw UserError.invalid("uprn", "not a UPRN (1 to 12 digits)")
        }
        return t
    }

    /// A Companies House number: eight characters, either digits or two letters then six digits
    /// (`SC123456`); an all-digit number written without its leading zeros is padded (`1234567` → `01234567`).
    public static func companyNumber(_ raw: String) throws(UserError) -> String {
        let t = raw.uppercased().filter { !$0.isWhitespace }
        if !t.isEmpty, t.count <= 8, t.allSatisfy(\.isASCIIDigitChar) {
            return String(repeating: "0", count: 8 - t.count) + t
        }
        let c = Array(t)
        guard c.count == 8, c[0].isASCIILetterChar, c[1].isASCIILetterChar, c[2...].allSatisfy(\.isASCIIDigitChar) else {
            throw UserError.invalid("company-number", "not a Companies House number (8 digits, or 2 letters and 6 digits)")
        }
        return t
    }

    /// The ward a member of council `c` sits for, trimmed (empty is none). It must be one of the wards the council's
    /// configuration lists, and a councillor of a council with wards sits for one of them. One rule for members added
    /// by hand and members imported from Modern.Gov, so that every ward the register holds is one the council has
    /// (the local-members notices of the member/officer protocols are checked against the same list).
    public static func ward(_ raw: String?, role: MemberRole, council c: Council) throws(UserError) -> String? {
        let ward = raw?.trimmed
        if let wd = ward, !wd.isEmpty {
            guard c.wards.contains(wd) else {
                if c.wards.isEmpty {
                    throw UserError.invalid("ward", "'\(wd)' is not a ward of \(c.name), which has no wards configured: list its wards in the council's file under Councils/ first")
                }
                throw UserError.invalid("ward", "'\(wd)' is not a ward of \(c.name) (wards: \(c.wards.joined(separator: ", ")))")
            }
            return wd
        }
        if role == .councillor, !c.wards.isEmpty {
            throw UserError.invalid("ward", "a councillor of \(c.name) represents one of its wards: \(c.wards.joined(separator: ", "))")
        }
        return nil
    }

    /// Required free text: trimmed, not empty.
    public static func text(_ raw: String, field: String) throws(UserError) -> String {
        let t = raw.trimmed
        guard !t.isEmpty else { throw UserError.invalid(field, "must not be empty") }
        return t
    }
}

extension Character {
    var isASCIIDigitChar: Bool { ("0"..."9").contains(self) }
    var isASCIILetterChar: Bool { ("A"..."Z").contains(self) || ("a"..."z").contains(self) }
}
