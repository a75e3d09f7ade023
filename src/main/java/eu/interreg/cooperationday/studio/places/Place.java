package eu.interreg.cooperationday.studio.places;

import java.time.ZoneId;

/**
 * A populated place of the gazetteer: its name as GeoNames gives it, its country (ISO 3166-1 alpha-2),
 * where it is (WGS 84 degrees), how many live there (0 when unknown) and its time zone.
 */
public record Place(String name, String country, double latitude, double longitude, int population, ZoneId zone) {
}
