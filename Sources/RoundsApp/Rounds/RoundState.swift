import RoundsCore
import RoundsStore
import TerminalUI

/// Round mode: walking one department's devices, one keystroke per healthy device.
public struct RoundState: Sendable {
    public var round: RoundRecord
    public var department: Department
    /// The devices of the round in location order (the order one walks the wards).
    public var devices: [Equipment]
    public var index: Int
    public var lastInspected: [String: Day]
    /// Devices of the department with a ticket still awaiting repair: shown as under repair, not
    /// "in use" (a device with an open emergency ticket is down).
    public var openTickets: [String: Ticket] = [:]
    /// A note being typed for a hazard or fault on the current device.
    public var note: TextField?
    public var pendingResult: InspectionResult?
    /// The current device's checklist being answered item by item (`c`); nil in the walk itself.
    public var checklist: ChecklistEditor?
    /// The rooms (locations) whose environment items are answered in this round (R19).
    public var answeredRooms: Set<String> = []

    public var kind: InspectionKind { round.kind }
    public var done: Int { devices.filter { round.outcomes[$0.tag] != nil }.count }
    public var isFinished: Bool { done == devices.count }
    public var current: Equipment? { devices.indices.contains(index) ? devices[index] : nil }

    /// The devices a round of `kind` covers: tracked devices of the department; for the ten-day
    /// round only its life-support and emergency devices (R12).
    static func devices(of kind: InspectionKind, in department: Department, all: [Equipment]) -> [Equipment] {
        all.filter { $0.department == department.code && $0.status.isTracked && (kind != .tenDay || $0.lifeSupport || $0.emergency) }
            .sorted { ($0.location, $0.tag) < ($1.location, $1.tag) }
    }

    /// Starts a round, or resumes the department's unfinished one of the same kind where it stopped.
    static func start(_ environment: AppEnvironment, kind: InspectionKind, department: Department, at: Instant) throws -> RoundState {
        let store = environment.store, actor = environment.login
        let round: RoundRecord
        if let open = try store.openRound(kind: kind, department: department.code) {
            round = open
        } else {
            let id = try environment.write(at: at) { try $0.startRound(kind: kind, department: department.code) }
            round = RoundRecord(id: id, kind: kind, department: department.code, startedAt: at, startedBy: actor, finishedAt: nil, outcomes: [:])
        }
        let devices = devices(of: kind, in: department, all: try store.equipment(EquipmentFilter(department: department.code)))
        var state = RoundState(round: round, department: department, devices: devices, index: 0,
                               lastInspected: try store.lastInspectionDays(department: department.code))
        state.index = state.nextOpen(from: 0) ?? 0
        try state.loadOpenTickets(store)
        state.answeredRooms = try store.answeredRooms(round: round.id)
        return state
    }

    /// Re-reads which of the round's devices await repair.
    mutating func loadOpenTickets(_ store: Store) throws {
        openTickets = [:]
        for t in try store.tickets(TicketFilter(openOnly: true, department: department.code)) where t.state.deviceAwaitsRepair {
            openTickets[t.device] = t
        }
    }

    /// The first device at or after `from` (wrapping) with nothing recorded yet.
    func nextOpen(from: Int) -> Int? {
        guard !devices.isEmpty else { return nil }
        for step in 0..<devices.count {
            let i = (from + step) % devices.count
            if round.outcomes[devices[i].tag] == nil { return i }
        }
        return nil
    }

    /// The checklist items `device` is asked in this round: its own, and its room's environment
    /// items until the room is answered in the round (R19; a device without a location has no room
    /// to share and is asked them itself).
    func checklistItems(for device: Equipment) -> [ChecklistItem] {
        let kind = ChecklistKind(inspection: self.kind)
        let roomDone = !device.location.isEmpty && answeredRooms.contains(device.location)
        return ChecklistTemplates.items(kind, for: device, scope: .device)
            + (roomDone ? [] : ChecklistTemplates.items(kind, for: device, scope: .room))
    }

    func counts() -> (ok: Int, hazard: Int, fault: Int, skipped: Int) {
        var c = (ok: 0, hazard: 0, fault: 0, skipped: 0)
        for o in round.outcomes.values {
            switch o {
            case .inspected(.ok): c.ok += 1
            case .inspected(.hazard): c.hazard += 1
            case .inspected(.fault): c.fault += 1
            case .skipped: c.skipped += 1
            }
        }
        return c
    }
}
