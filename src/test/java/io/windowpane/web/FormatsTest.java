package io.windowpane.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;

/** One date format and one date-time format on every page, times with the zone they are shown in. */
class FormatsTest {

    private static final Instant AT = Instant.parse("2026-11-23T11:14:19Z");
    private static final StaticMessageSource MESSAGES = new StaticMessageSource();

    static {
        MESSAGES.addMessage("unit.BX", Locale.ENGLISH, "box");
    }

    @Test
    void datesAndTimesLookTheSameEverywhereWithTheirZone() {
        Formats formats = new Formats(Clock.system(ZoneOffset.UTC), "", MESSAGES);

        assertThat(formats.date(LocalDate.of(2027, 8, 25))).isEqualTo("25 Aug 2027");
        assertThat(formats.dateTime(AT)).isEqualTo("23 Nov 2026, 11:14 Z");
        assertThat(formats.time(AT)).isEqualTo("11:14:19 Z");
    }

    @Test
    void unitsReadAsWordsAndAnUnknownCodeAsTheErpGivesIt() {
        Formats formats = new Formats(Clock.systemUTC(), "", MESSAGES);
        LocaleContextHolder.setLocale(Locale.ENGLISH);

        assertThat(formats.unit("BX")).isEqualTo("box");
        assertThat(formats.unit("bx")).isEqualTo("box");
        assertThat(formats.unit("KGM")).isEqualTo("KGM");
    }

    @Test
    void aConfiguredDisplayZoneIsUsedAndNamed() {
        Formats formats = new Formats(Clock.systemUTC(), "America/Chicago", MESSAGES);

        assertThat(formats.time(AT)).isEqualTo("05:14:19 CST");
        assertThat(formats.dateTime(AT)).isEqualTo("23 Nov 2026, 05:14 CST");
    }
}
