package dev.errata.tags;

import dev.errata.data.CategoricalColumn;
import dev.errata.data.Column;
import dev.errata.data.Dataset;
import dev.errata.data.NumericColumn;
import dev.errata.data.TextWords;
import dev.errata.data.WordAlignment;
import dev.errata.data.WordEdit;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.roaringbitmap.RoaringBitmap;

/** The parsed form of a rule: what it says, checked against and evaluated over a dataset on demand. */
sealed interface RuleNode {

    /** @throws RuleException for an unknown column or a value of the wrong type */
    void check(Dataset dataset);

    /** The matching rows; only called after {@link #check} passed. */
    RoaringBitmap rows(Dataset dataset);

    /** Adds the names of the columns the rule reads. */
    void addColumns(Set<String> names);

    /** {@code left and right} when {@code both}, else {@code left or right}. */
    record Junction(RuleNode left, RuleNode right, boolean both) implements RuleNode {

        @Override
        public void check(Dataset dataset) {
            left.check(dataset);
            right.check(dataset);
        }

        @Override
        public void addColumns(Set<String> names) {
            left.addColumns(names);
            right.addColumns(names);
        }

        @Override
        public RoaringBitmap rows(Dataset dataset) {
            RoaringBitmap l = left.rows(dataset);
            RoaringBitmap r = right.rows(dataset);
            return both ? RoaringBitmap.and(l, r) : RoaringBitmap.or(l, r);
        }
    }

    /** The complement of the inner rows, so it includes rows whose value is missing. */
    record Not(RuleNode inner) implements RuleNode {

        @Override
        public void check(Dataset dataset) {
            inner.check(dataset);
        }

        @Override
        public RoaringBitmap rows(Dataset dataset) {
            return RoaringBitmap.flip(inner.rows(dataset), 0L, dataset.rowCount());
        }

        @Override
        public void addColumns(Set<String> names) {
            inner.addColumns(names);
        }
    }

    /** {@code column op value}, or {@code column [not] in (values)} as an == against any of them. */
    record Condition(ColumnRef column, Operator operator, List<Literal> values, boolean negated) implements RuleNode {

        @Override
        public void check(Dataset dataset) {
            Column c = column.resolve(dataset);
            boolean numeric = c instanceof NumericColumn;
            for (Literal v : values) {
                if (numeric && v.isText()) {
                    throw new RuleException(
                            "column \"" + c.name() + "\" holds numbers; compare it with a number, not \"" + v.text()
                                    + "\"",
                            v.offset(),
                            v.length());
                }
                if (!numeric && !v.isText()) {
                    throw new RuleException(
                            "column \"" + c.name() + "\" holds text; put the value in quotes", v.offset(), v.length());
                }
            }
        }

        @Override
        public RoaringBitmap rows(Dataset dataset) {
            return ConditionRows.matching(dataset.column(column.name()), operator, values, negated);
        }

        @Override
        public void addColumns(Set<String> names) {
            names.add(column.name());
        }
    }

    /** {@code column contains "word"}: text cells holding the word, whole and in any case ({@link TextWords}). */
    record Contains(ColumnRef column, Literal word) implements RuleNode {

        @Override
        public void check(Dataset dataset) {
            column.resolveText(dataset, "\"contains\" looks for a word in text");
            if (!TextWords.isWord(word.text())) {
                throw new RuleException(
                        "\"contains\" looks for one word of letters and digits, not \"" + word.text() + "\"",
                        word.offset(),
                        word.length());
            }
        }

        @Override
        public RoaringBitmap rows(Dataset dataset) {
            return ConditionRows.containing((CategoricalColumn) dataset.column(column.name()), word.text());
        }

        @Override
        public void addColumns(Set<String> names) {
            names.add(column.name());
        }
    }

    /**
     * {@code recognised against reference mishears "two" as "to"} (or {@code drops "the"}, {@code adds "uh"}):
     * the rows whose alignment of the two transcripts, the one word error rate counts, takes that edit at
     * least once. Words compare as the alignment compares them, as written.
     *
     * @param words the quoted words, for messages
     */
    record Confused(ColumnRef recognised, ColumnRef reference, WordEdit edit, List<Literal> words) implements RuleNode {

        @Override
        public void check(Dataset dataset) {
            recognised.resolveText(dataset, "a transcript is text");
            reference.resolveText(dataset, "a transcript is text");
            for (Literal word : words) {
                String[] split = WordAlignment.words(word.text());
                if (split.length != 1 || !split[0].equals(word.text())) {
                    throw new RuleException(
                            "a transcript's edit names one word without spaces, not \"" + word.text() + "\"",
                            word.offset(),
                            word.length());
                }
            }
        }

        @Override
        public void addColumns(Set<String> names) {
            names.add(recognised.name());
            names.add(reference.name());
        }

        @Override
        public RoaringBitmap rows(Dataset dataset) {
            CategoricalColumn hyp = (CategoricalColumn) dataset.column(recognised.name());
            CategoricalColumn ref = (CategoricalColumn) dataset.column(reference.name());
            // aligning is the one costly step of any rule: the rows are aligned on all cores, as the metrics align them
            return RoaringBitmap.bitmapOf(IntStream.range(0, dataset.rowCount())
                    .parallel()
                    .filter(row -> !hyp.isMissing(row)
                            && !ref.isMissing(row)
                            && WordAlignment.holds(ref.text(row), hyp.text(row), edit))
                    .toArray());
        }
    }

    record IsMissing(ColumnRef column, boolean negated) implements RuleNode {

        @Override
        public void check(Dataset dataset) {
            column.resolve(dataset);
        }

        @Override
        public RoaringBitmap rows(Dataset dataset) {
            return ConditionRows.missing(dataset.column(column.name()), negated);
        }

        @Override
        public void addColumns(Set<String> names) {
            names.add(column.name());
        }
    }

    /** A column reference with where it stands, for messages. */
    record ColumnRef(String name, int offset, int length) {

        Column resolve(Dataset dataset) {
            return dataset.find(name)
                    .orElseThrow(() -> new RuleException("unknown column \"" + name + "\"", offset, length));
        }

        /** @param why what the condition wants text for, the message's end when the column holds numbers */
        void resolveText(Dataset dataset, String why) {
            if (resolve(dataset) instanceof NumericColumn) {
                throw new RuleException("column \"" + name + "\" holds numbers; " + why, offset, length);
            }
        }
    }

    /** A literal: {@code text} is set for strings, {@code number} for numbers. */
    record Literal(String text, double number, int offset, int length) {

        boolean isText() {
            return text != null;
        }
    }

    enum Operator {
        EQ("=="),
        NE("!="),
        LT("<"),
        LE("<="),
        GT(">"),
        GE(">=");

        final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        static Operator of(String symbol) {
            for (Operator op : values()) {
                if (op.symbol.equals(symbol)) {
                    return op;
                }
            }
            return null;
        }

        /** Whether a value passes, given the sign of value.compareTo(literal). */
        boolean accepts(int sign) {
            return switch (this) {
                case EQ -> sign == 0;
                case NE -> sign != 0;
                case LT -> sign < 0;
                case LE -> sign <= 0;
                case GT -> sign > 0;
                case GE -> sign >= 0;
            };
        }
    }
}
