package eu.interreg.cooperationday.studio.stats;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Downloads and share-page views per day (UTC), asset kind and format (table {@code download_count}).
 * Counts only: no address, no user agent, nothing about who fetched what is ever stored.
 */
@Repository
class DownloadCounts {

	/** The kind under which share-page views are counted. */
	static final String SHARE_PAGE = "share-page";

	private final JdbcClient jdbc;

	private final Clock clock;

	DownloadCounts(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A count of one day, kind and format. */
	record Row(LocalDate day, String kind, String format, long hits) {
	}

	/** Adds one to today's count of the kind and format (portable: update, else insert, else update). */
	void increment(String kind, String format) {
		Date today = Date.valueOf(LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC));
		for (int attempt = 0; attempt < 3; attempt++) {
			if (this.jdbc.sql("update download_count set hits = hits + 1 where count_day = :day and kind = :kind and format = :format")
				.param("day", today)
				.param("kind", kind)
				.param("format", format)
				.update() == 1) {
				return;
			}
			try {
				this.jdbc.sql("insert into download_count (count_day, kind, format, hits) values (:day, :kind, :format, 1)")
					.param("day", today)
					.param("kind", kind)
					.param("format", format)
					.update();
				return;
			}
			catch (DuplicateKeyException ex) {
				// another request inserted the row first: add to it
			}
		}
	}

	List<Row> all() {
		return this.jdbc.sql("select count_day, kind, format, hits from download_count order by count_day, kind, format")
			.query((rs, row) -> new Row(rs.getDate("count_day").toLocalDate(), rs.getString("kind"), rs.getString("format"),
					rs.getLong("hits")))
			.list();
	}

}
