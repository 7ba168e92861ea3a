import Foundation
import Hummingbird
import HummingbirdTesting
import LinimasaExport
import LinimasaGraph
import LinimasaModel
import LinimasaServe
import LinimasaStore
import LinimasaTestSupport
import LinimasaView
import Testing

/// The page as a browser renders it: `linimasa serve` on the sample store,
/// and the standalone file, opened in headless Chromium; the checks read
/// the DOM after the page's scripts ran.
@Suite(.serialized, .enabled(if: Browser.available,
                             "headless Chromium is not installed (Debian's chromium package; .ci/install-deps installs it)"))
struct BrowserTests {
    @Test func theServedPageShowsTheEventsTheirEvidenceAndTheFilterInTheURL() throws {
        let db = try SampleStore.path.get()
        let graph = try EventStore(path: db).graph()
        let server = try ServeProcess(db: db)
        defer { server.stop() }

        // Everything: one mark per dated event.
        let all = try Browser.dom(server.base + "/")
        #expect(all.attribute("data-state", inElementWith: "<body") == "ready", "\(all.prefix(600))")
        let dated = graph.events.filter { $0.date != nil }
        #expect(dated.count >= 5)
        #expect(all.attribute("data-count", inElementWith: "id=\"timeline\"") == String(dated.count))
        #expect(all.occurrences(of: Self.timelineMark) == dated.count)
        #expect(all.contains("\(graph.events.count) events"))

        // Selecting an event (its id in the URL, as a click leaves it) shows
        // every mention's evidence with the trigger marked.
        let event = try #require(dated.max { $0.mentions.count < $1.mentions.count })
        let selected = try Browser.dom(server.base + "/?event=" + event.id)
        for m in event.mentions {
            #expect(selected.contains(m.evidenceText.htmlEscaped) || selected.contains(markedEvidence(m)),
                    "evidence of \(event.id) missing: \(m.evidenceText)")
        }
        let first = try #require(event.mentions.first)
        #expect(selected.contains(markedEvidence(first)), "the trigger '\(first.triggerText)' is not marked")
        #expect(selected.contains("mark q\(event.quadClass.rawValue) \(event.modality.rawValue) selected"))

        // A filter in the URL narrows the view to what the export filter keeps.
        let actor = try #require(mostActiveSource(graph))
        let narrowed = ExportFilter(actorIDs: [actor]).apply(to: graph).events.filter { $0.date != nil }
        #expect(narrowed.count < dated.count && !narrowed.isEmpty)
        let filtered = try Browser.dom(server.base + "/?actor=" + actor.text)
        #expect(filtered.attribute("data-count", inElementWith: "id=\"timeline\"") == String(narrowed.count))
        #expect(filtered.occurrences(of: Self.timelineMark) == narrowed.count)
        #expect(filtered.attribute("value", inElementWith: "id=\"f-actor\"") == nil
                || filtered.contains("actor=\(actor)"), "the filter shows in the page")

        let shot = Browser.screenshotDirectory + "/served-page.png"
        try Browser.screenshot(server.base + "/?event=" + event.id, to: shot)
        print("browser test: screenshot of the served page at \(shot)")
    }

    @Test func theStandaloneFileNeedsNoServer() throws {
        let graph = try SampleStore.store().graph()
        let dir = try TemporaryDirectory(prefix: "linimasa-page")
        let file = try dir.write("timeline.html", TimelinePage().standalone(graph))
        let dated = graph.events.filter { $0.date != nil }
        let dom = try Browser.dom("file://" + file)
        #expect(dom.attribute("data-state", inElementWith: "<body") == "ready")
        #expect(dom.occurrences(of: Self.timelineMark) == dated.count)
        let cameo = try #require(dated.first).cameo.root
        let expected = ExportFilter(cameoPrefixes: [String(cameo)]).apply(to: graph).events.filter { $0.date != nil }
        let filtered = try Browser.dom("file://" + file + "#cameo=" + cameo)
        #expect(filtered.occurrences(of: Self.timelineMark) == expected.count)
    }

    @Test func hostileNamesAndSentencesAreShownAsTextNeverRun() async throws {
        let graph = HostileGraph.make()
        let event = graph.events[0]
        let id = event.id.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
        // The standalone file.
        let dir = try TemporaryDirectory(prefix: "linimasa-hostile")
        let file = try dir.write("hostile.html", TimelinePage().standalone(graph))
        let fromFile = try Browser.dom("file://" + file + "#event=" + id)
        try checkHostile(fromFile, graph)
        try Browser.screenshot("file://" + file + "#event=" + id, to: Browser.screenshotDirectory + "/hostile-page.png")

        // The served page, reading the same graph through the API.
        let server = ViewServer(source: FixedGraph(graph), page: try TimelinePage())
        let app = server.application(host: "127.0.0.1", port: 0)
        try await app.test(.live) { client in
            let port = try #require(client.port)
            let served = try Browser.dom("http://127.0.0.1:\(port)/?event=" + id)
            try checkHostile(served, graph)
        }
    }

    func checkHostile(_ dom: String, _ graph: KnowledgeGraph, sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(dom.attribute("data-state", inElementWith: "<body") == "ready", sourceLocation: sourceLocation)
        #expect(dom.attribute("data-pwned", inElementWith: "<body") == nil, "a hostile value ran as code",
                sourceLocation: sourceLocation)
        #expect(!dom.contains("<img"), "a hostile value became an element", sourceLocation: sourceLocation)
        #expect(!dom.lowercased().contains("<script>document"), sourceLocation: sourceLocation)
        // Shown as text: the actor's name in the detail panel, the sentence in the evidence.
        #expect(dom.contains(HostileGraph.name.htmlEscaped), sourceLocation: sourceLocation)
        #expect(dom.contains(HostileGraph.rightToLeft), sourceLocation: sourceLocation)
        #expect(dom.contains("<mark class=\"trigger\">" + HostileGraph.trigger.htmlEscaped + "</mark>"),
                sourceLocation: sourceLocation)
        #expect(dom.occurrences(of: Self.timelineMark) == graph.events.count, sourceLocation: sourceLocation)
    }

    /// A mark on the timeline (the legend's samples have no event id).
    static let timelineMark = "\" data-id=\""

    func markedEvidence(_ m: Mention) -> String {
        let text = Array(m.evidenceText.unicodeScalars)
        let s = m.trigger.start - m.clause.start, e = m.trigger.end - m.clause.start
        guard s >= 0, e <= text.count, s < e else { return m.evidenceText.htmlEscaped }
        func str(_ r: Range<Int>) -> String { String(String.UnicodeScalarView(text[r])) }
        return str(0..<s).htmlEscaped + "<mark class=\"trigger\">" + str(s..<e).htmlEscaped + "</mark>"
            + str(e..<text.count).htmlEscaped
    }

    func mostActiveSource(_ graph: KnowledgeGraph) -> ActorID? {
        var counts: [ActorID: Int] = [:]
        for e in graph.events where e.date != nil { if let s = e.sourceID { counts[s, default: 0] += 1 } }
        return counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
    }
}

/// A graph whose names and sentences try to become markup or code.
enum HostileGraph {
    static let name = "<script>document.body.setAttribute('data-pwned','1')</script> \"Quoted\" & <b>bold</b>"
    static let rightToLeft = "وزارة الخارجية"
    static let trigger = "<img src=x onerror=\"document.body.setAttribute('data-pwned','2')\">"

    static func make() -> KnowledgeGraph {
        let day = CalendarDate(year: 2025, month: 3, day: 4)!
        let before = "Sebuah kalimat dengan \"kutip\" dan ‮teks terbalik‬ lalu "
        let evidence = before + trigger + " </script><!-- selesai"
        let start = before.unicodeScalars.count
        let mention = Mention(
            documentID: "doc-<x>", outlet: "outlet\" onmouseover=\"x", url: "javascript:alert(1)", published: day,
            sentenceIndex: 0, trigger: TextSpan(start: start, end: start + trigger.unicodeScalars.count),
            clause: TextSpan(start: 0, end: evidence.unicodeScalars.count), triggerText: trigger,
            evidenceText: evidence, modality: .asserted, cameo: "112", plover: "ACCUSE <i>", quadClass: .verbalConflict,
            goldstein: -2, sourceID: "X<1>", targetID: "RTL", date: DayInterval(day: day), precision: .day,
            confidence: 0.5)
        let actors = [
            ActorNode(id: "RTL", name: rightToLeft, kind: .government, country: "EGY"),
            ActorNode(id: "X<1>", name: name, kind: .group),
        ]
        let events = [
            EventNode(id: "ev-\"<hostile>", cameo: "112", plover: "ACCUSE <i>", quadClass: .verbalConflict, goldstein: -2,
                      sourceID: "X<1>", targetID: "RTL", date: DayInterval(day: day), precision: .day,
                      modality: .asserted, confidence: 0.5, mentions: [mention]),
            EventNode(id: "ev-plain", cameo: "042", plover: "CONSULT", quadClass: .verbalCooperation, goldstein: 1,
                      sourceID: "RTL", targetID: "X<1>", date: DayInterval(start: day.adding(days: 3), end: day.adding(days: 9)),
                      precision: .week, modality: .planned, confidence: 0.7, mentions: [mention]),
        ]
        return KnowledgeGraph(actors: actors, events: events, edges: GraphBuilder.edges(events))
    }
}
