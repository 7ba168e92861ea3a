import ArgumentParser
import LinimasaExtract
import LinimasaGraph
import LinimasaIngest
import LinimasaModel

struct Graph: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract events from articles and write them as one graph file.",
        discussion: """
        Reads and extracts like `extract`, then writes the whole collection \
        in one file. --format json writes {"actors": [{id, name, kind, \
        country, role, aliases}], "events": [{id, cameo, plover, quad_class, \
        goldstein, source, target, date {start, end} | null, precision, \
        modality, confidence, mentions: [{doc, start, end, trigger, modality, \
        sentence, clause, outlet, url}]}]}, the shape the evaluation scorer \
        reads. In this release each mention is its own event; merging reports \
        of one event across articles comes with the knowledge graph.

        Example:
          linimasa graph ../shared/eval/seeds.jsonl --format json -o pred.json
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json
    }

    @OptionGroup var input: ReadOptionsGroup

    @Option(name: .long, help: "Output format: json.")
    var format: Format = .json

    @Option(name: [.short, .long], help: ArgumentHelp("Write here instead of standard output.", valueName: "file"))
    var output: String?

    func run() throws {
        let extractor = try Extractor()
        var actors: [ActorNode] = []
        var mentions: [Mention] = []
        let summary = try input.run { doc in
            let x = extractor.extract(doc)
            actors += x.actors.map { ActorNode(actor: $0, published: doc.published?.date) }
            mentions += x.events.map { Mention(event: $0, in: doc) }
        }
        let graph = GraphBuilder().build(actors: actors, mentions: mentions)
        let out = try OutputFile(path: output)
        try out.write(Graph.interimJSON(graph))
        try out.flush()
        if summary.failures > 0 { throw ExitCode(1) }
    }

    /// Interim JSON until the graph exporter lands.
    static func interimJSON(_ g: KnowledgeGraph) -> [UInt8] {
        var w = JSONWriter()
        w.beginObject()
        w.key("actors"); w.beginArray()
        for a in g.actors {
            w.beginObject()
            w.key("id"); w.string(a.id); w.key("name"); w.string(a.name); w.key("country"); w.optionalString(a.country)
            w.key("aliases"); w.beginArray(); for x in a.aliases { w.string(x) }; w.endArray()
            w.endObject()
        }
        w.endArray()
        w.key("events"); w.beginArray()
        for e in g.events {
            w.beginObject()
            w.key("id"); w.string(e.id); w.key("cameo"); w.string(e.cameo)
            w.key("source"); w.optionalString(e.sourceID); w.key("target"); w.optionalString(e.targetID)
            w.key("date")
            if let d = e.date { w.beginObject(); w.key("start"); w.string(d.start.description); w.key("end"); w.string(d.end.description); w.endObject() } else { w.null() }
            w.key("modality"); w.string(e.modality.rawValue)
            w.key("mentions"); w.beginArray()
            for m in e.mentions {
                w.beginObject()
                w.key("doc"); w.string(m.documentID); w.key("start"); w.int(m.trigger.start); w.key("end"); w.int(m.trigger.end)
                w.key("trigger"); w.string(m.triggerText); w.key("modality"); w.string(m.modality.rawValue)
                w.key("outlet"); w.optionalString(m.outlet); w.key("url"); w.optionalString(m.url)
                w.endObject()
            }
            w.endArray()
            w.endObject()
        }
        w.endArray()
        w.endObject()
        return w.bytes + [0x0A]
    }
}
