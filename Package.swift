// swift-tools-version: 6.2
import PackageDescription

/// Settings every target shares: Swift 6 language mode plus the upcoming
/// features that keep existentials and member imports explicit.
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "Linimasa",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "linimasa", targets: ["linimasa"]),
        .library(name: "LinimasaText", targets: ["LinimasaText"]),
        .library(name: "LinimasaIngest", targets: ["LinimasaIngest"]),
        .library(name: "LinimasaModel", targets: ["LinimasaModel"]),
        .library(name: "LinimasaExtract", targets: ["LinimasaExtract"]),
        .library(name: "LinimasaGraph", targets: ["LinimasaGraph"]),
        .library(name: "LinimasaTagger", targets: ["LinimasaTagger"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        // Only LinimasaServe (and the CLI that starts it) links Hummingbird.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
    ],
    targets: [
        // libxml2 enters here and only LinimasaXML imports it.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .target(
            name: "LinimasaXML",
            dependencies: ["CLibXML2"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "LinimasaModel",
            swiftSettings: strictSettings
        ),
        // Text primitives every stage shares: tokens, sentences, the JSON writer.
        .target(
            name: "LinimasaText",
            dependencies: ["LinimasaModel"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "LinimasaIngest",
            dependencies: ["LinimasaLanguage", "LinimasaModel", "LinimasaText", "LinimasaXML"],
            swiftSettings: strictSettings
        ),
        // Language data (gazetteer, lexicons, temporal tables) as resource
        // files with their provenance, and the one typed loader for them.
        .target(
            name: "LinimasaLanguage",
            dependencies: ["LinimasaModel"],
            resources: [.copy("Resources")],
            swiftSettings: strictSettings
        ),
        // Learned part-of-speech and name taggers (averaged perceptron),
        // language-neutral: models and word lists come from the caller.
        .target(
            name: "LinimasaTagger",
            dependencies: ["LinimasaModel"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "LinimasaExtract",
            dependencies: ["LinimasaModel", "LinimasaLanguage", "LinimasaTagger", "LinimasaText"],
            swiftSettings: strictSettings
        ),
        // The knowledge graph: merged events and resolved actors.
        .target(
            name: "LinimasaGraph",
            dependencies: ["LinimasaModel"],
            swiftSettings: strictSettings
        ),
        // Exports: GraphML and GEXF (through LinimasaXML's libxml2 writer),
        // DOT timelines, JSON and CSV.
        .target(
            name: "LinimasaExport",
            dependencies: ["LinimasaGraph", "LinimasaModel", "LinimasaXML", "LinimasaText"],
            swiftSettings: strictSettings
        ),
        // The embedded store: SQLite through GRDB.
        .target(
            name: "LinimasaStore",
            dependencies: [
                "LinimasaGraph", "LinimasaModel",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: strictSettings
        ),
        // The analyst's page (HTML, CSS, JavaScript as resources) and the
        // JSON the page and the API read: no web server here, so that
        // `export --format html` writes the page without Hummingbird.
        .target(
            name: "LinimasaView",
            dependencies: ["LinimasaExport", "LinimasaGraph", "LinimasaModel", "LinimasaIngest"],
            resources: [.copy("Page")],
            swiftSettings: strictSettings
        ),
        // `linimasa serve`: the JSON API and the page on Hummingbird 2.
        .target(
            name: "LinimasaServe",
            dependencies: [
                "LinimasaView", "LinimasaExport", "LinimasaGraph", "LinimasaModel", "LinimasaStore",
                .product(name: "Hummingbird", package: "hummingbird"),
            ],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "linimasa",
            dependencies: [
                "LinimasaModel",
                "LinimasaText",
                "LinimasaIngest",
                "LinimasaLanguage",
                "LinimasaExtract",
                "LinimasaGraph",
                "LinimasaExport",
                "LinimasaStore",
                "LinimasaTagger",
                "LinimasaView",
                "LinimasaServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            resources: [.copy("Samples")],
            swiftSettings: strictSettings
        ),
        // What several test targets share: temporary folders, ../shared.
        .target(
            name: "LinimasaTestSupport",
            path: "Tests/LinimasaTestSupport",
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "LinimasaModelTests",
            dependencies: ["LinimasaModel"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "LinimasaXMLTests",
            dependencies: ["LinimasaXML"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "LinimasaTextTests",
            dependencies: ["LinimasaText"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "LinimasaIngestTests",
            dependencies: ["LinimasaTestSupport", "LinimasaIngest", "LinimasaLanguage", "LinimasaModel", "LinimasaText"],
            resources: [.copy("Fixtures")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "LinimasaLanguageTests",
            dependencies: ["LinimasaLanguage"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "LinimasaExtractTests",
            dependencies: ["LinimasaTestSupport", "LinimasaExtract", "LinimasaLanguage", "LinimasaModel", "LinimasaIngest", "LinimasaText"],
            // Development gold and its scoring script: data, not sources.
            exclude: ["DevGold"],
            // A made-up language's profile data, for the engine's language-neutrality test.
            resources: [.copy("Fixtures")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "LinimasaTaggerTests",
            dependencies: ["LinimasaTestSupport", "LinimasaTagger", "LinimasaLanguage", "LinimasaModel"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "LinimasaGraphTests",
            dependencies: ["LinimasaGraph", "LinimasaModel"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "LinimasaExportTests",
            dependencies: ["LinimasaTestSupport", "LinimasaExport", "LinimasaGraph", "LinimasaModel", "LinimasaXML"],
            exclude: ["Snapshots"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "LinimasaStoreTests",
            dependencies: ["LinimasaTestSupport", 
                "LinimasaStore", "LinimasaGraph", "LinimasaModel",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "LinimasaCLITests",
            dependencies: ["LinimasaTestSupport", "linimasa", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "LinimasaServeTests",
            dependencies: [
                "LinimasaTestSupport", "linimasa", "LinimasaServe", "LinimasaView", "LinimasaStore",
                "LinimasaExport", "LinimasaGraph", "LinimasaModel",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            swiftSettings: strictSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)

// Fuzzing (Tests/Fuzz): the code each fuzz target runs, and the test that
// replays its seed corpus and every crashing input kept as a fixture.
package.targets += [
    .target(
        name: "LinimasaFuzzHarness",
        dependencies: ["LinimasaIngest", "LinimasaExtract", "LinimasaModel"],
        path: "Tests/Fuzz/Harness",
        swiftSettings: strictSettings
    ),
    .testTarget(
        name: "LinimasaFuzzTests",
        dependencies: ["LinimasaFuzzHarness", "LinimasaTestSupport"],
        swiftSettings: strictSettings
    ),
]
// The libFuzzer executables exist only for .ci/fuzz, which sets LINIMASA_FUZZ
// and builds them (-c release -sanitize=fuzzer,address) in its own scratch
// folder. SwiftPM links each one's `main` to `<name>_main`, which the target
// defines as a call into libFuzzer's driver.
if Context.environment["LINIMASA_FUZZ"] != nil {
    package.targets.append(.target(
        name: "LinimasaFuzzDriver", dependencies: ["LinimasaFuzzHarness"],
        path: "Tests/Fuzz/Driver", swiftSettings: strictSettings))
    for name in ["FuzzHTML", "FuzzFeed", "FuzzJSONL", "FuzzText", "FuzzTemporal", "FuzzExtract"] {
        package.targets.append(.executableTarget(
            name: name, dependencies: ["LinimasaFuzzDriver", "LinimasaFuzzHarness"],
            path: "Tests/Fuzz/Targets/\(name)",
            swiftSettings: strictSettings + [.unsafeFlags(["-parse-as-library"])]))
    }
}
