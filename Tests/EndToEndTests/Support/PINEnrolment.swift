import Foundation
import Testing

/// The OS account running the tests, and so every `rounds` they start (from the user database, as
/// `rounds` reads it). A person with this login is authenticated by the operating system: she may set
/// her own first PIN and issue one-time codes without giving a PIN (CONTRACT "Signatures").
let osAccount: String = {
    guard let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name else { return "unknown-account" }
    return String(cString: name)
}()

/// A `people.csv` line for an equipment head whose login is ``osAccount``: the fixtures' way to have
/// someone who can issue codes.
let osHeadCSVLine = "\(osAccount),设备科主任,equipment-head,"

extension Sandbox {
    /// Gives `login` the PIN `pin` the way a hospital does: `issuer` (an equipment head: the OS
    /// account, or with her own `issuerPIN`) runs `pin issue`, and `login` sets the PIN with the code.
    /// Returns the code. Expects both steps to succeed. `now: nil` for an evidence store (real clock).
    @discardableResult
    func enrolPIN(_ pin: String, for login: String, issuer: String = osAccount, issuerPIN: String? = nil,
                  now: String? = testNow, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let issued = try rounds(["pin", "issue", login] + (issuerPIN.map { ["--pin", $0] } ?? []), now: now, user: issuer,
                                sourceLocation: sourceLocation)
        try #require(issued.status == 0 && issued.stdoutLines.count == 1, "\(issued)", sourceLocation: sourceLocation)
        let code = issued.stdoutLines[0]
        let set = try rounds(["pin", "set", "--code", code, "--pin", pin], now: now, user: login, sourceLocation: sourceLocation)
        try #require(set.status == 0, "\(set)", sourceLocation: sourceLocation)
        return code
    }
}
