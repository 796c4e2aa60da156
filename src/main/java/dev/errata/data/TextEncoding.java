package dev.errata.data;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The character encoding of a data file: UTF-8 unless a byte order mark says UTF-16 or UTF-32, or the
 * bytes are not UTF-8, when they are read as Windows-1252 (what Excel and most tools write as "ANSI" in
 * western locales; it reads any Latin-1 file the same, bar its 32 control codes). Files that are not UTF-8
 * are converted to UTF-8 in memory before the reader sees them, so the fast path reads UTF-8 only.
 */
final class TextEncoding {

    static final String WINDOWS_1252 = "windows-1252";
    /** What a NUL byte in a file read as text means, most likely. */
    static final String NUL_PROBLEM = "a NUL byte, which a text file does not hold; if the file is UTF-16 or UTF-32"
            + " without a byte order mark, name its encoding with --encoding";

    /** Windows-1252 as WHATWG reads it: the five bytes it leaves undefined become the C1 controls of the same number, so no two bytes decode alike. */
    private static final char[] WINDOWS_1252_CHARS = windows1252();

    private TextEncoding() {}

    /**
     * The encoding of a file from its first bytes: a byte order mark's, else UTF-8 when the bytes are
     * UTF-8 (a character cut off at the end of a head that is not the whole file counts), else Windows-1252.
     */
    static Charset detect(byte[] head, int length, boolean wholeFile) {
        Charset marked = byteOrderMark(head, length);
        if (marked != null) {
            return marked;
        }
        return Utf8.firstMalformed(head, 0, length, !wholeFile) < 0 ? StandardCharsets.UTF_8 : windows1252Charset();
    }

    static boolean isWindows1252(Charset charset) {
        return charset.name().equalsIgnoreCase(WINDOWS_1252);
    }

    static Charset windows1252Charset() {
        return Charset.forName(WINDOWS_1252);
    }

    /** How the encoding is named to a person. */
    static String displayName(Charset charset) {
        return isWindows1252(charset) ? "Windows-1252" : charset.name();
    }

    private static Charset byteOrderMark(byte[] b, int length) {
        if (starts(b, length, 0xFF, 0xFE, 0x00, 0x00)) {
            return Charset.forName("UTF-32LE");
        }
        if (starts(b, length, 0x00, 0x00, 0xFE, 0xFF)) {
            return Charset.forName("UTF-32BE");
        }
        if (starts(b, length, 0xFF, 0xFE)) {
            return StandardCharsets.UTF_16LE;
        }
        if (starts(b, length, 0xFE, 0xFF)) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static boolean starts(byte[] b, int length, int... mark) {
        if (length < mark.length) {
            return false;
        }
        for (int i = 0; i < mark.length; i++) {
            if ((b[i] & 0xFF) != mark[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The text of {@code bytes} in {@code charset}, as UTF-8 (a byte order mark stays, as U+FEFF, for the
     * header to skip like UTF-8's).
     *
     * @throws BadInputException at the line and character of the first bytes that are not of the encoding
     */
    static byte[] toUtf8(Path file, byte[] bytes, Charset charset) {
        CharBuffer text;
        if (isWindows1252(charset)) {
            char[] chars = new char[bytes.length];
            for (int i = 0; i < bytes.length; i++) {
                chars[i] = WINDOWS_1252_CHARS[bytes[i] & 0xFF];
            }
            text = CharBuffer.wrap(chars);
        } else {
            text = decode(file, bytes, charset);
        }
        ByteBuffer utf8 = StandardCharsets.UTF_8.encode(text);
        byte[] out = new byte[utf8.remaining()];
        utf8.get(out);
        return out;
    }

    private static CharBuffer decode(Path file, byte[] bytes, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int)
                Math.min(Integer.MAX_VALUE - 8, (long) (bytes.length * (double) decoder.maxCharsPerByte()) + 16));
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw notOfEncoding(file, out, bytes[in.position()], displayName(charset) + ", the encoding of the file");
        }
        return out.flip();
    }

    /** The bad input of a byte that is not of the encoding, placed after the text decoded before it. */
    private static BadInputException notOfEncoding(Path file, CharBuffer before, byte bad, String encoding) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < before.position(); i++) {
            char c = before.get(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= before.position() || before.get(i + 1) != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        int column = Character.codePointCount(before, lineStart, before.position()) + 1;
        return new BadInputException(file, line, column, "the byte " + hex(bad) + " is not " + encoding);
    }

    static String hex(byte b) {
        return String.format("0x%02X", b & 0xFF);
    }

    private static char[] windows1252() {
        byte[] all = new byte[256];
        for (int i = 0; i < all.length; i++) {
            all[i] = (byte) i;
        }
        char[] chars = new String(all, windows1252Charset()).toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] == '\uFFFD') {
                chars[i] = (char) i;
            }
        }
        return chars;
    }
}
