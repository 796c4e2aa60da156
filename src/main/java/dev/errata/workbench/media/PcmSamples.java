package dev.errata.workbench.media;

import javax.sound.sampled.AudioFormat;

/** Samples of linear PCM audio of 8 to 32 bits, either byte order, signed or not, as fractions of full scale. */
final class PcmSamples {

    private final int bytes;
    private final int frameSize;
    private final boolean bigEndian;
    private final boolean signed;
    private final double fullScale;

    PcmSamples(AudioFormat format) {
        bytes = format.getSampleSizeInBits() / 8;
        frameSize = format.getFrameSize();
        bigEndian = format.isBigEndian();
        signed = format.getEncoding() == AudioFormat.Encoding.PCM_SIGNED;
        fullScale = Math.pow(2, format.getSampleSizeInBits() - 1);
    }

    /** The sample of {@code channel} in frame {@code frame} of {@code data}, from −1 up to just under 1. */
    double at(byte[] data, int frame, int channel) {
        int start = frame * frameSize + channel * bytes;
        long value = 0;
        for (int i = 0; i < bytes; i++) {
            int b = data[start + (bigEndian ? i : bytes - 1 - i)] & 0xff;
            value = (value << 8) | b;
        }
        long range = 1L << (8 * bytes);
        // unsigned PCM has its zero at half the range; signed PCM is two's complement
        long centred = signed ? (value >= range / 2 ? value - range : value) : value - range / 2;
        return centred / fullScale;
    }
}
