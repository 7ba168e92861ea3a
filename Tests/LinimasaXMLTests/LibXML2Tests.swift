import LinimasaXML
import Testing

@Test func linkedLibxml2IsRecentEnough() {
    // 2.9 introduced the per-context error API and entity amplification checks we rely on.
    #expect(LibXML2.runtimeVersion >= 20_900)
}
