package io.windowpane.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** One date format and one date-time format on every page, times with the zone they are shown in. */
class FormatsTest {

    private static final Instant AT = Instant.parse("2026-11-23T11:14:19Z");

    @Test
    void datesAndTimesLookTheSameEverywhereWithTheirZone() {
        Formats formats = new Formats(Clock.system(ZoneOffset.UTC), "");

        assertThat(formats.date(LocalDate.of(2027, 8, 25))).isEqualTo("25 Aug 2027");
        assertThat(formats.dateTime(AT)).isEqualTo("23 Nov 2026, 11:14 Z");
        assertThat(formats.time(AT)).isEqualTo("11:14:19 Z");
    }

    @Test
    void aConfiguredDisplayZoneIsUsedAndNamed() {
        Formats formats = new Formats(Clock.systemUTC(), "America/Chicago");

        assertThat(formats.time(AT)).isEqualTo("05:14:19 CST");
        assertThat(formats.dateTime(AT)).isEqualTo("23 Nov 2026, 05:14 CST");
    }
}
