package eu.interreg.cooperationday.studio.template;

/** A layer's place in relative units: x and y of its centre, w and h, each a fraction of the frame. */
public record Box(double x, double y, double w, double h) {

	public Box mirrored() {
		return new Box(1 - this.x, this.y, this.w, this.h);
	}

}
