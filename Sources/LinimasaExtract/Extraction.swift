/// Extraction of actors, time expressions and events (in progress).
public enum Extraction {}
