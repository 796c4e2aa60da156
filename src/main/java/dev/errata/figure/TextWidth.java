package dev.errata.figure;

/**
 * How wide a text is drawn: the advance widths of DejaVu Sans, the window's font on Linux and wider than
 * the sans-serif fonts of other systems, so labels laid out by it keep apart on every system. Plain
 * arithmetic rather than font metrics: a figure is laid out the same in the window, in a saved SVG (whose
 * reader picks its own font) and in a test without a toolkit.
 */
public final class TextWidth {

    /** How far letters reach above and below the baseline, in font sizes. */
    static final double ASCENT = 0.8;

    static final double DESCENT = 0.25;

    /** Advance widths, regular and bold, in thousandths of the font size, of the characters ' ' (32) to '~' (126). */
    private static final short[][] WIDTHS = {
        {318, 349}, {401, 457}, {460, 521}, {838, 838}, {637, 696}, {951, 1002}, {780, 873}, {275, 307},
        {391, 458}, {391, 458}, {500, 523}, {838, 838}, {318, 380}, {361, 416}, {318, 380}, {337, 366},
        {637, 696}, {637, 696}, {637, 696}, {637, 696}, {637, 696}, {637, 696}, {637, 696}, {637, 696},
        {637, 696}, {637, 696}, {337, 400}, {337, 400}, {838, 838}, {838, 838}, {838, 838}, {531, 581},
        {1000, 1000}, {685, 774}, {687, 763}, {699, 734}, {771, 831}, {632, 684}, {576, 684}, {775, 821},
        {752, 837}, {295, 373}, {295, 373}, {656, 775}, {558, 638}, {863, 996}, {749, 837}, {788, 851},
        {604, 733}, {788, 851}, {695, 771}, {635, 721}, {611, 683}, {732, 813}, {685, 774}, {989, 1104},
        {686, 771}, {611, 725}, {686, 726}, {391, 458}, {337, 366}, {391, 458}, {838, 838}, {500, 500},
        {500, 500}, {613, 675}, {635, 716}, {550, 593}, {635, 716}, {616, 679}, {353, 436}, {635, 716},
        {634, 712}, {278, 343}, {278, 343}, {580, 666}, {278, 343}, {975, 1042}, {634, 712}, {612, 688},
        {635, 716}, {635, 716}, {412, 494}, {521, 596}, {393, 479}, {634, 712}, {592, 652}, {818, 924},
        {592, 646}, {592, 652}, {525, 583}, {637, 712}, {337, 366}, {637, 712}, {838, 838}
    };
    /** Beyond ASCII: as wide as the widest of the symbols figures use ("…", "—") and of CJK characters. */
    private static final int OTHER = 1000;

    private static final String ELLIPSIS = "…";

    private TextWidth() {}

    public static double of(String text, double size, boolean bold) {
        int weight = bold ? 1 : 0;
        long thousandths = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            thousandths += c >= ' ' && c <= '~' ? WIDTHS[c - ' '][weight] : OTHER;
        }
        return thousandths * size / 1000;
    }

    /**
     * The text if it fits the width, else its start and its end around "…", the end kept longer: names
     * often share a start and differ at the end ("class_07", "2024-05-01"). Empty when not even "…" fits.
     */
    public static String shortened(String text, double maxWidth, double size, boolean bold) {
        if (of(text, size, bold) <= maxWidth) {
            return text;
        }
        for (int kept = text.length() - 1; kept > 0; kept--) {
            int head = kept / 3;
            String shown = text.substring(0, head) + ELLIPSIS + text.substring(text.length() - (kept - head));
            if (of(shown, size, bold) <= maxWidth) {
                return shown;
            }
        }
        return of(ELLIPSIS, size, bold) <= maxWidth ? ELLIPSIS : "";
    }
}
