@testable import RoundsCore

/// The cast and devices of the ticket tests. ICU is a key department; WARD is not; EQUIP is the
/// equipment department. All times are Shanghai local (`at("2026-03-02T08:00")`); 2026-03-02 is a Monday.
enum TicketsFixture {
    static let head = Person(login: "head", name: "王主任", roles: [.equipmentHead], department: "EQUIP")
    static let eng = Person(login: "eng", name: "李工", roles: [.engineer], department: "EQUIP")
    static let nurse = Person(login: "nurse", name: "张护士", roles: [.operator], department: "ICU")
    static let cust = Person(login: "cust", name: "赵保管", roles: [.custodian], department: "")
    static let wardNurse = Person(login: "ward", name: "陈护士", roles: [.operator], department: "WARD")
    static let director = Person(login: "dir", name: "周院长", roles: [.director])
    static let leader = Person(login: "vp", name: "吴副院长", roles: [.director])
    static let people = [head, eng, nurse, cust, wardNurse, director, leader]

    /// An ICU ventilator: life-support class in a key department, so key equipment.
    static let vent = Equipment(tag: "ICU-V01", name: "呼吸机", nameEN: "Ventilator", department: "ICU",
                                category: "Ventilator", lifeSupport: true, inService: d("2024-01-01"), custodian: "cust")
    /// A ward infusion pump: not key equipment.
    static let pump = Equipment(tag: "WARD-P01", name: "输液泵", department: "WARD", category: "Infusion pump",
                                inService: d("2024-01-01"))
    /// A DR unit: a radiation device.
    static let dr = Equipment(tag: "RAD-DR1", name: "DR", department: "WARD", category: "X-ray DR", radiation: true,
                              inService: d("2024-01-01"))

    static func ctx(_ device: Equipment = vent, key: Bool? = nil, large: Bool = false, rules: TicketRules = .standard,
                    open: [TicketNumber] = [], acceptance: Instant? = nil) -> TicketContext {
        TicketContext(device: device, departmentIsKey: key ?? (device.department == "ICU"), isLarge: large,
                      people: people, rules: rules, openTicketsOfDevice: open, lastPassedAcceptanceTest: acceptance)
    }

    static let n1 = TicketNumber(year: 2026, sequence: 1)

    /// Opens a ticket for the context's device at a local time.
    static func open(_ ctx: TicketContext, _ time: String = "2026-03-02T08:00", by: String = "nurse",
                     outOfService: Bool = true, damage: DamageByFault? = nil, priority: TicketPriority? = nil,
                     linkedTo: TicketNumber? = nil, number: TicketNumber = n1) throws(TicketRefusal) -> Ticket {
        try Ticket.open(number: number, TicketEvent(at: at(time), by: by, step: .opened(
            device: ctx.device.tag, fault: "报警不止 alarm will not stop", outOfService: outOfService, damageByFault: damage,
            priority: priority ?? ctx.defaultPriority, linkedTo: linkedTo)), context: ctx)
    }

    /// Opened 08:00, assigned 08:05, received 08:10, started 08:15 (all on 2026-03-02).
    static func inRepair(_ ctx: TicketContext) throws(TicketRefusal) -> Ticket {
        try open(ctx)
            .then("2026-03-02T08:05", "head", .assigned(to: "eng"), ctx)
            .then("2026-03-02T08:10", "eng", .received(condition: "with hoses"), ctx)
            .then("2026-03-02T08:15", "eng", .started, ctx)
    }

    /// `inRepair` then repaired at 09:00.
    static func repaired(_ ctx: TicketContext, major: Bool = false) throws(TicketRefusal) -> Ticket {
        try inRepair(ctx).then("2026-03-02T09:00", "eng",
                               .repaired(work: "更换流量传感器 replaced flow sensor", cause: .component, majorPartReplaced: major), ctx)
    }
}

extension Ticket {
    /// Records a step at a Shanghai local time.
    func then(_ time: String, _ by: String, _ step: TicketStep, _ ctx: TicketContext) throws(TicketRefusal) -> Ticket {
        try apply(TicketEvent(at: at(time), by: by, step: step), context: ctx)
    }

    /// The refusal of a step, or nil when it is allowed.
    func refusal(_ time: String, _ by: String, _ step: TicketStep, _ ctx: TicketContext) -> TicketRefusal? {
        do { _ = try then(time, by, step, ctx); return nil } catch { return error }
    }
}

/// The refusal of a throwing body, or nil when it succeeds.
func refusal(_ body: () throws -> Ticket) -> TicketRefusal? {
    do { _ = try body(); return nil } catch let r as TicketRefusal { return r } catch { return nil }
}
