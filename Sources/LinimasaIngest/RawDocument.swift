import LinimasaModel

/// What a reader yields before cleaning: the article's fields as the input
/// gave them. `DocumentBuilder` turns it into a `Document`.
public struct RawDocument: Sendable {
    public var id: String
    public var title: String?
    public var url: String?
    public var outlet: String?
    /// The publication timestamp as written in the input, if any.
    public var published: String?
    public var language: String?
    public var text: String
    /// Fields Linimasa does not model, in input order.
    public var metadata: [(String, JSONValue)]
    public var origin: InputOrigin

    public init(
        id: String, title: String? = nil, url: String? = nil, outlet: String? = nil,
        published: String? = nil, language: String? = nil, text: String,
        metadata: [(String, JSONValue)] = [], origin: InputOrigin
    ) {
        self.id = id
        self.title = title
        self.url = url
        self.outlet = outlet
        self.published = published
        self.language = language
        self.text = text
        self.metadata = metadata
        self.origin = origin
    }
}
