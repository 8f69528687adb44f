import ArgumentParser
import Foundation
import RoundsApp

extension CommandSpec {
    /// The tree of `command` (normally ``Rounds``) as ArgumentParser dumps it, in the language of
    /// this run (``Help``): what the man page is written from.
    static func of(_ command: ParsableCommand.Type) throws -> CommandSpec {
        struct Dump: Decodable { let command: CommandSpec }
        return try JSONDecoder().decode(Dump.self, from: Data(command._dumpHelp().utf8)).command
    }
}
