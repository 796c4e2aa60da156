package dev.errata.tags;

import dev.errata.data.CategoricalColumn;
import dev.errata.data.Column;
import dev.errata.data.NumericColumn;
import dev.errata.data.TextWords;
import dev.errata.tags.RuleNode.Literal;
import dev.errata.tags.RuleNode.Operator;
import java.util.List;
import java.util.Locale;
import org.roaringbitmap.RoaringBitmap;
import org.roaringbitmap.RoaringBitmapWriter;

/**
 * The rows of one condition, each found by a single loop over a primitive array. A text condition is
 * decided once per level first, so its loop only looks codes up; a numeric comparison becomes a closed
 * interval, so every operator shares one loop without a branch on the operator per row.
 */
final class ConditionRows {

    private ConditionRows() {}

    /** Rows whose value relates to any of the values by the operator (to none of them when negated); never missing rows. */
    static RoaringBitmap matching(Column column, Operator op, List<Literal> values, boolean negated) {
        if (column instanceof NumericColumn n) {
            if (values.size() == 1) {
                return inInterval(n.values(), op, values.get(0).number(), negated);
            }
            return inSet(
                    n.values(), values.stream().mapToDouble(Literal::number).toArray(), negated);
        }
        CategoricalColumn cat = (CategoricalColumn) column;
        boolean[] levelMatches = new boolean[cat.levelCount()];
        for (int code = 0; code < levelMatches.length; code++) {
            String level = cat.level(code);
            boolean any = false;
            for (Literal v : values) {
                any |= op.accepts(Integer.signum(level.compareTo(v.text())));
            }
            levelMatches[code] = any != negated;
        }
        return withLevels(cat, levelMatches);
    }

    /** Rows whose text holds {@code word} as a whole word, in any case; each level is split into words once. */
    static RoaringBitmap containing(CategoricalColumn column, String word) {
        String wanted = word.toLowerCase(Locale.ROOT);
        boolean[] levelMatches = new boolean[column.levelCount()];
        for (int code = 0; code < levelMatches.length; code++) {
            levelMatches[code] = TextWords.of(column.level(code)).contains(wanted);
        }
        return withLevels(column, levelMatches);
    }

    private static RoaringBitmap inInterval(double[] values, Operator op, double t, boolean negated) {
        // != is the complement of ==; nextUp/nextDown turn strict bounds into closed ones
        boolean outside = negated != (op == Operator.NE);
        double lo = switch (op) {
            case GT -> Math.nextUp(t);
            case GE, EQ, NE -> t;
            case LT, LE -> Double.NEGATIVE_INFINITY;
        };
        double hi = switch (op) {
            case LT -> Math.nextDown(t);
            case LE, EQ, NE -> t;
            case GT, GE -> Double.POSITIVE_INFINITY;
        };
        RoaringBitmapWriter<RoaringBitmap> out = RoaringBitmapWriter.writer().get();
        for (int row = 0; row < values.length; row++) {
            double v = values[row];
            // v == v excludes NaN, the missing value, from the complement too
            if ((v >= lo && v <= hi) != outside && v == v) {
                out.add(row);
            }
        }
        return out.get();
    }

    private static RoaringBitmap inSet(double[] values, double[] targets, boolean negated) {
        RoaringBitmapWriter<RoaringBitmap> out = RoaringBitmapWriter.writer().get();
        for (int row = 0; row < values.length; row++) {
            double v = values[row];
            boolean found = false;
            for (double t : targets) {
                found |= v == t;
            }
            if (found != negated && v == v) {
                out.add(row);
            }
        }
        return out.get();
    }

    private static RoaringBitmap withLevels(CategoricalColumn column, boolean[] levelMatches) {
        RoaringBitmapWriter<RoaringBitmap> out = RoaringBitmapWriter.writer().get();
        for (int row = 0; row < column.size(); row++) {
            int code = column.code(row);
            if (code >= 0 && levelMatches[code]) {
                out.add(row);
            }
        }
        return out.get();
    }

    static RoaringBitmap missing(Column column, boolean negated) {
        RoaringBitmapWriter<RoaringBitmap> out = RoaringBitmapWriter.writer().get();
        for (int row = 0; row < column.size(); row++) {
            if (column.isMissing(row) != negated) {
                out.add(row);
            }
        }
        return out.get();
    }
}
