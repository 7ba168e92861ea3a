import LinimasaModel

/// How a DOT timeline is laid out.
public enum DOTTimelineLayout: Hashable, Sendable {
    /// ``ranked`` up to ``rankedEventLimit`` events, ``pinned(_:)`` beyond.
    case automatic
    /// Graphviz `dot` places the nodes: one `{rank=same; …}` per column and
    /// an invisible chain of column headings that orders them. Render with
    /// `dot -Tsvg`.
    case ranked
    /// Linimasa places the nodes (``TimelineLayout``) and pins each with
    /// `pos="x,y!"`. Render with `neato -n2 -Tsvg`, which then only draws.
    case pinned(TimelineLayout.Metrics)

    /// Up to this many events ``automatic`` leaves the layout to `dot`.
    ///
    /// Measured with Graphviz 2.43 on synthetic timelines (no edges but the
    /// heading chain), `dot` itself stays fast: 0.05 s for 1,000 events,
    /// 0.5 s for 10,000 with swimlanes. Beyond a thousand the pinned layout
    /// is still the better drawing: `dot` chooses the order within a column
    /// and where the heading row goes, and its choices change between
    /// Graphviz versions; pinned output puts headings on top, lanes in actor
    /// order, and is the same picture everywhere.
    public static let rankedEventLimit = 1000
}

/// What happens to events without a date.
public enum UndatedEvents: String, CaseIterable, Sendable {
    /// A last column headed `undated`.
    case lastColumn
    /// Left out of the timeline.
    case omit
}

/// Options of ``DOTTimelineExporter``.
public struct DOTTimelineOptions: Hashable, Sendable {
    /// Column width; nil chooses by the span (see ``TimelineGranularity/automatic(spanDays:)``).
    public var granularity: TimelineGranularity?
    public var undated: UndatedEvents
    public var swimlanes: TimelineSwimlanes
    public var layout: DOTTimelineLayout
    /// Columns for the days, weeks or months without events too.
    public var includesEmptyColumns: Bool
    /// The colour legend under the timeline.
    public var showsLegend: Bool
    /// A heading above the legend.
    public var title: String?
    /// Lines of `source → target` are wrapped at this many characters in
    /// the ranked layout; in the pinned layout, whose nodes have a fixed
    /// size, names longer than this are cut with `…` (the tooltip keeps
    /// them whole). Actors are named by their short name (``ActorNode/shortName``).
    public var maxNameLength: Int
    /// Events to show.
    public var filter: ExportFilter

    public init(granularity: TimelineGranularity? = nil, undated: UndatedEvents = .lastColumn,
                swimlanes: TimelineSwimlanes = .none, layout: DOTTimelineLayout = .automatic,
                includesEmptyColumns: Bool = false, showsLegend: Bool = true, title: String? = nil,
                maxNameLength: Int = 28, filter: ExportFilter = ExportFilter()) {
        self.granularity = granularity
        self.undated = undated
        self.swimlanes = swimlanes
        self.layout = layout
        self.includesEmptyColumns = includesEmptyColumns
        self.showsLegend = showsLegend
        self.title = title
        self.maxNameLength = maxNameLength
        self.filter = filter
    }
}

/// Fill colours by QuadClass: greens for cooperation, orange and red for
/// conflict, lighter for words than for deeds; all legible under black text.
public enum QuadClassPalette {
    /// `#rrggbb` fill for a class.
    public static func fill(_ q: QuadClass) -> String {
        switch q {
        case .verbalCooperation: return "#c7e9c0"
        case .materialCooperation: return "#5fbf6f"
        case .verbalConflict: return "#fdd0a2"
        case .materialConflict: return "#f0604d"
        }
    }

    /// The legend's wording for a class.
    public static func name(_ q: QuadClass) -> String {
        switch q {
        case .verbalCooperation: return "verbal cooperation"
        case .materialCooperation: return "material cooperation"
        case .verbalConflict: return "verbal conflict"
        case .materialConflict: return "material conflict"
        }
    }

    public static let all: [QuadClass] = [.verbalCooperation, .materialCooperation, .verbalConflict, .materialConflict]

    /// An HTML-like Graphviz label: the optional title, then one coloured
    /// cell per class.
    static func legend(title: String?, scale: String? = nil) -> String {
        var rows = ""
        if let title {
            rows += "<tr><td colspan=\"5\" border=\"0\"><b>\(htmlEscaped(title))</b></td></tr>"
        }
        rows += "<tr><td border=\"0\">QuadClass</td>"
        for q in all { rows += "<td bgcolor=\"\(fill(q))\">\(q.rawValue) \(name(q))</td>" }
        rows += "</tr>"
        if let scale {
            rows += "<tr><td colspan=\"5\" border=\"0\" align=\"left\">\(htmlEscaped(scale))</td></tr>"
        }
        return "<<table border=\"0\" cellborder=\"1\" cellspacing=\"4\" cellpadding=\"4\">\(rows)</table>>"
    }

    /// Text for an HTML-like label: markup characters as entities, line
    /// breaks as spaces.
    static func htmlEscaped(_ s: String) -> String {
        var out = ""
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\u{00}"..."\u{1F}", "\u{7F}": out += " "
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
