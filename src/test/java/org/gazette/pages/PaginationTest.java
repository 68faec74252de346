package org.gazette.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Long lists are split into pages of twenty, the first at the list's own address. */
class PaginationTest {

    @Test
    void firstPageLivesAtTheListAddress() {
        assertThat(Pagination.pathOf("notices/", 1)).isEqualTo("notices/");
        assertThat(Pagination.pathOf("notices/", 3)).isEqualTo("notices/page/3/");
    }

    @Test
    void splitsIntoPagesOfTwenty() {
        List<Integer> items = IntStream.range(0, 45).boxed().toList();

        List<List<Integer>> pages = Pagination.split(items);

        assertThat(pages).extracting(List::size).containsExactly(20, 20, 5);
        assertThat(pages.get(1).get(0)).isEqualTo(20);
    }

    @Test
    void exactlyTwentyItemsMakeOnePage() {
        assertThat(Pagination.split(IntStream.range(0, 20).boxed().toList())).hasSize(1);
    }

    @Test
    void anEmptyListStillHasOnePage() {
        assertThat(Pagination.split(List.of())).containsExactly(List.of());
    }

    @Test
    void linksToPreviousAndNextPages() {
        Pagination middle = new Pagination(2, 3, "plans/");

        assertThat(middle.path()).isEqualTo("plans/page/2/");
        assertThat(middle.hasPrevious()).isTrue();
        assertThat(middle.previousPath()).isEqualTo("plans/");
        assertThat(middle.hasNext()).isTrue();
        assertThat(middle.nextPath()).isEqualTo("plans/page/3/");
    }

    @Test
    void firstAndLastPagesHaveNoPreviousOrNext() {
        assertThat(new Pagination(1, 3, "plans/").hasPrevious()).isFalse();
        assertThat(new Pagination(3, 3, "plans/").hasNext()).isFalse();
    }

    @Test
    void windowShowsFirstLastAndTwoAroundTheCurrentWithGaps() {
        assertThat(new Pagination(5, 10, "notices/").window()).containsExactly(1, 0, 3, 4, 5, 6, 7, 0, 10);
    }

    @Test
    void windowHasNoGapWhereNoPageIsSkipped() {
        assertThat(new Pagination(1, 10, "notices/").window()).containsExactly(1, 2, 3, 0, 10);
        assertThat(new Pagination(4, 5, "notices/").window()).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void windowOfASinglePage() {
        assertThat(new Pagination(1, 1, "notices/").window()).containsExactly(1);
    }
}
