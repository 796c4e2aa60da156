package dev.errata.ui.text;

import java.util.Collection;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.util.StringConverter;

/**
 * How a control that offers a fixed list shows its values; text turns back into the value shown so, as
 * JavaFX asks of a converter, by finding it in the list.
 */
public final class ShownText<T> extends StringConverter<T> {

    private final Function<T, String> text;
    private final Supplier<? extends Collection<T>> values;

    public ShownText(Function<T, String> text, Supplier<? extends Collection<T>> values) {
        this.text = text;
        this.values = values;
    }

    @Override
    public String toString(T value) {
        return value == null ? "" : text.apply(value);
    }

    @Override
    public T fromString(String shown) {
        return values.get().stream()
                .filter(v -> Objects.equals(text.apply(v), shown))
                .findFirst()
                .orElse(null);
    }
}
