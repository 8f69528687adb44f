import Foundation
import Testing

/// The sample hospital's first creation takes seconds: it says what it is writing instead of
/// leaving a blank screen (issue #11).
struct DemoProgressTests {
    @Test func theFirstDemoSaysWhatItIsCreating() throws {
        let box = try Sandbox("demo-progress")
        let r = try box.rounds(["demo"], user: "demo")     // no terminal here: created, then refused
        #expect(r.stderr.contains("Creating the sample hospital (first run only): 1/7 archive"), "\(r.stderr)")
        #expect(r.stderr.contains("Creating the sample hospital (first run only): 7/7 daily checks"), "\(r.stderr)")
        #expect(FileManager.default.fileExists(atPath: box.store))
        // The second time it exists: nothing to create, nothing said.
        let again = try box.rounds(["demo"], user: "demo")
        #expect(!again.stderr.contains("Creating"), "\(again.stderr)")
    }
}
