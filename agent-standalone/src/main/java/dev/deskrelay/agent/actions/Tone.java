package dev.deskrelay.agent.actions;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.logging.Logger;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

/** A short 880 Hz sine beep played through Java Sound. */
public final class Tone {

    private static final Logger LOG = Logger.getLogger(Tone.class.getName());
    private static final float SAMPLE_RATE = 44_100;
    private static final double FREQUENCY = 880;
    private static final int LENGTH_MILLIS = 200;
    private static final int FADE_MILLIS = 5;
    private static final double VOLUME = 0.3;

    /** @return false when this machine has no audio line to play it on */
    public boolean play() {
        AudioFormat format = new AudioFormat(SAMPLE_RATE, 16, 1, true, false);
        byte[] samples = samples();
        try (SourceDataLine line = AudioSystem.getSourceDataLine(format)) {
            line.open(format);
            line.start();
            line.write(samples, 0, samples.length);
            line.drain();
            return true;
        } catch (LineUnavailableException | IllegalArgumentException | IllegalStateException | SecurityException
                | UnsatisfiedLinkError e) {
            // a headless machine, a busy device or a JRE without sound support: the caller rings the bell
            LOG.fine(() -> "no audio line: " + e);
            return false;
        }
    }

    private static byte[] samples() {
        int count = (int) (SAMPLE_RATE * LENGTH_MILLIS / 1000);
        double fade = SAMPLE_RATE * FADE_MILLIS / 1000;
        ByteBuffer pcm = ByteBuffer.allocate(count * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < count; i++) {
            // ramp in and out: a wave cut off mid-swing clicks
            double envelope = Math.min(1, Math.min(i, count - 1 - i) / fade);
            double value = Math.sin(2 * Math.PI * FREQUENCY * i / SAMPLE_RATE) * envelope * VOLUME;
            pcm.putShort((short) Math.round(value * Short.MAX_VALUE));
        }
        return pcm.array();
    }
}
