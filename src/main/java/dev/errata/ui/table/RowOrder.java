package dev.errata.ui.table;

/**
 * A stable merge sort of row indices by a comparator over rows, so sorting a million rows boxes nothing.
 */
final class RowOrder {

    /** Compares two rows by index. */
    @FunctionalInterface
    interface RowComparator {
        int compare(int rowA, int rowB);

        default RowComparator reversed() {
            return (a, b) -> compare(b, a);
        }
    }

    private RowOrder() {
    }

    static void sort(int[] rows, RowComparator order) {
        int[] buffer = rows.clone();
        mergeSort(buffer, rows, 0, rows.length, order);
    }

    /** Sorts {@code source[from, to)} into {@code target}; both hold the same values on entry. */
    private static void mergeSort(int[] source, int[] target, int from, int to, RowComparator order) {
        if (to - from < 2) {
            return;
        }
        int middle = (from + to) >>> 1;
        mergeSort(target, source, from, middle, order);
        mergeSort(target, source, middle, to, order);
        int left = from;
        int right = middle;
        for (int i = from; i < to; i++) {
            if (right >= to || (left < middle && order.compare(source[left], source[right]) <= 0)) {
                target[i] = source[left++];
            } else {
                target[i] = source[right++];
            }
        }
    }
}
