import Hummingbird
import LinimasaExport
import LinimasaGraph
import LinimasaModel
import LinimasaView

/// `linimasa serve`: the analyst's page and the JSON API it reads.
///
/// | Path | Answer |
/// |---|---|
/// | `/` | the page (``TimelinePage/served()``) |
/// | `/api/events` | selected events, paged (no mentions) |
/// | `/api/events/{id}` | one event with every mention and its evidence |
/// | `/api/actors` | actors of the selected events, most active first, paged |
/// | `/api/actors/{id}` | one actor with its selected events, paged |
/// | `/api/network` | actor-to-actor edges of the selection |
/// | `/api/export?format=…` | the selection in any export format |
///
/// Every listing takes the export filters (`from`, `to`, `actor`, `cameo`,
/// `min_sources`) and `offset`, `limit`; `Schemas/linimasa-api.openapi.json`
/// describes them. A bad parameter is a 400 with a JSON error naming it, an
/// unknown id or path a 404; only a store that cannot be read is a 500.
public struct ViewServer: Sendable {
    let source: any GraphSource
    let page: TimelinePage
    let servedPage: [UInt8]

    public init(source: any GraphSource, page: TimelinePage) {
        self.source = source
        self.page = page
        self.servedPage = page.served()
    }

    /// An answer: status, media type, body, and a file name for downloads.
    public struct Answer: Sendable {
        public var status: HTTPResponse.Status
        public var mediaType: String
        public var body: [UInt8]
        public var fileName: String?

        static func json(_ body: [UInt8], _ status: HTTPResponse.Status = .ok) -> Answer {
            Answer(status: status, mediaType: "application/json; charset=utf-8", body: body)
        }
    }

    /// The routes, for ``application(host:port:)`` and for tests.
    public func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.get("/") { _, _ in
            Self.response(Answer(status: .ok, mediaType: "text/html; charset=utf-8", body: servedPage), page: true)
        }
        router.get("/api/events") { request, _ in Self.response(answer { try events(request.uri.query) }) }
        router.get("/api/events/:id") { request, context in
            Self.response(answer { try event(context.parameters.get("id"), request.uri.query) })
        }
        router.get("/api/actors") { request, _ in Self.response(answer { try actors(request.uri.query) }) }
        router.get("/api/actors/:id") { request, context in
            Self.response(answer { try actor(context.parameters.get("id"), request.uri.query) })
        }
        router.get("/api/network") { request, _ in Self.response(answer { try network(request.uri.query) }) }
        router.get("/api/export") { request, _ in Self.response(answer { try export(request.uri.query) }) }
        router.get("/api/**") { request, _ in
            Self.response(.json(ViewJSON.error("no such endpoint: \(request.uri.path)"), .notFound))
        }
        return router
    }

    /// The server, bound to `host` and `port`.
    public func application(host: String, port: Int) -> some ApplicationProtocol {
        Application(router: router(), configuration: .init(address: .hostname(host, port: port), serverName: "linimasa"))
    }

    // MARK: - Endpoints

    func events(_ query: String?) throws -> Answer {
        let q = try ViewQuery(query: query)
        let snapshot = try source.snapshot()
        let events = q.filter.events(of: snapshot.graph, using: snapshot.lookup)
        return .json(ViewJSON.events(events, of: snapshot.graph, offset: q.offset, limit: q.limit))
    }

    func event(_ id: String?, _ query: String?) throws -> Answer {
        _ = try ViewQuery(query: query, allowed: [])
        let graph = try source.graph()
        guard let id = id.flatMap(Self.pathSegment), let e = graph.events.first(where: { $0.id == id }) else {
            return .json(ViewJSON.error("no event with id '\(id.flatMap(Self.pathSegment) ?? id ?? "")'", parameter: "id"), .notFound)
        }
        return .json(ViewJSON.event(e, in: graph))
    }

    func actors(_ query: String?) throws -> Answer {
        let q = try ViewQuery(query: query)
        let selection = q.filter.apply(to: try source.graph())
        return .json(ViewJSON.actors(selection, offset: q.offset, limit: q.limit))
    }

    func actor(_ id: String?, _ query: String?) throws -> Answer {
        let q = try ViewQuery(query: query)
        let snapshot = try source.snapshot()
        let graph = snapshot.graph
        guard let id = id.flatMap(Self.pathSegment).map({ ActorID($0) }), let a = graph.actor(id) else {
            return .json(ViewJSON.error("no actor with id '\(id.flatMap(Self.pathSegment) ?? id ?? "")'", parameter: "id"), .notFound)
        }
        // This actor's events within the selection.
        var only = q.filter
        only.actorIDs = [a.id]
        let mine = Set(only.events(of: graph, using: snapshot.lookup).map(\.id))
        let events = q.filter.events(of: graph, using: snapshot.lookup).filter { mine.contains($0.id) }
        return .json(ViewJSON.actor(a, events: events, in: graph, offset: q.offset, limit: q.limit))
    }

    func network(_ query: String?) throws -> Answer {
        let q = try ViewQuery(query: query, allowed: ViewQuery.filterParameters.subtracting(["offset", "limit"]))
        return .json(ViewJSON.network(q.filter.apply(to: try source.graph())))
    }

    func export(_ query: String?) throws -> Answer {
        var allowed = ViewQuery.filterParameters.subtracting(["offset", "limit"])
        allowed.insert("format")
        let q = try ViewQuery(query: query, allowed: allowed)
        let names = ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")
        guard let name = q.format else {
            throw ViewQueryError(parameter: "format", message: "is required: one of \(names)")
        }
        guard let format = ExportFormat(rawValue: name) else {
            throw ViewQueryError(parameter: "format", message: "'\(name)' is not a format: one of \(names)")
        }
        let doc = try SelectionExport.document(try source.graph(), format: format, filter: q.filter, page: page)
        return Answer(status: .ok, mediaType: doc.mediaType, body: doc.bytes, fileName: doc.fileName)
    }

    /// A path segment as written in the URL, percent-decoded (`+` stays).
    static func pathSegment(_ s: String) -> String? { ViewQuery.decode(s, plusIsSpace: false) }

    /// Runs an endpoint, turning a bad parameter into a 400 and any other
    /// failure (the store cannot be read) into a 500 that says why.
    func answer(_ body: () throws -> Answer) -> Answer {
        do {
            return try body()
        } catch let error as ViewQueryError {
            return .json(ViewJSON.error(error.message, parameter: error.parameter), .badRequest)
        } catch {
            return .json(ViewJSON.error("cannot read the store: \(error)"), .internalServerError)
        }
    }

    /// The header that carries ``TimelinePage/contentSecurityPolicy``.
    public static let policyHeader = HTTPFields.Element.Name("Content-Security-Policy")!

    static func response(_ a: Answer, page: Bool = false) -> Response {
        var headers: HTTPFields = [.contentType: a.mediaType, .init("X-Content-Type-Options")!: "nosniff"]
        if page { headers[policyHeader] = TimelinePage.contentSecurityPolicy }
        if let name = a.fileName { headers[.contentDisposition] = "attachment; filename=\"\(name)\"" }
        return Response(status: a.status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: a.body)))
    }
}
