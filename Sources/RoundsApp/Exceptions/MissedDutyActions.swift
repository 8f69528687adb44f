import RoundsCore
import RoundsStore

extension App {
    /// Enter on a missed duty: its ticket for a ticket's duty, else the device (its record and history).
    func openMissedDuty(_ d: MissedDuty) {
        if let number = TicketNumber(parsing: d.subject), let detail = try? TicketDetailState.load(store, number: number, now: environment.now()) {
            push(.ticket(detail))
        } else if let detail = try? DetailState.load(store, tag: d.device) {
            push(.detail(detail))
        }
    }
}
