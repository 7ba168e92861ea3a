import ArgumentParser
import LinimasaExtract
import LinimasaGraph
import LinimasaIngest
import LinimasaModel

struct Graph: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract events from articles and write them as one graph file.",
        discussion: """
        Reads and extracts like `extract`, merges the reports of one \
        real-world event into one event node (keeping every mention as \
        provenance) and writes the knowledge graph in one file, without a \
        database (see `ingest` and `export` for the incremental store).

        Formats: json (the whole graph, Schemas/graph.schema.json, the shape \
        the evaluation scorer reads), graphml and yed (for Gephi, yEd, \
        Cytoscape, NetworkX; Schemas/linimasa-graphml.xsd), gexf (GEXF 1.3 \
        with dynamic spells for Gephi's timeline), dot (a timeline: render \
        with `dot -Tsvg`, or `neato -n2 -Tsvg` when the first line says so), \
        csv (a GDELT-style events table) and mentions-csv.

        Examples:
          linimasa graph ../shared/eval/seeds.jsonl --format json -o pred.json
          linimasa graph articles/ --format graphml -o graph.graphml
          linimasa graph corpus.jsonl --format dot --actor RUS \\
              --from 2022-09-01 -o timeline.dot
        """
    )

    @OptionGroup var input: ReadOptionsGroup

    @OptionGroup var export: ExportOptionsGroup

    @OptionGroup var jobs: JobsOptionGroup

    func run() throws {
        let extractor = try Extractor()
        var inputs = GraphInputs()
        var summary: ReadPipeline.Summary?
        try OrderedWorkers.run(jobs: jobs.jobs, transform: { extractor.extract($0) }, deliver: { inputs.add($0) }) { submit in
            summary = try input.run { doc in try submit(doc) }
        }
        try export.write(inputs.graph())
        if let summary, summary.failures > 0 { throw ExitCode(1) }
    }
}
