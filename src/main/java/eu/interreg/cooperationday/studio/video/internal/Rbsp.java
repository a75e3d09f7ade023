package eu.interreg.cooperationday.studio.video.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * The bits of an H.264 NAL unit's payload (its raw byte sequence payload): read and written MSB first
 * with the Exp-Golomb codes of the standard (7.2, 9.1), and turned from and into the escaped bytes a
 * stream carries, where {@code 00 00 03} keeps a start code from appearing inside a unit (7.4.1).
 */
final class Rbsp {

	private Rbsp() {
	}

	/** The payload of an escaped NAL unit (header byte included): every emulation prevention byte dropped. */
	static byte[] unescape(byte[] nal) {
		byte[] payload = new byte[nal.length];
		int length = 0;
		int zeros = 0;
		for (byte b : nal) {
			if (zeros >= 2 && b == 3) {
				zeros = 0;
				continue;
			}
			payload[length++] = b;
			zeros = (b == 0) ? zeros + 1 : 0;
		}
		return (length == nal.length) ? payload : Arrays.copyOf(payload, length);
	}

	/** The escaped NAL unit of a payload: {@code 03} goes before any byte up to 3 that follows two zeros. */
	static byte[] escape(byte[] payload) {
		byte[] nal = new byte[payload.length + payload.length / 2 + 1];
		int length = 0;
		int zeros = 0;
		for (byte b : payload) {
			if (zeros >= 2 && (b & 0xFF) <= 3) {
				nal[length++] = 3;
				zeros = 0;
			}
			nal[length++] = b;
			zeros = (b == 0) ? zeros + 1 : 0;
		}
		return Arrays.copyOf(nal, length);
	}

	/** Reads a payload bit by bit. */
	static final class Reader {

		private final byte[] bytes;

		private int bit;

		Reader(byte[] bytes, int firstBit) {
			this.bytes = bytes;
			this.bit = firstBit;
		}

		int position() {
			return this.bit;
		}

		int u(int bits) throws IOException {
			int value = 0;
			for (int i = 0; i < bits; i++) {
				if (this.bit >= this.bytes.length * 8) {
					throw new IOException("An H.264 parameter set or slice header ends too early");
				}
				int b = (this.bytes[this.bit >> 3] >> (7 - (this.bit & 7))) & 1;
				value = (value << 1) | b;
				this.bit++;
			}
			return value;
		}

		boolean flag() throws IOException {
			return u(1) == 1;
		}

		int ue() throws IOException {
			int zeros = 0;
			while (u(1) == 0) {
				if (++zeros > 31) {
					throw new IOException("An H.264 Exp-Golomb code is longer than 32 bits");
				}
			}
			return (int) ((1L << zeros) - 1 + u(zeros));
		}

		int se() throws IOException {
			int code = ue();
			return ((code & 1) == 1) ? (code + 1) / 2 : -(code / 2);
		}

	}

	/** Writes a payload bit by bit. */
	static final class Writer {

		private final ByteArrayOutputStream out = new ByteArrayOutputStream();

		private int current;

		private int count;

		void u(int bits, int value) {
			for (int i = bits - 1; i >= 0; i--) {
				bit((value >> i) & 1);
			}
		}

		void bit(int b) {
			this.current = (this.current << 1) | (b & 1);
			if (++this.count == 8) {
				this.out.write(this.current);
				this.current = 0;
				this.count = 0;
			}
		}

		void flag(boolean value) {
			bit(value ? 1 : 0);
		}

		void ue(int value) {
			long code = value + 1L;
			int length = 63 - Long.numberOfLeadingZeros(code);
			u(length, 0);
			for (int i = length; i >= 0; i--) {
				bit((int) (code >> i) & 1);
			}
		}

		void se(int value) {
			ue(value > 0 ? 2 * value - 1 : -2 * value);
		}

		boolean aligned() {
			return this.count == 0;
		}

		/** Pads with zero bits up to the next byte, and returns every byte written. */
		byte[] toBytes() {
			while (!aligned()) {
				bit(0);
			}
			return this.out.toByteArray();
		}

	}

}
