// Tokens, sentences and the JSON writer live in LinimasaText since the
// extraction and export stages use them without ingesting anything; code that
// imports LinimasaIngest keeps seeing them.
@_exported import LinimasaText
