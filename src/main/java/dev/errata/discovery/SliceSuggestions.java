package dev.errata.discovery;

import java.util.List;

/**
 * What a slice search found.
 *
 * @param suggestions the slices shown, best score first
 * @param evaluated how many slices the search scored: the number of looks the q-values correct for
 * @param hidden the top slices left out for a q-value above the false discovery rate
 * @param minSupport the fewest rows a slice could have
 */
public record SliceSuggestions(List<Suggestion> suggestions, int evaluated, int hidden, int minSupport) {

    public SliceSuggestions {
        suggestions = List.copyOf(suggestions);
    }
}
