package org.guildhall.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.guildhall.access.InvalidField;
import org.junit.jupiter.api.Test;

class ContentFileTest {

    @Test
    void the_header_names_format_version_and_source() {
        assertThat(ContentFile.checkHeader("{\"format\":\"guildhall-content\",\"version\":1,\"source\":\"old-intranet\"}"))
                .isEqualTo("old-intranet");
        assertThatThrownBy(() -> ContentFile.checkHeader("{\"format\":\"guildhall-content\",\"version\":2,\"source\":\"x\"}"))
                .isInstanceOf(InvalidField.class).hasMessageContaining("version 1");
        assertThatThrownBy(() -> ContentFile.checkHeader("{\"format\":\"guildhall-content\",\"version\":1,\"source\":\"a b\"}"))
                .isInstanceOf(InvalidField.class).hasMessageContaining("source");
        assertThatThrownBy(() -> ContentFile.checkHeader("employee_id,email,name"))
                .isInstanceOf(InvalidField.class).hasMessageContaining("header");
    }

    @Test
    void fields_are_checked_one_by_one_with_the_field_named() {
        var record = ContentFile.parse("{\"title\":\"  Hello  \",\"count\":3,\"tags\":[\"a\",2],\"at\":\"yesterday\",\"role\":\"boss\"}");
        assertThat(ContentFile.text(record, "title", 10)).isEqualTo("Hello");
        assertThat(ContentFile.text(record, "missing", 10)).isNull();
        assertThat(ContentFile.instant(record, "missing", Instant.EPOCH)).isEqualTo(Instant.EPOCH);
        assertThatThrownBy(() -> ContentFile.text(record, "title", 3)).isInstanceOf(BadRecord.class)
                .hasMessageContaining("at most 3");
        assertThatThrownBy(() -> ContentFile.text(record, "count", 3)).hasMessageContaining("must be a string");
        assertThatThrownBy(() -> ContentFile.list(record, "tags", 5, 10)).hasMessageContaining("Each of the tags");
        assertThatThrownBy(() -> ContentFile.instant(record, "at", null)).hasMessageContaining("is not a time");
        assertThatThrownBy(() -> ContentFile.code(record, "role", "member", "owner", "member"))
                .hasMessageContaining("not one of owner, member");
        assertThatThrownBy(() -> ContentFile.parse("{\"unterminated\": ")).isInstanceOf(BadRecord.class)
                .hasMessageStartingWith("Malformed JSON");
    }
}
