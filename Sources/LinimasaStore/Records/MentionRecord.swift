import GRDB
import LinimasaGraph
import LinimasaModel

/// A row of `mentions`: every field of a ``Mention``, keyed by document,
/// trigger start and CAMEO code (its ``MentionKey``).
///
/// The article's outlet, url and day are copied in, so that a mention reads
/// back exactly as it was extracted.
struct MentionRecord: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "mentions"

    var documentID: String
    var triggerStart: Int
    var cameo: String
    var triggerEnd: Int
    var outlet: String?
    var url: String?
    var published: String?
    var sentenceIndex: Int
    var clauseStart: Int
    var clauseEnd: Int
    var triggerText: String
    var evidenceText: String
    var modality: String
    var plover: String
    var quadClass: Int
    var goldstein: Double
    var sourceID: String?
    var targetID: String?
    var dateStart: String?
    var dateEnd: String?
    var precision: String?
    var confidence: Double

    enum CodingKeys: String, CodingKey {
        case documentID = "document_id"
        case triggerStart = "trigger_start"
        case cameo
        case triggerEnd = "trigger_end"
        case outlet, url, published
        case sentenceIndex = "sentence_index"
        case clauseStart = "clause_start"
        case clauseEnd = "clause_end"
        case triggerText = "trigger_text"
        case evidenceText = "evidence_text"
        case modality, plover
        case quadClass = "quad_class"
        case goldstein
        case sourceID = "source_id"
        case targetID = "target_id"
        case dateStart = "date_start"
        case dateEnd = "date_end"
        case precision, confidence
    }

    enum Columns {
        static let documentID = Column(CodingKeys.documentID)
        static let triggerStart = Column(CodingKeys.triggerStart)
        static let cameo = Column(CodingKeys.cameo)
        static let sourceID = Column(CodingKeys.sourceID)
        static let targetID = Column(CodingKeys.targetID)
        static let dateStart = Column(CodingKeys.dateStart)
    }

    init(_ m: Mention) {
        documentID = m.documentID
        triggerStart = m.trigger.start
        cameo = m.cameo.code
        triggerEnd = m.trigger.end
        outlet = m.outlet
        url = m.url
        published = StoredValues.day(m.published)
        sentenceIndex = m.sentenceIndex
        clauseStart = m.clause.start
        clauseEnd = m.clause.end
        triggerText = m.triggerText
        evidenceText = m.evidenceText
        modality = m.modality.rawValue
        plover = m.plover
        quadClass = m.quadClass.rawValue
        goldstein = m.goldstein
        sourceID = m.sourceID?.text
        targetID = m.targetID?.text
        dateStart = StoredValues.day(m.date?.start)
        dateEnd = StoredValues.day(m.date?.end)
        precision = m.precision?.rawValue
        confidence = m.confidence
    }

    /// The mention this row stores; throws on values no ``Mention`` can hold.
    func mention() throws -> Mention {
        let row = "mentions[\(documentID)@\(triggerStart)/\(cameo)]"
        guard triggerStart <= triggerEnd, clauseStart <= clauseEnd else {
            throw CorruptRow(description: "\(row): a span ends before it starts")
        }
        var date: DayInterval?
        switch (try StoredValues.day(dateStart, column: row + ".date_start"),
                try StoredValues.day(dateEnd, column: row + ".date_end")) {
        case (nil, nil): date = nil
        case let (start?, end?) where start <= end: date = DayInterval(start: start, end: end)
        default: throw CorruptRow(description: "\(row): date_start and date_end do not make an interval")
        }
        guard let code = CAMEOCode(cameo) else {
            throw CorruptRow(description: "\(row): cameo '\(cameo)' is not a CAMEO code")
        }
        return Mention(
            documentID: documentID, outlet: outlet, url: url,
            published: try StoredValues.day(published, column: row + ".published"),
            sentenceIndex: sentenceIndex,
            trigger: TextSpan(start: triggerStart, end: triggerEnd),
            clause: TextSpan(start: clauseStart, end: clauseEnd),
            triggerText: triggerText, evidenceText: evidenceText,
            modality: try StoredValues.raw(modality, as: Modality.self, column: row + ".modality"),
            cameo: code, plover: plover,
            quadClass: try StoredValues.raw(quadClass, as: QuadClass.self, column: row + ".quad_class"),
            goldstein: goldstein, sourceID: sourceID.map { ActorID($0) }, targetID: targetID.map { ActorID($0) }, date: date,
            precision: try precision.map { try StoredValues.raw($0, as: DatePrecision.self, column: row + ".precision") },
            confidence: confidence)
    }
}
