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
        .executableTarget(
            name: "linimasa",
            dependencies: [
                "LinimasaModel",
                "LinimasaText",
                "LinimasaIngest",
                "LinimasaExtract",
                "LinimasaGraph",
                "LinimasaExport",
                "LinimasaStore",
                "LinimasaTagger",
                "LinimasaLanguage",
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
            dependencies: ["LinimasaTestSupport", "LinimasaIngest", "LinimasaModel", "LinimasaText"],
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
            dependencies: ["LinimasaTestSupport", "LinimasaTagger", "LinimasaLanguage"],
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
    ],
    swiftLanguageModes: [.v6]
)
