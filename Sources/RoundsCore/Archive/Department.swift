/// A clinical or technical department of the hospital (科室).
///
/// `isKey` marks a key department (重点科室: emergency, ICU, operating theatres, delivery rooms,
/// hyperbaric oxygen and the like, IMR 1.1). Life-support and emergency devices of a key department
/// get the ten-day round (R12).
public struct Department: Hashable, Sendable, Codable {
    public var code: String
    public var name: String
    public var nameEN: String
    public var isKey: Bool

    public init(code: String, name: String, nameEN: String = "", isKey: Bool = false) {
        self.code = code; self.name = name; self.nameEN = nameEN; self.isKey = isKey
    }

    /// The name to show in a language: the English name when asked for English and one exists.
    public func displayName(english: Bool) -> String { english && !nameEN.isEmpty ? nameEN : name }
}
