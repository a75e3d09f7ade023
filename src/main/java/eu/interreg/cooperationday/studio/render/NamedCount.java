package eu.interreg.cooperationday.studio.render;

/** A name (a language code, a programme) and how many requests it has. */
public record NamedCount(String name, long count) {
}
