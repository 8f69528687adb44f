import RoundsCore
import RoundsStore

/// A fault found in a round opens a repair request for the device (R16, R36).
enum RoundFaults {
    static func openTicket(_ rec: Recorder, device: Equipment, note: String, calendar: FacilityCalendar) throws {
        // Repair tickets arrive with issue #4; until then the fault is kept as the inspection's result
        // and its hazard item, which the exception lists show.
    }
}
