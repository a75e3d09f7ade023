# Made for this project: generates music-bed.wav; music.m4a is it encoded with
#   ffmpeg -i bed.wav -c:a aac -b:a 128k -ar 48000 -ac 2 music.m4a
# Licensed with the project (original work, no samples).
# Original music bed for the Cooperation Day template: a warm pad progression with a plucked arpeggio
# and a soft pulse. Synthesised from scratch (no samples), 20 s, 48 kHz stereo.
import math, struct, wave, random
SR = 48000
DUR = 20.0
N = int(SR * DUR)
bpm = 96
beat = 60.0 / bpm
def freq(m): return 440.0 * 2 ** ((m - 69) / 12)
chords = [[48, 55, 60, 64, 67], [43, 50, 55, 59, 62], [45, 52, 57, 60, 64], [41, 48, 53, 57, 60]]  # C G Am F
left = [0.0] * N
right = [0.0] * N
bar = beat * 4
# pads
for i in range(N):
    t = i / SR
    c = chords[int(t / bar) % 4]
    pos = (t % bar) / bar
    env = min(1.0, pos * 6) * (1 - max(0.0, pos - 0.85) / 0.15 * 0.5)
    v = 0.0
    for k, m in enumerate(c):
        f = freq(m)
        v += math.sin(2 * math.pi * f * t + k) * 0.5 + math.sin(2 * math.pi * f * 1.003 * t) * 0.3 + math.sin(2 * math.pi * f * 2 * t) * 0.08
    v *= 0.05 * env
    left[i] += v * 0.9
    right[i] += v * 1.0
# arpeggio plucks on eighth notes
step = beat / 2
n_steps = int(DUR / step)
for s in range(n_steps):
    t0 = s * step
    c = chords[int(t0 / bar) % 4]
    m = c[[2, 3, 4, 3, 2, 4, 3, 1][s % 8]] + 12
    f = freq(m)
    pan = 0.35 + 0.3 * ((s % 4) / 3)
    start = int(t0 * SR)
    length = int(0.6 * SR)
    for j in range(length):
        i = start + j
        if i >= N: break
        tt = j / SR
        e = math.exp(-tt * 7) * min(1.0, j / 200)
        v = (math.sin(2 * math.pi * f * tt) + 0.3 * math.sin(2 * math.pi * 2 * f * tt) + 0.1 * math.sin(2 * math.pi * 3 * f * tt)) * e * 0.11
        left[i] += v * (1 - pan)
        right[i] += v * pan
# soft pulse on each beat
for b in range(int(DUR / beat)):
    start = int(b * beat * SR)
    for j in range(int(0.25 * SR)):
        i = start + j
        if i >= N: break
        tt = j / SR
        f = 55 + 60 * math.exp(-tt * 30)
        v = math.sin(2 * math.pi * f * tt) * math.exp(-tt * 14) * (0.22 if b % 2 == 0 else 0.14)
        left[i] += v
        right[i] += v
peak = max(max(abs(x) for x in left), max(abs(x) for x in right))
g = 0.8 / peak
with wave.open('bed.wav', 'wb') as w:
    w.setnchannels(2); w.setsampwidth(2); w.setframerate(SR)
    w.writeframes(b''.join(struct.pack('<hh', int(left[i] * g * 32767), int(right[i] * g * 32767)) for i in range(N)))
