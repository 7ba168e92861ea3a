import Foundation

extension LanguageData {
    /// The folder of the trained tagger models (`id/models/`); its README
    /// says what each was trained on and how to rebuild it.
    public static let modelsFolder = "id/models"

    /// The part-of-speech model, for `POSTagger(contentsOf:)`.
    public var posModel: URL { url("\(LanguageData.modelsFolder)/pos.model") }

    /// The name model, for `NameTagger(contentsOf:)`.
    public var nameModel: URL { url("\(LanguageData.modelsFolder)/ner.model") }

    /// The part-of-speech model of a language's folder (`en/models/pos.model`).
    public func posModel(language code: String) -> URL { url("\(code)/models/pos.model") }
}
