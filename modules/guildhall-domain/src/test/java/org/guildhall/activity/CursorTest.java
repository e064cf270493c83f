package org.guildhall.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.guildhall.access.InvalidField;
import org.junit.jupiter.api.Test;

class CursorTest {

    @Test
    void a_cursor_reads_back_what_it_wrote() {
        var cursor = new Stream.Cursor(Instant.parse("2026-11-22T10:15:30.123456Z"), 4711);
        assertThat(Stream.Cursor.parse(cursor.code())).contains(cursor);
        assertThat(Stream.Cursor.parse(" ")).isEmpty();
    }

    @Test
    void anything_else_is_the_callers_mistake() {
        assertThatThrownBy(() -> Stream.Cursor.parse("yesterday")).isInstanceOf(InvalidField.class);
        assertThatThrownBy(() -> Stream.Cursor.parse("12-x")).isInstanceOf(InvalidField.class);
    }
}
