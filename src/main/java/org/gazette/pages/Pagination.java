package org.gazette.pages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gazette.catalogue.Product;

/**
 * Where a page sits in a paginated list. Page 1 lives at the list's own path ({@code notices/}),
 * page n at {@code notices/page/n/}.
 *
 * @param current  the 1-based page number
 * @param total    how many pages the list has (at least 1)
 * @param basePath the list's path, e.g. {@code notices/}
 */
public record Pagination(int current, int total, String basePath) {

    /** The path of a later page of a list: the list's path, then {@code page/N/}. */
    private static final Pattern LATER_PAGE = Pattern.compile("(.*)page/\\d+/");

    /** How many items a list page shows. */
    public static final int PAGE_SIZE = 20;

    /** The path of page {@code n} of a list at {@code basePath}. */
    public static String pathOf(String basePath, int n) {
        return n <= 1 ? basePath : basePath + "page/" + n + "/";
    }

    /** The path of page {@code n} of this list. */
    public String pathOfPage(int n) {
        return pathOf(basePath, n);
    }

    public String path() {
        return pathOf(basePath, current);
    }

    public boolean hasPrevious() {
        return current > 1;
    }

    public boolean hasNext() {
        return current < total;
    }

    public String previousPath() {
        return pathOf(basePath, current - 1);
    }

    public String nextPath() {
        return pathOf(basePath, current + 1);
    }

    /** Page numbers to link: the first, the last and two around the current one; 0 marks a gap. */
    public List<Integer> window() {
        List<Integer> numbers = new ArrayList<>();
        int last = 0;
        for (int n = 1; n <= total; n++) {
            if (n == 1 || n == total || Math.abs(n - current) <= 2) {
                if (last != 0 && n - last > 1) {
                    numbers.add(0);
                }
                numbers.add(n);
                last = n;
            }
        }
        return numbers;
    }

    /** Splits a list into pages of {@link #PAGE_SIZE}; an empty list still has one (empty) page. */
    public static <T> List<List<T>> split(List<T> items) {
        return split(items, PAGE_SIZE);
    }

    /** Splits a list into pages of {@code size} items; an empty list still has one (empty) page. */
    public static <T> List<List<T>> split(List<T> items, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("page size must be positive: " + size);
        }
        List<List<T>> pages = new ArrayList<>();
        for (int from = 0; from < items.size(); from += size) {
            pages.add(items.subList(from, Math.min(items.size(), from + size)));
        }
        if (pages.isEmpty()) {
            pages.add(List.of());
        }
        return pages;
    }

    /**
     * The pages among {@code products} grouped by the paginated list they belong to, in their order:
     * {@code notices/index.html} and {@code notices/page/2/index.html} under {@code notices/}.
     */
    public static <T extends Product> Map<String, List<T>> byList(List<T> products) {
        Map<String, List<T>> lists = new HashMap<>();
        for (T product : products) {
            String path = product.path();
            if (!path.endsWith("index.html")) {
                continue;
            }
            String page = path.substring(0, path.length() - "index.html".length());
            Matcher later = LATER_PAGE.matcher(page);
            String base = later.matches() ? later.group(1) : page;
            lists.computeIfAbsent(base, k -> new ArrayList<>()).add(product);
        }
        return lists;
    }
}
