package eu.interreg.cooperationday.studio.render;

/**
 * A file was fetched through its stable link ({@code /d/{token}}). Carries what was fetched, never who
 * fetched it. Published in the request's thread; a listener that fails does not fail the download.
 */
public record AssetDownloaded(String kind, String format) {
}
