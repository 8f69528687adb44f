import RoundsCore
import RoundsStore

/// How the app refreshes a screen that may be out of date: the fleet-wide screens through the
/// ``ScreenLoader`` (off the input path when it runs in the background), the others at once.
extension App {
    /// Whether the fleet-wide screens load off the input path (the terminal UI sets it).
    public var loadsInBackground: Bool {
        get { loader.inBackground }
        set { loader.inBackground = newValue }
    }

    /// Whether a load is still running off the input path (its screen shows what it had).
    public var isLoadingInBackground: Bool { loader.isLoading }

    /// `screen`, at `depth` of the stack, refreshed: the fleet-wide ones are asked of the loader
    /// (and keep showing what they have until ``applyFinishedLoads()``), the others read again now.
    func refreshed(_ screen: Screen, depth: Int) -> Screen {
        let request: ScreenLoader.Request?
        switch screen {
        case .dashboard: request = .dashboard(today: state.day, now: environment.now())
        case .overdue(let o): request = .overdue(today: state.day, department: o.department)
        case .uptime(let u): request = .uptime(now: environment.now(), method: u.summary.method)
        default: request = nil
        }
        guard let request else { return reloaded(screen) }
        loader.load(request, depth: depth, mark: currentMark, store: store)
        if !loader.inBackground { applyFinishedLoads() }
        return state.stack.indices.contains(depth) ? state.stack[depth] : screen
    }

    /// Puts finished loads on their screens, keeping what the person chose meanwhile (selection,
    /// filter); a load for a screen no longer at its depth is dropped.
    func applyFinishedLoads() {
        for f in loader.takeFinished() where state.stack.indices.contains(f.depth) {
            switch (state.stack[f.depth], f.fresh) {
            case (.dashboard(let old), .dashboard(var d)):
                d.table.select(old.table.selected)
                d.mark = f.mark
                state.stack[f.depth] = .dashboard(d)
            case (.overdue(let o), .overdue(var n)) where n.department == o.department:
                n.kind = o.kind
                n.search = o.search                    // a search being typed meanwhile stays
                n.refilter()
                n.table.select(o.table.selected)
                state.stack[f.depth] = .overdue(n)
            case (.uptime(let u), .uptime(let summary)) where summary.method == u.summary.method:
                state.stack[f.depth] = .uptime(u.with(summary: summary))
            default:
                continue
            }
        }
    }
}
