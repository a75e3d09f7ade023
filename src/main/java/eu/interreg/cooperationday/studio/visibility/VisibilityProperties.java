package eu.interreg.cooperationday.studio.visibility;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code studio.visibility.*}: which size rule files are laid out and checked by. Only the named options
 * of {@link VisibilityRule} can be chosen ({@code eu-annex-ix}, the default; {@code strict-both-dimensions};
 * {@code outside-eu-rules} for material of partners outside the EU's rules), and each file's report names
 * the one it was checked against.
 */
@ConfigurationProperties("studio.visibility")
public record VisibilityProperties(@DefaultValue("eu-annex-ix") String rule) {

	public VisibilityRule chosen() {
		return VisibilityRule.named(this.rule);
	}

}
