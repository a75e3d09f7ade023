package eu.interreg.cooperationday.studio.share;

/** A share page was shown. Carries nothing about the visitor. */
public record SharePageViewed() {
}
