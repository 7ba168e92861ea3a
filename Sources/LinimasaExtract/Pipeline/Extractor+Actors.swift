import LinimasaModel

extension Extractor {
    /// Tokenises `text` as a one-sentence document and marks its actor
    /// mentions, without tagging time expressions or coding events.
    ///
    /// Token spans count code points of `text`. References resolve only
    /// within the sentence: there is no earlier text to resolve against.
    public func recognizeActors(inSentence text: String, published: CalendarDate? = nil) -> AnalyzedSentence {
        let length = text.unicodeScalars.count
        let doc = Document(
            id: "sentence", text: text,
            sentences: [Sentence(span: TextSpan(start: 0, end: length), text: text)],
            origin: InputOrigin(path: "-"))
        var sentences = analyzer.analyze(doc)
        _ = actors.recognize(&sentences, dct: published)
        return sentences[0]
    }
}
