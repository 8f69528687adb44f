/// Where a repair ticket (维修单) stands: the work-order state machine of R101.
///
/// The main line is requested → assigned → received → in repair → repaired (awaiting sign-off) →
/// returned (signed off by the department) → closed. Side states: waiting for parts or for the
/// vendor, off site (R51), deferred or refused (R38), cancelled (duplicate or false report) and
/// proposed for scrapping (R62). Raw values are the CLI and database spelling.
///
/// ```swift
/// TicketState.inRepair.rawValue     // "in-repair"
/// TicketState.returned.isOpen       // true: signed back, but not closed yet
/// TicketState.cancelled.isOpen      // false
/// ```
public enum TicketState: String, CaseIterable, Hashable, Sendable, Codable {
    /// 报修: the department's request is recorded (R36).
    case requested
    /// 派工: the equipment department has named a repairer (R37).
    case assigned
    /// 接收登记: the repairer has taken over the device (R39); repair not begun, e.g. awaiting the
    /// leadership report of a damage by fault (R46) or an approval (R50).
    case received
    /// 维修中.
    case inRepair = "in-repair"
    /// 待配件.
    case waitingParts = "waiting-parts"
    /// 待厂家.
    case waitingVendor = "waiting-vendor"
    /// 离院维修 (R51).
    case offSite = "off-site"
    /// 已修复, awaiting the department's sign-off (R42).
    case repaired
    /// 已签收: the department has signed the device back into service; downtime has ended (R42).
    case returned
    /// 已关闭: the work order is finished (also financially, R49).
    case closed
    /// 暂缓: postponed with a reason and the head's approval (R38).
    case deferred
    /// 拒修: refused with a reason and the head's approval (R38).
    case refused
    /// 已取消: a duplicate or false report (R101).
    case cancelled
    /// 拟报废: the repairer proposes scrapping instead of repair (R62).
    case proposedScrap = "proposed-scrap"

    /// Still in someone's queue: every state but closed, refused and cancelled.
    public var isOpen: Bool { !isFinal }

    /// Closed, refused or cancelled: the ticket takes no more state changes and stops ageing.
    public var isFinal: Bool { self == .closed || self == .refused || self == .cancelled }

    /// The device is still with the repair side (not yet signed back): open and not returned. A new
    /// fault report for such a device joins its ticket (R103).
    public var deviceAwaitsRepair: Bool { isOpen && self != .returned }
}
