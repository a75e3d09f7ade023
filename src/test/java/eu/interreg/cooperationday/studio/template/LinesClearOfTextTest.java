package eu.interreg.cooperationday.studio.template;

import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import eu.interreg.cooperationday.studio.template.internal.TemplateLoader;
import eu.interreg.cooperationday.studio.template.internal.TemplateLoaderTest;

/**
 * No line crosses words in any scene of the shipped template: every thin figure (a rule, a stroke; at
 * most 1% of the frame thick) stays clear of every text layer's box, in every shape, at every frame of
 * its scene while both are visible, with the animations applied (rotation and scale about the box's
 * centre, offsets). The slogan scene's line once swept through the middle of the words.
 */
class LinesClearOfTextTest {

	@Test
	void noThinFigureCrossesATextBoxInAnyShapeAtAnyFrame() {
		VideoTemplate template = new TemplateLoader(TemplateLoaderTest.TEMPLATES.resolve(TemplateLoader.SCHEMA))
			.load(TemplateLoaderTest.TEMPLATES.resolve("campaign"));
		List<String> crossings = new ArrayList<>();
		int lines = 0;
		for (Scene scene : template.scenes()) {
			for (String shape : List.of("landscape", "portrait", "square")) {
				VideoTemplate.Shape size = template.shapes().get(shape);
				for (Layer layer : scene.layers()) {
					if (!(layer instanceof Layer.Figure figure) || !thin(figure.box(shape), size)) {
						continue;
					}
					lines++;
					for (Layer other : scene.layers()) {
						if (!(other instanceof Layer.Text text)) {
							continue;
						}
						for (int frame = 0; frame <= Math.round(scene.duration() * template.fps()); frame++) {
							double time = frame / (double) template.fps();
							if (text.animation().opacity().at(time) <= 0 || figure.animation().opacity().at(time) <= 0) {
								continue; // nothing to cross while either is not there
							}
							Area overlap = new Area(place(figure, shape, size, time));
							overlap.intersect(new Area(place(text, shape, size, time)));
							if (!overlap.isEmpty()) {
								crossings.add(scene.id() + "/" + shape + " at " + String.format("%.2f", time) + " s: a line crosses "
										+ text.binding());
								break;
							}
						}
					}
				}
			}
		}
		assertThat(lines).as("the template has lines to check").isPositive();
		assertThat(crossings).isEmpty();
	}

	private static boolean thin(Box box, VideoTemplate.Shape size) {
		return Math.min(box.w() * size.width(), box.h() * size.height()) <= 0.01 * Math.min(size.width(), size.height());
	}

	/** Where a layer's box is at {@code time}, in pixels, as the compositor places it. */
	private static Shape place(Layer layer, String shape, VideoTemplate.Shape size, double time) {
		Box box = layer.box(shape);
		Layer.Animation animation = layer.animation();
		double w = box.w() * size.width();
		double h = box.h() * size.height();
		double cx = box.x() * size.width() + animation.dx().at(time) * size.width();
		double cy = box.y() * size.height() + animation.dy().at(time) * size.height();
		AffineTransform transform = new AffineTransform();
		transform.translate(cx, cy);
		transform.rotate(Math.toRadians(animation.rotation().at(time)));
		transform.scale(animation.scale().at(time), animation.scale().at(time));
		return transform.createTransformedShape(new Rectangle2D.Double(-w / 2, -h / 2, w, h));
	}

}
