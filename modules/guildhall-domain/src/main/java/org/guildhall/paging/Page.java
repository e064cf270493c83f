package org.guildhall.paging;

import java.util.List;
import java.util.function.Function;

/** One page of a list, numbered from 1. */
public record Page<T>(List<T> items, long total, int page, int size) {

    public static <T> Page<T> empty(int page, int size) {
        return new Page<>(List.of(), 0, page, size);
    }

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), total, page, size);
    }
}
