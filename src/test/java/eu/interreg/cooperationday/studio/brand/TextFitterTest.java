package eu.interreg.cooperationday.studio.brand;

import java.awt.Color;
import java.awt.geom.Rectangle2D;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import eu.interreg.cooperationday.studio.support.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

class TextFitterTest {

	static BrandKit brand;

	final TextFitter fitter = new TextFitter();

	@BeforeAll
	static void load() {
		brand = Fixtures.brand();
	}

	static TextStyle style(int maxLines) {
		return new TextStyle(brand.bold(), 64, 20, maxLines, 1.2f, Color.BLACK, TextStyle.Align.START);
	}

	@Test
	void aShortNameStaysOnOneLineAtTheLargestSize() {
		FittedText fitted = this.fitter.fit("Interreg Aurora", style(3), 800, 200);
		assertThat(fitted.fits()).isTrue();
		assertThat(fitted.size()).isEqualTo(64f);
		assertThat(fitted.lines()).hasSize(1);
	}

	@Test
	void aLongNameWrapsAtWordsShrinksAndStaysInsideItsBox() {
		String name = "Interreg VI-A IPA Programme for Cross-Border Cooperation between the Republic of Bulgaria and the Republic of North Macedonia 2021–2027";
		Rectangle2D box = new Rectangle2D.Double(100, 100, 820, 200);
		FittedText fitted = this.fitter.fit(name, style(3), box.getWidth(), box.getHeight());
		assertThat(fitted.fits()).isTrue();
		assertThat(fitted.lines()).hasSizeBetween(2, 3);
		assertThat(fitted.size()).isLessThan(64f).isGreaterThanOrEqualTo(20f);
		assertThat(String.join(" ", fitted.lines().stream().map(FittedText.Line::text).toList())).isEqualTo(name);
		assertThat(fitted.height()).isLessThanOrEqualTo(box.getHeight());
		for (FittedText.PlacedLine line : fitted.place(box, TextStyle.Align.START, false)) {
			Rectangle2D ink = line.line().layout().getBounds();
			assertThat(line.x() + ink.getMaxX()).isLessThanOrEqualTo(box.getMaxX() + 0.5);
			assertThat(line.x() + ink.getX()).isGreaterThanOrEqualTo(box.getX() - 0.5);
		}
	}

	@Test
	void linesAreBalancedNotALongLineAndAWidow() {
		FittedText fitted = this.fitter.fit("Interreg Euregio Meuse-Rhine Programme", style(3), 900, 200);
		if (fitted.lines().size() == 2) {
			double first = fitted.lines().get(0).layout().getAdvance();
			double second = fitted.lines().get(1).layout().getAdvance();
			assertThat(Math.min(first, second) / Math.max(first, second)).isGreaterThan(0.5);
		}
		assertThat(fitted.fits()).isTrue();
	}

	@Test
	void whatCannotFitEvenAtTheFloorIsReportedAndEndsInAnEllipsis() {
		FittedText fitted = this.fitter.fit("Interreg ".repeat(40).strip(), style(2), 300, 80);
		assertThat(fitted.fits()).isFalse();
		assertThat(fitted.size()).isEqualTo(20f);
		assertThat(fitted.lines()).hasSizeLessThanOrEqualTo(2);
		assertThat(fitted.lines().get(fitted.lines().size() - 1).text()).endsWith("…");
		fitted.lines().forEach((line) -> assertThat(line.layout().getAdvance()).isLessThanOrEqualTo(300));
	}

	@Test
	void mixedScriptsAreSetInTheFaceThatHasTheirGlyphs() {
		String text = "إنترريج Interreg NEXT MED";
		assertThat(brand.regular().firstMissing(text)).isEqualTo(-1);
		var runs = brand.regular().itemise(text);
		assertThat(runs).hasSizeGreaterThanOrEqualTo(2);
		assertThat(runs.get(0).face().file().getFileName().toString()).startsWith("NotoSansArabic");
		assertThat(runs.get(runs.size() - 1).face().file().getFileName().toString()).isEqualTo("NotoSans-Regular.ttf");
	}

}
