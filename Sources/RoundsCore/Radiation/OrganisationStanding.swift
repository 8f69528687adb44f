/// What stands against a testing organisation on a day (R86), for the list a radiation screen
/// shows: the same four problems ``OrganisationCheck`` refuses a test for, asked once for the
/// organisation rather than once per test.
///
/// "Out of scope" is asked against the standards the hospital's radiation devices need for their
/// yearly status test (R79): an organisation that cannot do one of them is flagged, because the
/// next status test of such a device could not be done by it.
///
/// ```swift
/// let s = OrganisationStanding(org, on: Day(2026, 3, 15)!, needed: ["WS76-2020"], province: "吉林")
/// s.problems        // [.unpublished] when the province requires publication and it has none
/// s.mayTest         // false
/// ```
public struct OrganisationStanding: Hashable, Sendable {
    /// One problem; raw values are the command line's spelling.
    public enum Problem: String, CaseIterable, Hashable, Sendable {
        case expired, outOfScope = "out-of-scope", unpublished, blacklisted
    }

    public var organisation: TestingOrganisation
    public var problems: [Problem]
    /// The needed standards its scope does not cover for a status test (empty unless out of scope).
    public var uncovered: [String]

    public var mayTest: Bool { problems.isEmpty }

    /// `province` is the facility's province when it requires publication, "" when not (as for
    /// ``OrganisationCheck/problems(_:kind:standard:on:province:)``).
    public init(_ org: TestingOrganisation, on day: Day, needed: Set<String>, province: String) {
        organisation = org
        uncovered = needed.filter { !org.covers(.status, standard: $0) }.sorted()
        var out: [Problem] = []
        if !org.isQualified(on: day) { out.append(.expired) }
        if !uncovered.isEmpty { out.append(.outOfScope) }
        if !province.isEmpty && !org.isPublished(in: province, on: day) { out.append(.unpublished) }
        if org.isBlacklisted(on: day) { out.append(.blacklisted) }
        problems = out
    }
}
