package eu.interreg.cooperationday.studio.visibility;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds EU emblems in a raster image by what makes one: twelve yellow stars of one size, evenly spaced
 * on a circle, on a Reflex Blue field. Works at any scale where a star is about 4 pixels wide or more (a
 * flag 40 pixels high), with
 * anti-aliasing, on any background around the flag, and with a small rotation (a circle is a circle).
 * Plain Java: no Spring, nothing fetched.
 */
public final class EmblemFinder {

	/** Stars smaller than this (pixels) are noise, not stars. */
	private static final int MIN_STAR_AREA = 2;

	/** More yellow patches than this is a photograph or a pattern, not a logo with an emblem: not searched. */
	private static final int MAX_BLOBS = 4000;

	private EmblemFinder() {
	}

	/** Every emblem in the image, largest first. */
	public static List<Emblem> find(BufferedImage image) {
		int width = image.getWidth();
		int height = image.getHeight();
		int[] rgb = image.getRGB(0, 0, width, height, null, 0, width);
		List<Blob> stars = yellowBlobs(rgb, width, height);
		List<Emblem> found = new ArrayList<>();
		if (stars.size() > MAX_BLOBS) {
			return found;
		}
		for (List<Blob> cluster : clusters(stars)) {
			if (cluster.size() == 12) {
				Emblem emblem = circle(cluster);
				if (emblem != null && blueAt(rgb, width, height, emblem)) {
					found.add(emblem);
				}
			}
		}
		found.sort((a, b) -> Double.compare(b.circleRadius(), a.circleRadius()));
		return found;
	}

	/** A connected patch of yellow: its area and centroid. */
	private record Blob(int area, double x, double y) {

		/** About the star's width: its yellow core, and the anti-aliased rim a small star loses to blue. */
		double size() {
			return Math.sqrt(this.area) + 1;
		}

	}

	/** #FFCC00 and what anti-aliasing leaves of it: strong red and green, little blue, green below red. */
	static boolean yellow(int argb) {
		int a = (argb >>> 24) & 0xFF;
		int r = (argb >> 16) & 0xFF;
		int g = (argb >> 8) & 0xFF;
		int b = argb & 0xFF;
		return a > 128 && r > 170 && g > 120 && b < 110 && g <= r + 8 && r - b > 110;
	}

	/** #003399 and its neighbours: blue well above red and green. */
	static boolean blue(int argb) {
		int r = (argb >> 16) & 0xFF;
		int g = (argb >> 8) & 0xFF;
		int b = argb & 0xFF;
		return b > 90 && b > r + 50 && b > g + 35;
	}

	private static List<Blob> yellowBlobs(int[] rgb, int width, int height) {
		boolean[] seen = new boolean[rgb.length];
		int[] stack = new int[rgb.length];
		List<Blob> blobs = new ArrayList<>();
		for (int start = 0; start < rgb.length; start++) {
			if (seen[start] || !yellow(rgb[start])) {
				continue;
			}
			int top = 0;
			stack[top++] = start;
			seen[start] = true;
			long sumX = 0;
			long sumY = 0;
			int area = 0;
			while (top > 0) {
				int at = stack[--top];
				int x = at % width;
				int y = at / width;
				sumX += x;
				sumY += y;
				area++;
				top = push(rgb, seen, stack, top, x > 0 ? at - 1 : -1);
				top = push(rgb, seen, stack, top, x < width - 1 ? at + 1 : -1);
				top = push(rgb, seen, stack, top, y > 0 ? at - width : -1);
				top = push(rgb, seen, stack, top, y < height - 1 ? at + width : -1);
			}
			if (area >= MIN_STAR_AREA) {
				blobs.add(new Blob(area, sumX / (double) area + 0.5, sumY / (double) area + 0.5));
			}
		}
		return blobs;
	}

	private static int push(int[] rgb, boolean[] seen, int[] stack, int top, int next) {
		if (next >= 0 && !seen[next] && yellow(rgb[next])) {
			seen[next] = true;
			stack[top++] = next;
		}
		return top;
	}

	/**
	 * Groups blobs of about one size that stand near each other: neighbouring stars of an emblem are about
	 * three star sizes apart, stars across its circle about eleven.
	 */
	private static List<List<Blob>> clusters(List<Blob> blobs) {
		int n = blobs.size();
		int[] parent = new int[n];
		Arrays.setAll(parent, (i) -> i);
		for (int i = 0; i < n; i++) {
			for (int j = i + 1; j < n; j++) {
				Blob a = blobs.get(i);
				Blob b = blobs.get(j);
				double ratio = (a.area() + 2) / (double) (b.area() + 2);
				if (ratio < 0.33 || ratio > 3) {
					continue;
				}
				double reach = 4.5 * Math.max(a.size(), b.size());
				if (Math.hypot(a.x() - b.x(), a.y() - b.y()) <= reach) {
					parent[root(parent, i)] = root(parent, j);
				}
			}
		}
		List<List<Blob>> groups = new ArrayList<>();
		int[] index = new int[n];
		Arrays.fill(index, -1);
		for (int i = 0; i < n; i++) {
			int r = root(parent, i);
			if (index[r] < 0) {
				index[r] = groups.size();
				groups.add(new ArrayList<>());
			}
			groups.get(index[r]).add(blobs.get(i));
		}
		return groups;
	}

	private static int root(int[] parent, int i) {
		while (parent[i] != i) {
			parent[i] = parent[parent[i]];
			i = parent[i];
		}
		return i;
	}

	/** The circle twelve blobs stand on, when they stand on one evenly (else null). */
	private static Emblem circle(List<Blob> stars) {
		double cx = stars.stream().mapToDouble(Blob::x).average().orElseThrow();
		double cy = stars.stream().mapToDouble(Blob::y).average().orElseThrow();
		double radius = stars.stream().mapToDouble((s) -> Math.hypot(s.x() - cx, s.y() - cy)).average().orElseThrow();
		if (radius < 3) {
			return null;
		}
		double[] angles = new double[stars.size()];
		for (int i = 0; i < stars.size(); i++) {
			Blob star = stars.get(i);
			if (Math.abs(Math.hypot(star.x() - cx, star.y() - cy) - radius) > 0.12 * radius) {
				return null;
			}
			angles[i] = Math.toDegrees(Math.atan2(star.y() - cy, star.x() - cx));
		}
		Arrays.sort(angles);
		for (int i = 0; i < angles.length; i++) {
			double gap = (i + 1 < angles.length ? angles[i + 1] : angles[0] + 360) - angles[i];
			if (gap < 20 || gap > 40) {
				return null;
			}
		}
		return new Emblem(cx, cy, radius);
	}

	/** Whether the field inside the circle, between its centre and the stars, is Reflex Blue. */
	private static boolean blueAt(int[] rgb, int width, int height, Emblem emblem) {
		int blue = 0;
		int looked = 0;
		double r = emblem.circleRadius() * 0.55;
		for (int step = 0; step < 16; step++) {
			double angle = Math.PI * 2 * step / 16;
			int x = (int) Math.round(emblem.centreX() + r * Math.cos(angle));
			int y = (int) Math.round(emblem.centreY() + r * Math.sin(angle));
			if (x >= 0 && y >= 0 && x < width && y < height) {
				looked++;
				blue += blue(rgb[y * width + x]) ? 1 : 0;
			}
		}
		return looked > 0 && blue >= looked * 3 / 4;
	}

}
