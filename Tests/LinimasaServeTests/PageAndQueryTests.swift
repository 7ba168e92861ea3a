import Foundation
import LinimasaExport
import LinimasaGraph
import LinimasaModel
import LinimasaTestSupport
import LinimasaView
import Testing

@Suite struct ViewQueryTests {
    @Test func readsTheExportFiltersAndPaging() throws {
        let q = try ViewQuery(query: "from=2024-10-01&to=2024-10-31&actor=IDN,+CHN&actor=person%3Aretno-marsudi&cameo=04,19&min_sources=2&offset=10&limit=20")
        #expect(q.filter.from == CalendarDate(year: 2024, month: 10, day: 1))
        #expect(q.filter.to == CalendarDate(year: 2024, month: 10, day: 31))
        #expect(q.filter.actorIDs == ["IDN", "CHN", "person:retno-marsudi"])
        #expect(q.filter.cameoPrefixes == ["04", "19"])
        #expect(q.filter.minSources == 2)
        #expect(q.offset == 10 && q.limit == 20)
        let none = try ViewQuery(query: nil)
        #expect(none.filter.isEmpty && none.offset == 0 && none.limit == ViewQuery.defaultLimit)
    }

    @Test(arguments: [
        ("from=2024-02-30", "from"), ("from=2024-10-01T10:00:00", "from"), ("to=2024-10-01&from=2024-10-02", "to"),
        ("cameo=abc", "cameo"), ("cameo=12345", "cameo"), ("actor=", "actor"), ("actor=,,", "actor"),
        ("min_sources=1.5", "min_sources"), ("limit=50001", "limit"), ("offset=-3", "offset"),
        ("limit=%FF", "limit"), ("%ZZ=1", "%ZZ"), ("page=2", "page"), ("from=2024-10-01&from=2024-10-02", "from"),
    ])
    func rejectsBadValuesNamingTheParameter(query: String, parameter: String) {
        #expect(throws: ViewQueryError.self) { try ViewQuery(query: query) }
        do {
            _ = try ViewQuery(query: query)
        } catch {
            #expect(error.parameter == parameter, "\(query): \(error)")
        }
    }

    @Test func decodingFollowsFormsInQueriesAndNotInPaths() {
        #expect(ViewQuery.decode("a+b%20c%2B") == "a b c+")
        #expect(ViewQuery.decode("a+b", plusIsSpace: false) == "a+b")
        #expect(ViewQuery.decode("%E2%86%92") == "→")
        #expect(ViewQuery.decode("%E2%86") == nil, "not UTF-8")
        #expect(ViewQuery.decode("%4") == nil)
    }
}

@Suite struct TimelinePageTests {
    @Test func embeddedDataCannotEndItsScriptElement() throws {
        let graph = HostileGraph.make()
        let page = String(decoding: try TimelinePage().standalone(graph, title: "Uji </title><script>x</script>"), as: UTF8.self)
        // The only script elements are the data and the page's own script.
        #expect(page.occurrences(of: "<script") == 2)
        #expect(page.occurrences(of: "</script>") == 2)
        #expect(!page.contains("<!--"))
        #expect(!page.contains("@@"))
        #expect(page.contains("<title>Uji &lt;/title&gt;&lt;script&gt;x&lt;/script&gt;</title>"))
        // The data element holds the graph as JSON.
        let start = try #require(page.range(of: "<script type=\"application/json\" id=\"linimasa-data\">"))
        let end = try #require(page[start.upperBound...].range(of: "</script>"))
        let data = try JSONSerialization.jsonObject(with: Data(page[start.upperBound..<end.lowerBound].utf8)) as? [String: Any]
        let events = data?["events"] as? [[String: Any]] ?? []
        #expect(events.count == graph.events.count)
        let mentions = events.first?["mentions"] as? [[String: Any]] ?? []
        #expect(mentions.first?["trigger"] as? String == HostileGraph.trigger)
    }

    @Test func theServedPageAsksOnlyItsOwnHost() throws {
        let page = String(decoding: try TimelinePage().served(), as: UTF8.self)
        #expect(page.contains("Content-Security-Policy"))
        for pattern in ["src=\"http", "href=\"http", "url(http", "@import", "//cdn", "fetch('http"] {
            #expect(!page.contains(pattern), "\(pattern)")
        }
        #expect(page.contains("<script type=\"application/json\" id=\"linimasa-data\"></script>"))
    }
}

@Suite struct ServeCommandTests {
    @Test func serveNamesAMissingDatabaseAndABadPort() throws {
        let missing = try Tool.run(["serve", "--db", "/nonexistent/linimasa.sqlite", "--port", "18999"])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("/nonexistent/linimasa.sqlite"))
        let port = try Tool.run(["serve", "--db", "x.sqlite", "--port", "70000"])
        #expect(port.status != 0)
        #expect(port.stderr.contains("--port"))
    }

    @Test func exportWritesTheStandalonePage() throws {
        let db = try SampleStore.path.get()
        let dir = try TemporaryDirectory(prefix: "linimasa-html")
        let file = dir.file("page.html")
        let r = try Tool.run(["export", "--db", db, "--format", "html", "--cameo", "0", "-o", file])
        #expect(r.status == 0, "\(r.stderr)")
        let page = try String(contentsOfFile: file, encoding: .utf8)
        #expect(page.hasPrefix("<!doctype html>"))
        #expect(page.contains("id=\"linimasa-data\">{\"title\""))
    }
}
