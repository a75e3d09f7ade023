package eu.interreg.cooperationday.studio.stats;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import eu.interreg.cooperationday.studio.render.RenderRequest;
import eu.interreg.cooperationday.studio.render.RenderRequestAccepted;
import eu.interreg.cooperationday.studio.render.RequestDeleted;

/**
 * The requests the campaign has had, counted from what render announces (table {@code stats_request}:
 * one row per request with its language and programme name, no address): recorded when a request is
 * accepted, in its transaction, and forgotten when it is deleted unconfirmed.
 */
@Repository
class RequestCounts {

	private final JdbcClient jdbc;

	RequestCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** How many requests there are under one name (a language's code, a programme's name). */
	record Named(String name, long count) {
	}

	@EventListener
	void on(RenderRequestAccepted accepted) {
		RenderRequest request = accepted.request();
		try {
			this.jdbc.sql("insert into stats_request (request_id, language, programme_name) values (:id, :language, :name)")
				.param("id", request.id())
				.param("language", request.language().code())
				.param("name", request.programmeName())
				.update();
		}
		catch (DuplicateKeyException ex) {
			// counted already
		}
	}

	@EventListener
	void on(RequestDeleted deleted) {
		this.jdbc.sql("delete from stats_request where request_id = :id").param("id", deleted.requestId()).update();
	}

	List<Named> perLanguage() {
		return countBy("language");
	}

	List<Named> perProgramme() {
		return countBy("programme_name");
	}

	private List<Named> countBy(String column) {
		return this.jdbc.sql("select " + column + " as name, count(*) as n from stats_request group by " + column
				+ " order by count(*) desc, " + column)
			.query((rs, row) -> new Named(rs.getString("name"), rs.getLong("n")))
			.list();
	}

}
