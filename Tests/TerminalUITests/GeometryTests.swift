import Testing
@testable import TerminalUI

@Suite("Layout geometry")
struct GeometryTests {
    @Test("sizes clamp to zero")
    func clamp() {
        #expect(Size(width: -5, height: 3) == Size(width: 0, height: 3))
        #expect(Rect(x: 0, y: 0, width: 4, height: 4).inset(by: 3).size == .zero)   // 4 - 6 -> 0
    }

    @Test("splits and insets")
    func splits() {
        let screen = Rect(x: 0, y: 0, width: 80, height: 24)
        let (body, status) = screen.splitBottom(1)
        #expect(body == Rect(x: 0, y: 0, width: 80, height: 23))
        #expect(status == Rect(x: 0, y: 23, width: 80, height: 1))
        let (top, rest) = screen.splitTop(30)              // more than there is: all of it
        #expect(top.height == 24 && rest.height == 0 && rest.y == 24)
        let (left, right) = screen.splitLeft(20)
        #expect(left.width == 20 && right.x == 20 && right.width == 60)
        #expect(body.inset(by: 1) == Rect(x: 1, y: 1, width: 78, height: 21))
    }

    @Test("centering and intersection")
    func centering() {
        let r = Rect(x: 0, y: 0, width: 10, height: 5).centered(Size(width: 5, height: 2))
        #expect(r == Rect(x: 2, y: 1, width: 5, height: 2))                   // (10-5)/2 = 2, (5-2)/2 = 1
        let big = Rect(x: 0, y: 0, width: 10, height: 5).centered(Size(width: 50, height: 50))
        #expect(big == Rect(x: 0, y: 0, width: 10, height: 5))
        let a = Rect(x: 0, y: 0, width: 5, height: 5), b = Rect(x: 3, y: 3, width: 5, height: 5)
        #expect(a.intersection(b) == Rect(x: 3, y: 3, width: 2, height: 2))
        #expect(a.intersection(Rect(x: 9, y: 9, width: 1, height: 1)).isEmpty)
    }
}
